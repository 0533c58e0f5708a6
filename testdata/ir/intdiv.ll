@.str.0 = private constant [18 x i8] c"ZeroDivisionError\00"
@.str.1 = private constant [35 x i8] c"integer division or modulo by zero\00"
@.str.2 = private constant [23 x i8] c"integer modulo by zero\00"

define internal { i64, i32 } @pynjit.floordiv__int64__int64.0(i64 %arg.a, i64 %arg.b) {
entry:
	%v.a = alloca i64
	%v.b = alloca i64
	br label %b0

b0:
	store i64 %arg.a, i64* %v.a
	store i64 %arg.b, i64* %v.b
	%0 = load i64, i64* %v.a
	%1 = load i64, i64* %v.b
	%2 = icmp eq i64 %1, 0
	%3 = call i1 @llvm.expect.i1(i1 %2, i1 false)
	br i1 %3, label %raise.1, label %ok.2

raise.1:
	call void @pynjit_err_set(i8* getelementptr ([18 x i8], [18 x i8]* @.str.0, i64 0, i64 0), i8* getelementptr ([35 x i8], [35 x i8]* @.str.1, i64 0, i64 0))
	br label %exit.3

ok.2:
	%4 = icmp eq i64 %1, -1
	%5 = select i1 %4, i64 1, i64 %1
	%6 = sdiv i64 %0, %5
	%7 = srem i64 %0, %5
	%8 = icmp ne i64 %7, 0
	%9 = xor i64 %7, %1
	%10 = icmp slt i64 %9, 0
	%11 = and i1 %8, %10
	%12 = zext i1 %11 to i64
	%13 = sub i64 %6, %12
	%14 = sub i64 0, %0
	%15 = select i1 %4, i64 %14, i64 %13
	br label %exit.3

exit.3:
	%16 = phi i64 [ zeroinitializer, %raise.1 ], [ %15, %ok.2 ]
	%17 = phi i32 [ 1, %raise.1 ], [ 0, %ok.2 ]
	%18 = insertvalue { i64, i32 } undef, i64 %16, 0
	%19 = insertvalue { i64, i32 } %18, i32 %17, 1
	ret { i64, i32 } %19
}

define internal { i64, i32 } @pynjit.digit_sum__int64.1(i64 %arg.n) {
entry:
	%v.n = alloca i64
	%v.s = alloca i64
	%v.i = alloca i64
	%v.$0.5 = alloca { i64, i64, i64 }*
	%v.$1.2 = alloca i64
	%0 = alloca { i64, i64, i64 }
	br label %b0

b0:
	store i64 %arg.n, i64* %v.n
	store i64 0, i64* %v.s
	%1 = load i64, i64* %v.n
	%2 = insertvalue { i64, i64, i64 } undef, i64 0, 0
	%3 = insertvalue { i64, i64, i64 } %2, i64 %1, 1
	%4 = insertvalue { i64, i64, i64 } %3, i64 1, 2
	store { i64, i64, i64 } %4, { i64, i64, i64 }* %0
	store { i64, i64, i64 }* %0, { i64, i64, i64 }** %v.$0.5
	br label %b1

b1:
	%5 = load { i64, i64, i64 }*, { i64, i64, i64 }** %v.$0.5
	%6 = getelementptr { i64, i64, i64 }, { i64, i64, i64 }* %5, i32 0, i32 0
	%7 = getelementptr { i64, i64, i64 }, { i64, i64, i64 }* %5, i32 0, i32 1
	%8 = getelementptr { i64, i64, i64 }, { i64, i64, i64 }* %5, i32 0, i32 2
	%9 = load i64, i64* %6
	%10 = load i64, i64* %7
	%11 = load i64, i64* %8
	%12 = icmp sgt i64 %11, 0
	%13 = icmp slt i64 %9, %10
	%14 = icmp sgt i64 %9, %10
	%15 = select i1 %12, i1 %13, i1 %14
	%16 = add i64 %9, %11
	store i64 %16, i64* %6
	%17 = insertvalue { i64, i1 } undef, i64 %9, 0
	%18 = insertvalue { i64, i1 } %17, i1 %15, 1
	%19 = extractvalue { i64, i1 } %18, 0
	store i64 %19, i64* %v.$1.2
	%20 = extractvalue { i64, i1 } %18, 1
	br i1 %20, label %b2, label %b3

b2:
	%21 = load i64, i64* %v.$1.2
	store i64 %21, i64* %v.i
	%22 = load i64, i64* %v.i
	%23 = icmp eq i64 10, 0
	%24 = call i1 @llvm.expect.i1(i1 %23, i1 false)
	br i1 %24, label %raise.1, label %ok.2

b3:
	br label %b4

b4:
	%25 = load i64, i64* %v.s
	br label %exit.3

raise.1:
	call void @pynjit_err_set(i8* getelementptr ([18 x i8], [18 x i8]* @.str.0, i64 0, i64 0), i8* getelementptr ([23 x i8], [23 x i8]* @.str.2, i64 0, i64 0))
	br label %exit.3

ok.2:
	%26 = urem i64 %22, 10
	%27 = load i64, i64* %v.s
	%28 = add i64 %27, %26
	store i64 %28, i64* %v.s
	br label %b1

exit.3:
	%29 = phi i64 [ zeroinitializer, %raise.1 ], [ %25, %b4 ]
	%30 = phi i32 [ 1, %raise.1 ], [ 0, %b4 ]
	%31 = insertvalue { i64, i32 } undef, i64 %29, 0
	%32 = insertvalue { i64, i32 } %31, i32 %30, 1
	ret { i64, i32 } %32
}

declare i1 @llvm.expect.i1(i1 %0, i1 %1)

declare void @pynjit_err_set(i8* %0, i8* %1)

define i64 @floordiv(i64 %arg.a, i64 %arg.b) {
entry:
	%0 = call { i64, i32 } @pynjit.floordiv__int64__int64.0(i64 %arg.a, i64 %arg.b)
	%1 = extractvalue { i64, i32 } %0, 0
	%2 = extractvalue { i64, i32 } %0, 1
	%3 = icmp ne i32 %2, 0
	br i1 %3, label %error, label %ok

ok:
	ret i64 %1

error:
	ret i64 zeroinitializer
}

define i64 @digit_sum(i64 %arg.n) {
entry:
	%0 = call { i64, i32 } @pynjit.digit_sum__int64.1(i64 %arg.n)
	%1 = extractvalue { i64, i32 } %0, 0
	%2 = extractvalue { i64, i32 } %0, 1
	%3 = icmp ne i32 %2, 0
	br i1 %3, label %error, label %ok

ok:
	ret i64 %1

error:
	ret i64 zeroinitializer
}
