@.str.0 = private constant [18 x i8] c"ZeroDivisionError\00"
@.str.1 = private constant [35 x i8] c"integer division or modulo by zero\00"
@.str.2 = private constant [23 x i8] c"integer modulo by zero\00"

define internal { { i64, i64 }, i32 } @pynjit.divmod___int64__int64.0(i64 %arg.a, i64 %arg.b) {
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
	%14 = icmp eq i64 %arg.b, 0
	%15 = call i1 @llvm.expect.i1(i1 %14, i1 false)
	br i1 %15, label %raise.4, label %ok.5

exit.3:
	%16 = phi { i64, i64 } [ zeroinitializer, %raise.1 ], [ zeroinitializer, %raise.4 ], [ %32, %ok.5 ]
	%17 = phi i32 [ 1, %raise.1 ], [ 1, %raise.4 ], [ 0, %ok.5 ]
	%18 = insertvalue { { i64, i64 }, i32 } undef, { i64, i64 } %16, 0
	%19 = insertvalue { { i64, i64 }, i32 } %18, i32 %17, 1
	ret { { i64, i64 }, i32 } %19

raise.4:
	call void @pynjit_err_set(i8* getelementptr ([18 x i8], [18 x i8]* @.str.0, i64 0, i64 0), i8* getelementptr ([23 x i8], [23 x i8]* @.str.2, i64 0, i64 0))
	br label %exit.3

ok.5:
	%20 = icmp eq i64 %arg.b, -1
	%21 = select i1 %20, i64 1, i64 %arg.b
	%22 = sdiv i64 %arg.a, %21
	%23 = srem i64 %arg.a, %21
	%24 = icmp ne i64 %23, 0
	%25 = xor i64 %23, %arg.b
	%26 = icmp slt i64 %25, 0
	%27 = and i1 %24, %26
	%28 = select i1 %27, i64 %arg.b, i64 0
	%29 = add i64 %23, %28
	%30 = select i1 %20, i64 0, i64 %29
	%31 = insertvalue { i64, i64 } undef, i64 %13, 0
	%32 = insertvalue { i64, i64 } %31, i64 %30, 1
	br label %exit.3
}

define internal { double, i32 } @pynjit.norm1__UniTuplefloat64x3.1({ double, double, double } %arg.v) {
entry:
	br label %b0

b0:
	%0 = extractvalue { double, double, double } %arg.v, 0
	%1 = call double @llvm.fabs.f64(double %0)
	%2 = extractvalue { double, double, double } %arg.v, 1
	%3 = call double @llvm.fabs.f64(double %2)
	%4 = fadd double %1, %3
	%5 = extractvalue { double, double, double } %arg.v, 2
	%6 = call double @llvm.fabs.f64(double %5)
	%7 = fadd double %4, %6
	br label %exit.1

exit.1:
	%8 = phi double [ %7, %b0 ]
	%9 = phi i32 [ 0, %b0 ]
	%10 = insertvalue { double, i32 } undef, double %8, 0
	%11 = insertvalue { double, i32 } %10, i32 %9, 1
	ret { double, i32 } %11
}

declare i1 @llvm.expect.i1(i1 %0, i1 %1)

declare void @pynjit_err_set(i8* %0, i8* %1)

declare double @llvm.fabs.f64(double %0)

define void @divmod_(i64 %arg.a, i64 %arg.b, { i64, i64 }* %pynjit.out) {
entry:
	%0 = call { { i64, i64 }, i32 } @pynjit.divmod___int64__int64.0(i64 %arg.a, i64 %arg.b)
	%1 = extractvalue { { i64, i64 }, i32 } %0, 0
	%2 = extractvalue { { i64, i64 }, i32 } %0, 1
	%3 = icmp ne i32 %2, 0
	br i1 %3, label %error, label %ok

ok:
	store { i64, i64 } %1, { i64, i64 }* %pynjit.out
	ret void

error:
	ret void
}

define double @norm1({ double, double, double }* %arg.v) {
entry:
	%0 = load { double, double, double }, { double, double, double }* %arg.v
	%1 = call { double, i32 } @pynjit.norm1__UniTuplefloat64x3.1({ double, double, double } %0)
	%2 = extractvalue { double, i32 } %1, 0
	%3 = extractvalue { double, i32 } %1, 1
	%4 = icmp ne i32 %3, 0
	br i1 %4, label %error, label %ok

ok:
	ret double %2

error:
	ret double zeroinitializer
}
