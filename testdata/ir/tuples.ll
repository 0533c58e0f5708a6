@.str.0 = private constant [18 x i8] c"ZeroDivisionError\00"
@.str.1 = private constant [35 x i8] c"integer division or modulo by zero\00"
@.str.2 = private constant [23 x i8] c"integer modulo by zero\00"

define internal { { i64, i64 }, i32 } @pynjit.divmod___int64__int64.0(i64 %arg.a, i64 %arg.b) {
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
	%16 = load i64, i64* %v.a
	%17 = load i64, i64* %v.b
	%18 = icmp eq i64 %17, 0
	%19 = call i1 @llvm.expect.i1(i1 %18, i1 false)
	br i1 %19, label %raise.4, label %ok.5

exit.3:
	%20 = phi { i64, i64 } [ zeroinitializer, %raise.1 ], [ zeroinitializer, %raise.4 ], [ %36, %ok.5 ]
	%21 = phi i32 [ 1, %raise.1 ], [ 1, %raise.4 ], [ 0, %ok.5 ]
	%22 = insertvalue { { i64, i64 }, i32 } undef, { i64, i64 } %20, 0
	%23 = insertvalue { { i64, i64 }, i32 } %22, i32 %21, 1
	ret { { i64, i64 }, i32 } %23

raise.4:
	call void @pynjit_err_set(i8* getelementptr ([18 x i8], [18 x i8]* @.str.0, i64 0, i64 0), i8* getelementptr ([23 x i8], [23 x i8]* @.str.2, i64 0, i64 0))
	br label %exit.3

ok.5:
	%24 = icmp eq i64 %17, -1
	%25 = select i1 %24, i64 1, i64 %17
	%26 = sdiv i64 %16, %25
	%27 = srem i64 %16, %25
	%28 = icmp ne i64 %27, 0
	%29 = xor i64 %27, %17
	%30 = icmp slt i64 %29, 0
	%31 = and i1 %28, %30
	%32 = select i1 %31, i64 %17, i64 0
	%33 = add i64 %27, %32
	%34 = select i1 %24, i64 0, i64 %33
	%35 = insertvalue { i64, i64 } undef, i64 %15, 0
	%36 = insertvalue { i64, i64 } %35, i64 %34, 1
	br label %exit.3
}

define internal { double, i32 } @pynjit.norm1__UniTuplefloat64x3.1({ double, double, double } %arg.v) {
entry:
	%v.v = alloca { double, double, double }
	br label %b0

b0:
	store { double, double, double } %arg.v, { double, double, double }* %v.v
	%0 = load { double, double, double }, { double, double, double }* %v.v
	%1 = extractvalue { double, double, double } %0, 0
	%2 = call double @llvm.fabs.f64(double %1)
	%3 = load { double, double, double }, { double, double, double }* %v.v
	%4 = extractvalue { double, double, double } %3, 1
	%5 = call double @llvm.fabs.f64(double %4)
	%6 = fadd double %2, %5
	%7 = load { double, double, double }, { double, double, double }* %v.v
	%8 = extractvalue { double, double, double } %7, 2
	%9 = call double @llvm.fabs.f64(double %8)
	%10 = fadd double %6, %9
	br label %exit.1

exit.1:
	%11 = phi double [ %10, %b0 ]
	%12 = phi i32 [ 0, %b0 ]
	%13 = insertvalue { double, i32 } undef, double %11, 0
	%14 = insertvalue { double, i32 } %13, i32 %12, 1
	ret { double, i32 } %14
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
