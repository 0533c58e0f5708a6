@.str.0 = private constant [18 x i8] c"ZeroDivisionError\00"
@.str.1 = private constant [35 x i8] c"integer division or modulo by zero\00"
@.str.2 = private constant [23 x i8] c"integer modulo by zero\00"

define internal { i64, i32 } @pynjit.floordiv__int64__int64.0(i64 %arg.a, i64 %arg.b) {
entry:
	br label %b0

b0:
	%0 = icmp eq i64 %arg.b, 0
	%1 = call i1 @llvm.expect.i1(i1 %0, i1 false)
	br i1 %1, label %raise.1, label %ok.2

raise.1:
	call void @pynjit_err_set(i8* getelementptr ([18 x i8], [18 x i8]* @.str.0, i64 0, i64 0), i8* getelementptr ([35 x i8], [35 x i8]* @.str.1, i64 0, i64 0))
	br label %exit.3

ok.2:
	%2 = icmp eq i64 %arg.b, -1
	%3 = select i1 %2, i64 1, i64 %arg.b
	%4 = sdiv i64 %arg.a, %3
	%5 = srem i64 %arg.a, %3
	%6 = icmp ne i64 %5, 0
	%7 = xor i64 %5, %arg.b
	%8 = icmp slt i64 %7, 0
	%9 = and i1 %6, %8
	%10 = zext i1 %9 to i64
	%11 = sub i64 %4, %10
	%12 = sub i64 0, %arg.a
	%13 = select i1 %2, i64 %12, i64 %11
	br label %exit.3

exit.3:
	%14 = phi i64 [ zeroinitializer, %raise.1 ], [ %13, %ok.2 ]
	%15 = phi i32 [ 1, %raise.1 ], [ 0, %ok.2 ]
	%16 = insertvalue { i64, i32 } undef, i64 %14, 0
	%17 = insertvalue { i64, i32 } %16, i32 %15, 1
	ret { i64, i32 } %17
}

define internal { i64, i32 } @pynjit.digit_sum__int64.1(i64 %arg.n) {
entry:
	%v.s = alloca i64
	%v.$1.2 = alloca i64
	%0 = alloca { i64, i64, i64 }
	br label %b0

b0:
	store i64 0, i64* %v.s
	%1 = insertvalue { i64, i64, i64 } undef, i64 0, 0
	%2 = insertvalue { i64, i64, i64 } %1, i64 %arg.n, 1
	%3 = insertvalue { i64, i64, i64 } %2, i64 1, 2
	store { i64, i64, i64 } %3, { i64, i64, i64 }* %0
	br label %b1

b1:
	%4 = getelementptr { i64, i64, i64 }, { i64, i64, i64 }* %0, i32 0, i32 0
	%5 = getelementptr { i64, i64, i64 }, { i64, i64, i64 }* %0, i32 0, i32 1
	%6 = getelementptr { i64, i64, i64 }, { i64, i64, i64 }* %0, i32 0, i32 2
	%7 = load i64, i64* %4
	%8 = load i64, i64* %5
	%9 = load i64, i64* %6
	%10 = icmp sgt i64 %9, 0
	%11 = icmp slt i64 %7, %8
	%12 = icmp sgt i64 %7, %8
	%13 = select i1 %10, i1 %11, i1 %12
	%14 = add i64 %7, %9
	store i64 %14, i64* %4
	%15 = insertvalue { i64, i1 } undef, i64 %7, 0
	%16 = insertvalue { i64, i1 } %15, i1 %13, 1
	%17 = extractvalue { i64, i1 } %16, 0
	store i64 %17, i64* %v.$1.2
	%18 = extractvalue { i64, i1 } %16, 1
	br i1 %18, label %b2, label %b3

b2:
	%19 = load i64, i64* %v.$1.2
	%20 = icmp eq i64 10, 0
	%21 = call i1 @llvm.expect.i1(i1 %20, i1 false)
	br i1 %21, label %raise.1, label %ok.2

b3:
	br label %b4

b4:
	%22 = load i64, i64* %v.s
	br label %exit.3

raise.1:
	call void @pynjit_err_set(i8* getelementptr ([18 x i8], [18 x i8]* @.str.0, i64 0, i64 0), i8* getelementptr ([23 x i8], [23 x i8]* @.str.2, i64 0, i64 0))
	br label %exit.3

ok.2:
	%23 = urem i64 %19, 10
	%24 = load i64, i64* %v.s
	%25 = add i64 %24, %23
	store i64 %25, i64* %v.s
	br label %b1

exit.3:
	%26 = phi i64 [ zeroinitializer, %raise.1 ], [ %22, %b4 ]
	%27 = phi i32 [ 1, %raise.1 ], [ 0, %b4 ]
	%28 = insertvalue { i64, i32 } undef, i64 %26, 0
	%29 = insertvalue { i64, i32 } %28, i32 %27, 1
	ret { i64, i32 } %29
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
