@.str.0 = private constant [11 x i8] c"ValueError\00"
@.str.1 = private constant [36 x i8] c"negative dimensions are not allowed\00"
@.str.2 = private constant [92 x i8] c"array is too big; `arr.size * arr.dtype.itemsize` is larger than the maximum possible size.\00"

define internal { double, i32 } @pynjit.get__arrayfloat64_1d_A__int64.0({ i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %arg.a, i64 %arg.i) {
entry:
	%v.a = alloca { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }
	store { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } zeroinitializer, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.a
	%v.i = alloca i64
	br label %b0

b0:
	%0 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %arg.a, 0
	call void @pynjit_nrt_incref(i8* %0)
	%1 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.a
	%2 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %1, 0
	call void @pynjit_nrt_decref(i8* %2)
	store { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %arg.a, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.a
	store i64 %arg.i, i64* %v.i
	%3 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.a
	%4 = load i64, i64* %v.i
	%5 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %3, 4, 0
	%6 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %3, 5, 0
	%7 = icmp slt i64 %4, 0
	%8 = add i64 %4, %5
	%9 = select i1 %7, i64 %8, i64 %4
	%10 = mul i64 %9, %6
	%11 = add i64 0, %10
	%12 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %3, 1
	%13 = getelementptr i8, i8* %12, i64 %11
	%14 = bitcast i8* %13 to double*
	%15 = load double, double* %14
	%16 = getelementptr { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.a, i32 0, i32 0
	%17 = load i8*, i8** %16
	call void @pynjit_nrt_decref(i8* %17)
	br label %exit.1

exit.1:
	%18 = phi double [ %15, %b0 ]
	%19 = phi i32 [ 0, %b0 ]
	%20 = insertvalue { double, i32 } undef, double %18, 0
	%21 = insertvalue { double, i32 } %20, i32 %19, 1
	ret { double, i32 } %21
}

define internal { i8, i32 } @pynjit.fill__arrayfloat64_2d_C__float64.1({ i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %arg.a, double %arg.x) {
entry:
	%v.a = alloca { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }
	store { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } zeroinitializer, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.a
	%v.x = alloca double
	%v.i = alloca i64
	%v.j = alloca i64
	%v.$0.6 = alloca { i64, i64, i64 }*
	%v.$1.2 = alloca i64
	%v.$2.6 = alloca { i64, i64, i64 }*
	%v.$5.2 = alloca i64
	%0 = alloca { i64, i64, i64 }
	%1 = alloca { i64, i64, i64 }
	br label %b0

b0:
	%2 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %arg.a, 0
	call void @pynjit_nrt_incref(i8* %2)
	%3 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.a
	%4 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %3, 0
	call void @pynjit_nrt_decref(i8* %4)
	store { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %arg.a, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.a
	store double %arg.x, double* %v.x
	%5 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.a
	%6 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %5, 4, 0
	%7 = insertvalue { i64, i64 } undef, i64 %6, 0
	%8 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %5, 4, 1
	%9 = insertvalue { i64, i64 } %7, i64 %8, 1
	%10 = extractvalue { i64, i64 } %9, 0
	%11 = insertvalue { i64, i64, i64 } undef, i64 0, 0
	%12 = insertvalue { i64, i64, i64 } %11, i64 %10, 1
	%13 = insertvalue { i64, i64, i64 } %12, i64 1, 2
	store { i64, i64, i64 } %13, { i64, i64, i64 }* %0
	store { i64, i64, i64 }* %0, { i64, i64, i64 }** %v.$0.6
	br label %b1

b1:
	%14 = load { i64, i64, i64 }*, { i64, i64, i64 }** %v.$0.6
	%15 = getelementptr { i64, i64, i64 }, { i64, i64, i64 }* %14, i32 0, i32 0
	%16 = getelementptr { i64, i64, i64 }, { i64, i64, i64 }* %14, i32 0, i32 1
	%17 = getelementptr { i64, i64, i64 }, { i64, i64, i64 }* %14, i32 0, i32 2
	%18 = load i64, i64* %15
	%19 = load i64, i64* %16
	%20 = load i64, i64* %17
	%21 = icmp sgt i64 %20, 0
	%22 = icmp slt i64 %18, %19
	%23 = icmp sgt i64 %18, %19
	%24 = select i1 %21, i1 %22, i1 %23
	%25 = add i64 %18, %20
	store i64 %25, i64* %15
	%26 = insertvalue { i64, i1 } undef, i64 %18, 0
	%27 = insertvalue { i64, i1 } %26, i1 %24, 1
	%28 = extractvalue { i64, i1 } %27, 0
	store i64 %28, i64* %v.$1.2
	%29 = extractvalue { i64, i1 } %27, 1
	br i1 %29, label %b2, label %b3

b2:
	%30 = load i64, i64* %v.$1.2
	store i64 %30, i64* %v.i
	%31 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.a
	%32 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %31, 4, 0
	%33 = insertvalue { i64, i64 } undef, i64 %32, 0
	%34 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %31, 4, 1
	%35 = insertvalue { i64, i64 } %33, i64 %34, 1
	%36 = extractvalue { i64, i64 } %35, 1
	%37 = insertvalue { i64, i64, i64 } undef, i64 0, 0
	%38 = insertvalue { i64, i64, i64 } %37, i64 %36, 1
	%39 = insertvalue { i64, i64, i64 } %38, i64 1, 2
	store { i64, i64, i64 } %39, { i64, i64, i64 }* %1
	store { i64, i64, i64 }* %1, { i64, i64, i64 }** %v.$2.6
	br label %b5

b3:
	br label %b4

b4:
	%40 = getelementptr { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.a, i32 0, i32 0
	%41 = load i8*, i8** %40
	call void @pynjit_nrt_decref(i8* %41)
	br label %exit.1

b5:
	%42 = load { i64, i64, i64 }*, { i64, i64, i64 }** %v.$2.6
	%43 = getelementptr { i64, i64, i64 }, { i64, i64, i64 }* %42, i32 0, i32 0
	%44 = getelementptr { i64, i64, i64 }, { i64, i64, i64 }* %42, i32 0, i32 1
	%45 = getelementptr { i64, i64, i64 }, { i64, i64, i64 }* %42, i32 0, i32 2
	%46 = load i64, i64* %43
	%47 = load i64, i64* %44
	%48 = load i64, i64* %45
	%49 = icmp sgt i64 %48, 0
	%50 = icmp slt i64 %46, %47
	%51 = icmp sgt i64 %46, %47
	%52 = select i1 %49, i1 %50, i1 %51
	%53 = add i64 %46, %48
	store i64 %53, i64* %43
	%54 = insertvalue { i64, i1 } undef, i64 %46, 0
	%55 = insertvalue { i64, i1 } %54, i1 %52, 1
	%56 = extractvalue { i64, i1 } %55, 0
	store i64 %56, i64* %v.$5.2
	%57 = extractvalue { i64, i1 } %55, 1
	br i1 %57, label %b6, label %b7

b6:
	%58 = load i64, i64* %v.$5.2
	store i64 %58, i64* %v.j
	%59 = load i64, i64* %v.i
	%60 = insertvalue { i64, i64 } undef, i64 %59, 0
	%61 = load i64, i64* %v.j
	%62 = insertvalue { i64, i64 } %60, i64 %61, 1
	%63 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.a
	%64 = extractvalue { i64, i64 } %62, 0
	%65 = extractvalue { i64, i64 } %62, 1
	%66 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %63, 4, 0
	%67 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %63, 4, 1
	%68 = mul i64 8, %67
	%69 = mul i64 %64, %68
	%70 = add i64 0, %69
	%71 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %63, 4, 1
	%72 = mul i64 %65, 8
	%73 = add i64 %70, %72
	%74 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %63, 1
	%75 = getelementptr i8, i8* %74, i64 %73
	%76 = bitcast i8* %75 to double*
	%77 = load double, double* %v.x
	store double %77, double* %76
	br label %b5

b7:
	br label %b8

b8:
	br label %b1

exit.1:
	%78 = phi i8 [ 0, %b4 ]
	%79 = phi i32 [ 0, %b4 ]
	%80 = insertvalue { i8, i32 } undef, i8 %78, 0
	%81 = insertvalue { i8, i32 } %80, i32 %79, 1
	ret { i8, i32 } %81
}

define internal { double, i32 } @pynjit.total__int64.2(i64 %arg.n) {
entry:
	%v.n = alloca i64
	%v.$0.4 = alloca { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }
	store { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } zeroinitializer, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.$0.4
	%0 = alloca i8*
	%1 = alloca i8*
	%2 = alloca i64
	%3 = alloca { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }
	br label %b0

b0:
	store i64 %arg.n, i64* %v.n
	%4 = load i64, i64* %v.n
	%5 = icmp eq i64 %4, 0
	%6 = or i1 false, %5
	%7 = icmp slt i64 %4, 0
	%8 = call i1 @llvm.expect.i1(i1 %7, i1 false)
	br i1 %8, label %raise.1, label %ok.2

raise.1:
	call void @pynjit_err_set(i8* getelementptr ([11 x i8], [11 x i8]* @.str.0, i64 0, i64 0), i8* getelementptr ([36 x i8], [36 x i8]* @.str.1, i64 0, i64 0))
	br label %cleanup.3

ok.2:
	%9 = select i1 %5, i64 1, i64 %4
	%10 = call { i64, i1 } @llvm.smul.with.overflow.i64(i64 8, i64 %9)
	%11 = extractvalue { i64, i1 } %10, 1
	%12 = call i1 @llvm.expect.i1(i1 %11, i1 false)
	br i1 %12, label %raise.4, label %ok.5

cleanup.3:
	%13 = getelementptr { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.$0.4, i32 0, i32 0
	%14 = load i8*, i8** %13
	call void @pynjit_nrt_decref(i8* %14)
	br label %exit.11

raise.4:
	call void @pynjit_err_set(i8* getelementptr ([11 x i8], [11 x i8]* @.str.0, i64 0, i64 0), i8* getelementptr ([92 x i8], [92 x i8]* @.str.2, i64 0, i64 0))
	br label %cleanup.3

ok.5:
	%15 = extractvalue { i64, i1 } %10, 0
	%16 = select i1 %6, i64 0, i64 %15
	%17 = call i32 @pynjit_nrt_alloc(i64 %16, i8** %0, i8** %1)
	%18 = icmp ne i32 %17, 0
	%19 = call i1 @llvm.expect.i1(i1 %18, i1 false)
	br i1 %19, label %exc.6, label %ok.7

exc.6:
	br label %cleanup.3

ok.7:
	%20 = load i8*, i8** %0
	%21 = insertvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } zeroinitializer, i8* %20, 0
	%22 = load i8*, i8** %1
	%23 = insertvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %21, i8* %22, 1
	%24 = insertvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %23, i64 1, 2
	%25 = insertvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %24, i64 8, 3
	%26 = insertvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %25, i64 1, 4, 3
	%27 = insertvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %26, i64 1, 4, 2
	%28 = insertvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %27, i64 1, 4, 1
	%29 = insertvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %28, i64 %4, 4, 0
	%30 = insertvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %29, i64 8, 5, 0
	%31 = mul i64 8, %4
	%32 = sitofp i64 1 to double
	store i64 0, i64* %2
	br label %each.8

each.8:
	%33 = load i64, i64* %2
	%34 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %30, 4, 0
	%35 = icmp slt i64 %33, %34
	br i1 %35, label %elem.9, label %done.10

elem.9:
	%36 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %30, 5, 0
	%37 = mul i64 %33, %36
	%38 = add i64 0, %37
	%39 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %30, 1
	%40 = getelementptr i8, i8* %39, i64 %38
	%41 = bitcast i8* %40 to double*
	store double %32, double* %41
	%42 = add i64 %33, 1
	store i64 %42, i64* %2
	br label %each.8

done.10:
	%43 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.$0.4
	%44 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %43, 0
	call void @pynjit_nrt_decref(i8* %44)
	store { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %30, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.$0.4
	%45 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.$0.4
	store { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %45, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %3
	%46 = call double @pynjit_sum_f({ i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %3, i64 0)
	%47 = getelementptr { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.$0.4, i32 0, i32 0
	%48 = load i8*, i8** %47
	call void @pynjit_nrt_decref(i8* %48)
	br label %exit.11

exit.11:
	%49 = phi double [ %46, %done.10 ], [ zeroinitializer, %cleanup.3 ]
	%50 = phi i32 [ 0, %done.10 ], [ 1, %cleanup.3 ]
	%51 = insertvalue { double, i32 } undef, double %49, 0
	%52 = insertvalue { double, i32 } %51, i32 %50, 1
	ret { double, i32 } %52
}

declare void @pynjit_nrt_incref(i8* %0)

declare void @pynjit_nrt_decref(i8* %0)

declare i32 @pynjit_nrt_alloc(i64 %0, i8** %1, i8** %2)

declare { i64, i1 } @llvm.smul.with.overflow.i64(i64 %0, i64 %1)

declare i1 @llvm.expect.i1(i1 %0, i1 %1)

declare void @pynjit_err_set(i8* %0, i8* %1)

declare double @pynjit_sum_f({ i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %0, i64 %1)

define double @get({ i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %arg.a, i64 %arg.i) {
entry:
	%0 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %arg.a
	%1 = call { double, i32 } @pynjit.get__arrayfloat64_1d_A__int64.0({ i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %0, i64 %arg.i)
	%2 = extractvalue { double, i32 } %1, 0
	%3 = extractvalue { double, i32 } %1, 1
	%4 = icmp ne i32 %3, 0
	br i1 %4, label %error, label %ok

ok:
	ret double %2

error:
	ret double zeroinitializer
}

define void @fill({ i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %arg.a, double %arg.x) {
entry:
	%0 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %arg.a
	%1 = call { i8, i32 } @pynjit.fill__arrayfloat64_2d_C__float64.1({ i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %0, double %arg.x)
	%2 = extractvalue { i8, i32 } %1, 0
	%3 = extractvalue { i8, i32 } %1, 1
	%4 = icmp ne i32 %3, 0
	br i1 %4, label %error, label %ok

ok:
	ret void

error:
	ret void
}

define double @total(i64 %arg.n) {
entry:
	%0 = call { double, i32 } @pynjit.total__int64.2(i64 %arg.n)
	%1 = extractvalue { double, i32 } %0, 0
	%2 = extractvalue { double, i32 } %0, 1
	%3 = icmp ne i32 %2, 0
	br i1 %3, label %error, label %ok

ok:
	ret double %1

error:
	ret double zeroinitializer
}
