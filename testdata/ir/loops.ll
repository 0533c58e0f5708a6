@.str.0 = private constant [18 x i8] c"ZeroDivisionError\00"
@.str.1 = private constant [23 x i8] c"float division by zero\00"
@.str.2 = private constant [18 x i8] c"UnboundLocalError\00"
@.str.3 = private constant [73 x i8] c"cannot access local variable 'x' where it is not associated with a value\00"

define internal { double, i32 } @pynjit.harmonic__int64.0(i64 %arg.n) {
entry:
	%v.n = alloca i64
	%v.s = alloca double
	%v.i = alloca i64
	%v.$0.8 = alloca { i64, i64, i64 }*
	%v.$1.2 = alloca i64
	%0 = alloca { i64, i64, i64 }
	br label %b0

b0:
	store i64 %arg.n, i64* %v.n
	store double 0.0, double* %v.s
	%1 = load i64, i64* %v.n
	%2 = add i64 %1, 1
	%3 = insertvalue { i64, i64, i64 } undef, i64 1, 0
	%4 = insertvalue { i64, i64, i64 } %3, i64 %2, 1
	%5 = insertvalue { i64, i64, i64 } %4, i64 1, 2
	store { i64, i64, i64 } %5, { i64, i64, i64 }* %0
	store { i64, i64, i64 }* %0, { i64, i64, i64 }** %v.$0.8
	br label %b1

b1:
	%6 = load { i64, i64, i64 }*, { i64, i64, i64 }** %v.$0.8
	%7 = getelementptr { i64, i64, i64 }, { i64, i64, i64 }* %6, i32 0, i32 0
	%8 = getelementptr { i64, i64, i64 }, { i64, i64, i64 }* %6, i32 0, i32 1
	%9 = getelementptr { i64, i64, i64 }, { i64, i64, i64 }* %6, i32 0, i32 2
	%10 = load i64, i64* %7
	%11 = load i64, i64* %8
	%12 = load i64, i64* %9
	%13 = icmp sgt i64 %12, 0
	%14 = icmp slt i64 %10, %11
	%15 = icmp sgt i64 %10, %11
	%16 = select i1 %13, i1 %14, i1 %15
	%17 = add i64 %10, %12
	store i64 %17, i64* %7
	%18 = insertvalue { i64, i1 } undef, i64 %10, 0
	%19 = insertvalue { i64, i1 } %18, i1 %16, 1
	%20 = extractvalue { i64, i1 } %19, 0
	store i64 %20, i64* %v.$1.2
	%21 = extractvalue { i64, i1 } %19, 1
	br i1 %21, label %b2, label %b3

b2:
	%22 = load i64, i64* %v.$1.2
	store i64 %22, i64* %v.i
	%23 = load i64, i64* %v.i
	%24 = sitofp i64 %23 to double
	%25 = fcmp oeq double %24, 0.0
	%26 = call i1 @llvm.expect.i1(i1 %25, i1 false)
	br i1 %26, label %raise.1, label %ok.2

b3:
	br label %b4

b4:
	%27 = load double, double* %v.s
	br label %exit.3

raise.1:
	call void @pynjit_err_set(i8* getelementptr ([18 x i8], [18 x i8]* @.str.0, i64 0, i64 0), i8* getelementptr ([23 x i8], [23 x i8]* @.str.1, i64 0, i64 0))
	br label %exit.3

ok.2:
	%28 = fdiv double 1.0, %24
	%29 = load double, double* %v.s
	%30 = fadd double %29, %28
	store double %30, double* %v.s
	br label %b1

exit.3:
	%31 = phi double [ zeroinitializer, %raise.1 ], [ %27, %b4 ]
	%32 = phi i32 [ 1, %raise.1 ], [ 0, %b4 ]
	%33 = insertvalue { double, i32 } undef, double %31, 0
	%34 = insertvalue { double, i32 } %33, i32 %32, 1
	ret { double, i32 } %34
}

define internal { i64, i32 } @pynjit.first_square_over__int64.1(i64 %arg.n) {
entry:
	%v.n = alloca i64
	%v.i = alloca i64
	br label %b0

b0:
	store i64 %arg.n, i64* %v.n
	store i64 0, i64* %v.i
	br label %b1

b1:
	br i1 true, label %b2, label %b3

b2:
	%0 = load i64, i64* %v.i
	%1 = load i64, i64* %v.i
	%2 = mul i64 %0, %1
	%3 = load i64, i64* %v.n
	%4 = icmp sgt i64 %2, %3
	br i1 %4, label %b5, label %b6

b3:
	unreachable

b4:
	%5 = load i64, i64* %v.i
	br label %exit.1

b5:
	br label %b4

b6:
	br label %b7

b7:
	%6 = load i64, i64* %v.i
	%7 = add i64 %6, 1
	store i64 %7, i64* %v.i
	br label %b1

exit.1:
	%8 = phi i64 [ %5, %b4 ]
	%9 = phi i32 [ 0, %b4 ]
	%10 = insertvalue { i64, i32 } undef, i64 %8, 0
	%11 = insertvalue { i64, i32 } %10, i32 %9, 1
	ret { i64, i32 } %11
}

define internal { i64, i32 } @pynjit.last__int64.2(i64 %arg.n) {
entry:
	%v.n = alloca i64
	%v.i = alloca i64
	%v.x = alloca i64
	%v.$0.4 = alloca { i64, i64, i64 }*
	%v.$1.2 = alloca i64
	%0 = alloca i1
	store i1 false, i1* %0
	%1 = alloca { i64, i64, i64 }
	br label %b0

b0:
	store i64 %arg.n, i64* %v.n
	%2 = load i64, i64* %v.n
	%3 = insertvalue { i64, i64, i64 } undef, i64 0, 0
	%4 = insertvalue { i64, i64, i64 } %3, i64 %2, 1
	%5 = insertvalue { i64, i64, i64 } %4, i64 1, 2
	store { i64, i64, i64 } %5, { i64, i64, i64 }* %1
	store { i64, i64, i64 }* %1, { i64, i64, i64 }** %v.$0.4
	br label %b1

b1:
	%6 = load { i64, i64, i64 }*, { i64, i64, i64 }** %v.$0.4
	%7 = getelementptr { i64, i64, i64 }, { i64, i64, i64 }* %6, i32 0, i32 0
	%8 = getelementptr { i64, i64, i64 }, { i64, i64, i64 }* %6, i32 0, i32 1
	%9 = getelementptr { i64, i64, i64 }, { i64, i64, i64 }* %6, i32 0, i32 2
	%10 = load i64, i64* %7
	%11 = load i64, i64* %8
	%12 = load i64, i64* %9
	%13 = icmp sgt i64 %12, 0
	%14 = icmp slt i64 %10, %11
	%15 = icmp sgt i64 %10, %11
	%16 = select i1 %13, i1 %14, i1 %15
	%17 = add i64 %10, %12
	store i64 %17, i64* %7
	%18 = insertvalue { i64, i1 } undef, i64 %10, 0
	%19 = insertvalue { i64, i1 } %18, i1 %16, 1
	%20 = extractvalue { i64, i1 } %19, 0
	store i64 %20, i64* %v.$1.2
	%21 = extractvalue { i64, i1 } %19, 1
	br i1 %21, label %b2, label %b3

b2:
	%22 = load i64, i64* %v.$1.2
	store i64 %22, i64* %v.i
	%23 = load i64, i64* %v.i
	store i1 true, i1* %0
	store i64 %23, i64* %v.x
	br label %b1

b3:
	br label %b4

b4:
	%24 = load i1, i1* %0
	%25 = icmp eq i1 %24, false
	%26 = call i1 @llvm.expect.i1(i1 %25, i1 false)
	br i1 %26, label %raise.1, label %ok.2

raise.1:
	call void @pynjit_err_set(i8* getelementptr ([18 x i8], [18 x i8]* @.str.2, i64 0, i64 0), i8* getelementptr ([73 x i8], [73 x i8]* @.str.3, i64 0, i64 0))
	br label %exit.3

ok.2:
	%27 = load i64, i64* %v.x
	br label %exit.3

exit.3:
	%28 = phi i64 [ zeroinitializer, %raise.1 ], [ %27, %ok.2 ]
	%29 = phi i32 [ 1, %raise.1 ], [ 0, %ok.2 ]
	%30 = insertvalue { i64, i32 } undef, i64 %28, 0
	%31 = insertvalue { i64, i32 } %30, i32 %29, 1
	ret { i64, i32 } %31
}

declare i1 @llvm.expect.i1(i1 %0, i1 %1)

declare void @pynjit_err_set(i8* %0, i8* %1)

define double @harmonic(i64 %arg.n) {
entry:
	%0 = call { double, i32 } @pynjit.harmonic__int64.0(i64 %arg.n)
	%1 = extractvalue { double, i32 } %0, 0
	%2 = extractvalue { double, i32 } %0, 1
	%3 = icmp ne i32 %2, 0
	br i1 %3, label %error, label %ok

ok:
	ret double %1

error:
	ret double zeroinitializer
}

define i64 @first_square_over(i64 %arg.n) {
entry:
	%0 = call { i64, i32 } @pynjit.first_square_over__int64.1(i64 %arg.n)
	%1 = extractvalue { i64, i32 } %0, 0
	%2 = extractvalue { i64, i32 } %0, 1
	%3 = icmp ne i32 %2, 0
	br i1 %3, label %error, label %ok

ok:
	ret i64 %1

error:
	ret i64 zeroinitializer
}

define i64 @last(i64 %arg.n) {
entry:
	%0 = call { i64, i32 } @pynjit.last__int64.2(i64 %arg.n)
	%1 = extractvalue { i64, i32 } %0, 0
	%2 = extractvalue { i64, i32 } %0, 1
	%3 = icmp ne i32 %2, 0
	br i1 %3, label %error, label %ok

ok:
	ret i64 %1

error:
	ret i64 zeroinitializer
}
