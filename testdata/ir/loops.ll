@.str.0 = private constant [18 x i8] c"ZeroDivisionError\00"
@.str.1 = private constant [23 x i8] c"float division by zero\00"
@.str.2 = private constant [18 x i8] c"UnboundLocalError\00"
@.str.3 = private constant [73 x i8] c"cannot access local variable 'x' where it is not associated with a value\00"

define internal { double, i32 } @pynjit.harmonic__int64.0(i64 %arg.n) {
entry:
	%v.s = alloca double
	%v.$1.2 = alloca i64
	%0 = alloca { i64, i64, i64 }
	br label %b0

b0:
	store double 0.0, double* %v.s
	%1 = add i64 %arg.n, 1
	%2 = insertvalue { i64, i64, i64 } undef, i64 1, 0
	%3 = insertvalue { i64, i64, i64 } %2, i64 %1, 1
	%4 = insertvalue { i64, i64, i64 } %3, i64 1, 2
	store { i64, i64, i64 } %4, { i64, i64, i64 }* %0
	br label %b1

b1:
	%5 = getelementptr { i64, i64, i64 }, { i64, i64, i64 }* %0, i32 0, i32 0
	%6 = getelementptr { i64, i64, i64 }, { i64, i64, i64 }* %0, i32 0, i32 1
	%7 = getelementptr { i64, i64, i64 }, { i64, i64, i64 }* %0, i32 0, i32 2
	%8 = load i64, i64* %5
	%9 = load i64, i64* %6
	%10 = load i64, i64* %7
	%11 = icmp sgt i64 %10, 0
	%12 = icmp slt i64 %8, %9
	%13 = icmp sgt i64 %8, %9
	%14 = select i1 %11, i1 %12, i1 %13
	%15 = add i64 %8, %10
	store i64 %15, i64* %5
	%16 = insertvalue { i64, i1 } undef, i64 %8, 0
	%17 = insertvalue { i64, i1 } %16, i1 %14, 1
	%18 = extractvalue { i64, i1 } %17, 0
	store i64 %18, i64* %v.$1.2
	%19 = extractvalue { i64, i1 } %17, 1
	br i1 %19, label %b2, label %b3

b2:
	%20 = load i64, i64* %v.$1.2
	%21 = sitofp i64 %20 to double
	%22 = fcmp oeq double %21, 0.0
	%23 = call i1 @llvm.expect.i1(i1 %22, i1 false)
	br i1 %23, label %raise.1, label %ok.2

b3:
	br label %b4

b4:
	%24 = load double, double* %v.s
	br label %exit.3

raise.1:
	call void @pynjit_err_set(i8* getelementptr ([18 x i8], [18 x i8]* @.str.0, i64 0, i64 0), i8* getelementptr ([23 x i8], [23 x i8]* @.str.1, i64 0, i64 0))
	br label %exit.3

ok.2:
	%25 = fdiv double 1.0, %21
	%26 = load double, double* %v.s
	%27 = fadd double %26, %25
	store double %27, double* %v.s
	br label %b1

exit.3:
	%28 = phi double [ zeroinitializer, %raise.1 ], [ %24, %b4 ]
	%29 = phi i32 [ 1, %raise.1 ], [ 0, %b4 ]
	%30 = insertvalue { double, i32 } undef, double %28, 0
	%31 = insertvalue { double, i32 } %30, i32 %29, 1
	ret { double, i32 } %31
}

define internal { i64, i32 } @pynjit.first_square_over__int64.1(i64 %arg.n) {
entry:
	%v.i = alloca i64
	br label %b0

b0:
	store i64 0, i64* %v.i
	br label %b1

b1:
	br i1 true, label %b2, label %b3

b2:
	%0 = load i64, i64* %v.i
	%1 = load i64, i64* %v.i
	%2 = mul i64 %0, %1
	%3 = icmp sgt i64 %2, %arg.n
	br i1 %3, label %b5, label %b6

b3:
	unreachable

b4:
	%4 = load i64, i64* %v.i
	br label %exit.1

b5:
	br label %b4

b6:
	br label %b7

b7:
	%5 = load i64, i64* %v.i
	%6 = add i64 %5, 1
	store i64 %6, i64* %v.i
	br label %b1

exit.1:
	%7 = phi i64 [ %4, %b4 ]
	%8 = phi i32 [ 0, %b4 ]
	%9 = insertvalue { i64, i32 } undef, i64 %7, 0
	%10 = insertvalue { i64, i32 } %9, i32 %8, 1
	ret { i64, i32 } %10
}

define internal { i64, i32 } @pynjit.last__int64.2(i64 %arg.n) {
entry:
	%v.x = alloca i64
	%v.$1.2 = alloca i64
	%0 = alloca i1
	store i1 false, i1* %0
	%1 = alloca { i64, i64, i64 }
	br label %b0

b0:
	%2 = insertvalue { i64, i64, i64 } undef, i64 0, 0
	%3 = insertvalue { i64, i64, i64 } %2, i64 %arg.n, 1
	%4 = insertvalue { i64, i64, i64 } %3, i64 1, 2
	store { i64, i64, i64 } %4, { i64, i64, i64 }* %1
	br label %b1

b1:
	%5 = getelementptr { i64, i64, i64 }, { i64, i64, i64 }* %1, i32 0, i32 0
	%6 = getelementptr { i64, i64, i64 }, { i64, i64, i64 }* %1, i32 0, i32 1
	%7 = getelementptr { i64, i64, i64 }, { i64, i64, i64 }* %1, i32 0, i32 2
	%8 = load i64, i64* %5
	%9 = load i64, i64* %6
	%10 = load i64, i64* %7
	%11 = icmp sgt i64 %10, 0
	%12 = icmp slt i64 %8, %9
	%13 = icmp sgt i64 %8, %9
	%14 = select i1 %11, i1 %12, i1 %13
	%15 = add i64 %8, %10
	store i64 %15, i64* %5
	%16 = insertvalue { i64, i1 } undef, i64 %8, 0
	%17 = insertvalue { i64, i1 } %16, i1 %14, 1
	%18 = extractvalue { i64, i1 } %17, 0
	store i64 %18, i64* %v.$1.2
	%19 = extractvalue { i64, i1 } %17, 1
	br i1 %19, label %b2, label %b3

b2:
	%20 = load i64, i64* %v.$1.2
	store i1 true, i1* %0
	store i64 %20, i64* %v.x
	br label %b1

b3:
	br label %b4

b4:
	%21 = load i1, i1* %0
	%22 = icmp eq i1 %21, false
	%23 = call i1 @llvm.expect.i1(i1 %22, i1 false)
	br i1 %23, label %raise.1, label %ok.2

raise.1:
	call void @pynjit_err_set(i8* getelementptr ([18 x i8], [18 x i8]* @.str.2, i64 0, i64 0), i8* getelementptr ([73 x i8], [73 x i8]* @.str.3, i64 0, i64 0))
	br label %exit.3

ok.2:
	%24 = load i64, i64* %v.x
	br label %exit.3

exit.3:
	%25 = phi i64 [ zeroinitializer, %raise.1 ], [ %24, %ok.2 ]
	%26 = phi i32 [ 1, %raise.1 ], [ 0, %ok.2 ]
	%27 = insertvalue { i64, i32 } undef, i64 %25, 0
	%28 = insertvalue { i64, i32 } %27, i32 %26, 1
	ret { i64, i32 } %28
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
