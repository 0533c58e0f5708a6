@.str.0 = private constant [11 x i8] c"ValueError\00"
@.str.1 = private constant [9 x i8] c"negative\00"
@.str.2 = private constant [15 x i8] c"AssertionError\00"
@.str.3 = private constant [10 x i8] c"too large\00"

define internal { i64, i32 } @pynjit.checked__int64.0(i64 %arg.n) {
entry:
	%v.n = alloca i64
	br label %b0

b0:
	store i64 %arg.n, i64* %v.n
	%0 = load i64, i64* %v.n
	%1 = icmp slt i64 %0, 0
	br i1 %1, label %b1, label %b2

b1:
	call void @pynjit_err_set(i8* getelementptr ([11 x i8], [11 x i8]* @.str.0, i64 0, i64 0), i8* getelementptr ([9 x i8], [9 x i8]* @.str.1, i64 0, i64 0))
	br label %exit.1

b2:
	br label %b3

b3:
	%2 = load i64, i64* %v.n
	%3 = icmp slt i64 %2, 100
	br i1 %3, label %b5, label %b4

b4:
	call void @pynjit_err_set(i8* getelementptr ([15 x i8], [15 x i8]* @.str.2, i64 0, i64 0), i8* getelementptr ([10 x i8], [10 x i8]* @.str.3, i64 0, i64 0))
	br label %exit.1

b5:
	%4 = load i64, i64* %v.n
	br label %exit.1

exit.1:
	%5 = phi i64 [ zeroinitializer, %b1 ], [ zeroinitializer, %b4 ], [ %4, %b5 ]
	%6 = phi i32 [ 1, %b1 ], [ 1, %b4 ], [ 0, %b5 ]
	%7 = insertvalue { i64, i32 } undef, i64 %5, 0
	%8 = insertvalue { i64, i32 } %7, i32 %6, 1
	ret { i64, i32 } %8
}

define internal { i64, i32 } @pynjit.caller__int64.1(i64 %arg.n) {
entry:
	%v.n = alloca i64
	br label %b0

b0:
	store i64 %arg.n, i64* %v.n
	%0 = load i64, i64* %v.n
	%1 = call { i64, i32 } @pynjit.checked__int64.0(i64 %0)
	%2 = extractvalue { i64, i32 } %1, 0
	%3 = extractvalue { i64, i32 } %1, 1
	%4 = icmp ne i32 %3, 0
	%5 = call i1 @llvm.expect.i1(i1 %4, i1 false)
	br i1 %5, label %exc.1, label %ok.2

exc.1:
	br label %exit.3

ok.2:
	%6 = add i64 %2, 1
	br label %exit.3

exit.3:
	%7 = phi i64 [ zeroinitializer, %exc.1 ], [ %6, %ok.2 ]
	%8 = phi i32 [ 1, %exc.1 ], [ 0, %ok.2 ]
	%9 = insertvalue { i64, i32 } undef, i64 %7, 0
	%10 = insertvalue { i64, i32 } %9, i32 %8, 1
	ret { i64, i32 } %10
}

declare void @pynjit_err_set(i8* %0, i8* %1)

declare i1 @llvm.expect.i1(i1 %0, i1 %1)

define i64 @checked(i64 %arg.n) {
entry:
	%0 = call { i64, i32 } @pynjit.checked__int64.0(i64 %arg.n) noinline
	%1 = extractvalue { i64, i32 } %0, 0
	%2 = extractvalue { i64, i32 } %0, 1
	%3 = icmp ne i32 %2, 0
	br i1 %3, label %error, label %ok

ok:
	ret i64 %1

error:
	ret i64 zeroinitializer
}

define i64 @caller(i64 %arg.n) {
entry:
	%0 = call { i64, i32 } @pynjit.caller__int64.1(i64 %arg.n)
	%1 = extractvalue { i64, i32 } %0, 0
	%2 = extractvalue { i64, i32 } %0, 1
	%3 = icmp ne i32 %2, 0
	br i1 %3, label %error, label %ok

ok:
	ret i64 %1

error:
	ret i64 zeroinitializer
}
