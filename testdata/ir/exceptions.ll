@.str.0 = private constant [11 x i8] c"ValueError\00"
@.str.1 = private constant [9 x i8] c"negative\00"
@.str.2 = private constant [15 x i8] c"AssertionError\00"
@.str.3 = private constant [10 x i8] c"too large\00"

define internal { i64, i32 } @pynjit.checked__int64.0(i64 %arg.n) {
entry:
	br label %b0

b0:
	%0 = icmp slt i64 %arg.n, 0
	br i1 %0, label %b1, label %b2

b1:
	call void @pynjit_err_set(i8* getelementptr ([11 x i8], [11 x i8]* @.str.0, i64 0, i64 0), i8* getelementptr ([9 x i8], [9 x i8]* @.str.1, i64 0, i64 0))
	br label %exit.1

b2:
	br label %b3

b3:
	%1 = icmp slt i64 %arg.n, 100
	br i1 %1, label %b5, label %b4

b4:
	call void @pynjit_err_set(i8* getelementptr ([15 x i8], [15 x i8]* @.str.2, i64 0, i64 0), i8* getelementptr ([10 x i8], [10 x i8]* @.str.3, i64 0, i64 0))
	br label %exit.1

b5:
	br label %exit.1

exit.1:
	%2 = phi i64 [ zeroinitializer, %b1 ], [ zeroinitializer, %b4 ], [ %arg.n, %b5 ]
	%3 = phi i32 [ 1, %b1 ], [ 1, %b4 ], [ 0, %b5 ]
	%4 = insertvalue { i64, i32 } undef, i64 %2, 0
	%5 = insertvalue { i64, i32 } %4, i32 %3, 1
	ret { i64, i32 } %5
}

define internal { i64, i32 } @pynjit.caller__int64.1(i64 %arg.n) {
entry:
	br label %b0

b0:
	%0 = call { i64, i32 } @pynjit.checked__int64.0(i64 %arg.n)
	%1 = extractvalue { i64, i32 } %0, 0
	%2 = extractvalue { i64, i32 } %0, 1
	%3 = icmp ne i32 %2, 0
	%4 = call i1 @llvm.expect.i1(i1 %3, i1 false)
	br i1 %4, label %exc.1, label %ok.2

exc.1:
	br label %exit.3

ok.2:
	%5 = add i64 %1, 1
	br label %exit.3

exit.3:
	%6 = phi i64 [ zeroinitializer, %exc.1 ], [ %5, %ok.2 ]
	%7 = phi i32 [ 1, %exc.1 ], [ 0, %ok.2 ]
	%8 = insertvalue { i64, i32 } undef, i64 %6, 0
	%9 = insertvalue { i64, i32 } %8, i32 %7, 1
	ret { i64, i32 } %9
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
