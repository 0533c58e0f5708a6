@.str.0 = private constant [11 x i8] c"ValueError\00"
@.str.1 = private constant [36 x i8] c"negative dimensions are not allowed\00"
@.str.2 = private constant [92 x i8] c"array is too big; `arr.size * arr.dtype.itemsize` is larger than the maximum possible size.\00"

define internal { double, i32 } @pynjit.get__arrayfloat64_1d_A__int64.0({ i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %arg.a, i64 %arg.i) {
entry:
	%v.a = alloca { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }
	store { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } zeroinitializer, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.a
	br label %b0

b0:
	%0 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %arg.a, 0
	call void @pynjit_nrt_incref(i8* %0)
	%1 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.a
	%2 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %1, 0
	call void @pynjit_nrt_decref(i8* %2)
	store { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %arg.a, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.a
	%3 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.a
	%4 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %3, 4, 0
	%5 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %3, 5, 0
	%6 = icmp slt i64 %arg.i, 0
	%7 = add i64 %arg.i, %4
	%8 = select i1 %6, i64 %7, i64 %arg.i
	%9 = mul i64 %8, %5
	%10 = add i64 0, %9
	%11 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %3, 1
	%12 = getelementptr i8, i8* %11, i64 %10
	%13 = bitcast i8* %12 to double*
	%14 = load double, double* %13
	%15 = getelementptr { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.a, i32 0, i32 0
	%16 = load i8*, i8** %15
	call void @pynjit_nrt_decref(i8* %16)
	br label %exit.1

exit.1:
	%17 = phi double [ %14, %b0 ]
	%18 = phi i32 [ 0, %b0 ]
	%19 = insertvalue { double, i32 } undef, double %17, 0
	%20 = insertvalue { double, i32 } %19, i32 %18, 1
	ret { double, i32 } %20
}

define internal { i8, i32 } @pynjit.fill__arrayfloat64_2d_C__float64.1({ i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %arg.a, double %arg.x) {
entry:
	%v.a = alloca { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }
	store { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } zeroinitializer, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.a
	%v.i = alloca i64
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
	br label %b1

b1:
	%14 = getelementptr { i64, i64, i64 }, { i64, i64, i64 }* %0, i32 0, i32 0
	%15 = getelementptr { i64, i64, i64 }, { i64, i64, i64 }* %0, i32 0, i32 1
	%16 = getelementptr { i64, i64, i64 }, { i64, i64, i64 }* %0, i32 0, i32 2
	%17 = load i64, i64* %14
	%18 = load i64, i64* %15
	%19 = load i64, i64* %16
	%20 = icmp sgt i64 %19, 0
	%21 = icmp slt i64 %17, %18
	%22 = icmp sgt i64 %17, %18
	%23 = select i1 %20, i1 %21, i1 %22
	%24 = add i64 %17, %19
	store i64 %24, i64* %14
	%25 = insertvalue { i64, i1 } undef, i64 %17, 0
	%26 = insertvalue { i64, i1 } %25, i1 %23, 1
	%27 = extractvalue { i64, i1 } %26, 0
	store i64 %27, i64* %v.$1.2
	%28 = extractvalue { i64, i1 } %26, 1
	br i1 %28, label %b2, label %b3

b2:
	%29 = load i64, i64* %v.$1.2
	store i64 %29, i64* %v.i
	%30 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.a
	%31 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %30, 4, 0
	%32 = insertvalue { i64, i64 } undef, i64 %31, 0
	%33 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %30, 4, 1
	%34 = insertvalue { i64, i64 } %32, i64 %33, 1
	%35 = extractvalue { i64, i64 } %34, 1
	%36 = insertvalue { i64, i64, i64 } undef, i64 0, 0
	%37 = insertvalue { i64, i64, i64 } %36, i64 %35, 1
	%38 = insertvalue { i64, i64, i64 } %37, i64 1, 2
	store { i64, i64, i64 } %38, { i64, i64, i64 }* %1
	store { i64, i64, i64 }* %1, { i64, i64, i64 }** %v.$2.6
	br label %b5

b3:
	br label %b4

b4:
	%39 = getelementptr { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.a, i32 0, i32 0
	%40 = load i8*, i8** %39
	call void @pynjit_nrt_decref(i8* %40)
	br label %exit.1

b5:
	%41 = load { i64, i64, i64 }*, { i64, i64, i64 }** %v.$2.6
	%42 = getelementptr { i64, i64, i64 }, { i64, i64, i64 }* %41, i32 0, i32 0
	%43 = getelementptr { i64, i64, i64 }, { i64, i64, i64 }* %41, i32 0, i32 1
	%44 = getelementptr { i64, i64, i64 }, { i64, i64, i64 }* %41, i32 0, i32 2
	%45 = load i64, i64* %42
	%46 = load i64, i64* %43
	%47 = load i64, i64* %44
	%48 = icmp sgt i64 %47, 0
	%49 = icmp slt i64 %45, %46
	%50 = icmp sgt i64 %45, %46
	%51 = select i1 %48, i1 %49, i1 %50
	%52 = add i64 %45, %47
	store i64 %52, i64* %42
	%53 = insertvalue { i64, i1 } undef, i64 %45, 0
	%54 = insertvalue { i64, i1 } %53, i1 %51, 1
	%55 = extractvalue { i64, i1 } %54, 0
	store i64 %55, i64* %v.$5.2
	%56 = extractvalue { i64, i1 } %54, 1
	br i1 %56, label %b6, label %b7

b6:
	%57 = load i64, i64* %v.$5.2
	%58 = load i64, i64* %v.i
	%59 = insertvalue { i64, i64 } undef, i64 %58, 0
	%60 = insertvalue { i64, i64 } %59, i64 %57, 1
	%61 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.a
	%62 = extractvalue { i64, i64 } %60, 0
	%63 = extractvalue { i64, i64 } %60, 1
	%64 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %61, 4, 0
	%65 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %61, 4, 1
	%66 = mul i64 8, %65
	%67 = mul i64 %62, %66
	%68 = add i64 0, %67
	%69 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %61, 4, 1
	%70 = mul i64 %63, 8
	%71 = add i64 %68, %70
	%72 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %61, 1
	%73 = getelementptr i8, i8* %72, i64 %71
	%74 = bitcast i8* %73 to double*
	store double %arg.x, double* %74
	br label %b5

b7:
	br label %b8

b8:
	br label %b1

exit.1:
	%75 = phi i8 [ 0, %b4 ]
	%76 = phi i32 [ 0, %b4 ]
	%77 = insertvalue { i8, i32 } undef, i8 %75, 0
	%78 = insertvalue { i8, i32 } %77, i32 %76, 1
	ret { i8, i32 } %78
}

define internal { double, i32 } @pynjit.total__int64.2(i64 %arg.n) {
entry:
	%v.$0.4 = alloca { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }
	store { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } zeroinitializer, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.$0.4
	%0 = alloca i8*
	%1 = alloca i8*
	%2 = alloca i64
	%3 = alloca { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }
	br label %b0

b0:
	%4 = icmp eq i64 %arg.n, 0
	%5 = or i1 false, %4
	%6 = icmp slt i64 %arg.n, 0
	%7 = call i1 @llvm.expect.i1(i1 %6, i1 false)
	br i1 %7, label %raise.1, label %ok.2

raise.1:
	call void @pynjit_err_set(i8* getelementptr ([11 x i8], [11 x i8]* @.str.0, i64 0, i64 0), i8* getelementptr ([36 x i8], [36 x i8]* @.str.1, i64 0, i64 0))
	br label %cleanup.3

ok.2:
	%8 = select i1 %4, i64 1, i64 %arg.n
	%9 = call { i64, i1 } @llvm.smul.with.overflow.i64(i64 8, i64 %8)
	%10 = extractvalue { i64, i1 } %9, 1
	%11 = call i1 @llvm.expect.i1(i1 %10, i1 false)
	br i1 %11, label %raise.4, label %ok.5

cleanup.3:
	%12 = getelementptr { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.$0.4, i32 0, i32 0
	%13 = load i8*, i8** %12
	call void @pynjit_nrt_decref(i8* %13)
	br label %exit.11

raise.4:
	call void @pynjit_err_set(i8* getelementptr ([11 x i8], [11 x i8]* @.str.0, i64 0, i64 0), i8* getelementptr ([92 x i8], [92 x i8]* @.str.2, i64 0, i64 0))
	br label %cleanup.3

ok.5:
	%14 = extractvalue { i64, i1 } %9, 0
	%15 = select i1 %5, i64 0, i64 %14
	%16 = call i32 @pynjit_nrt_alloc(i64 %15, i8** %0, i8** %1)
	%17 = icmp ne i32 %16, 0
	%18 = call i1 @llvm.expect.i1(i1 %17, i1 false)
	br i1 %18, label %exc.6, label %ok.7

exc.6:
	br label %cleanup.3

ok.7:
	%19 = load i8*, i8** %0
	%20 = insertvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } zeroinitializer, i8* %19, 0
	%21 = load i8*, i8** %1
	%22 = insertvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %20, i8* %21, 1
	%23 = insertvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %22, i64 1, 2
	%24 = insertvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %23, i64 8, 3
	%25 = insertvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %24, i64 1, 4, 3
	%26 = insertvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %25, i64 1, 4, 2
	%27 = insertvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %26, i64 1, 4, 1
	%28 = insertvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %27, i64 %arg.n, 4, 0
	%29 = insertvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %28, i64 8, 5, 0
	%30 = mul i64 8, %arg.n
	%31 = sitofp i64 1 to double
	store i64 0, i64* %2
	br label %each.8

each.8:
	%32 = load i64, i64* %2
	%33 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %29, 4, 0
	%34 = icmp slt i64 %32, %33
	br i1 %34, label %elem.9, label %done.10

elem.9:
	%35 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %29, 5, 0
	%36 = mul i64 %32, %35
	%37 = add i64 0, %36
	%38 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %29, 1
	%39 = getelementptr i8, i8* %38, i64 %37
	%40 = bitcast i8* %39 to double*
	store double %31, double* %40
	%41 = add i64 %32, 1
	store i64 %41, i64* %2
	br label %each.8

done.10:
	%42 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.$0.4
	%43 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %42, 0
	call void @pynjit_nrt_decref(i8* %43)
	store { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %29, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.$0.4
	%44 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.$0.4
	store { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %44, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %3
	%45 = call double @pynjit_sum_f({ i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %3, i64 0)
	%46 = getelementptr { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.$0.4, i32 0, i32 0
	%47 = load i8*, i8** %46
	call void @pynjit_nrt_decref(i8* %47)
	br label %exit.11

exit.11:
	%48 = phi double [ %45, %done.10 ], [ zeroinitializer, %cleanup.3 ]
	%49 = phi i32 [ 0, %done.10 ], [ 1, %cleanup.3 ]
	%50 = insertvalue { double, i32 } undef, double %48, 0
	%51 = insertvalue { double, i32 } %50, i32 %49, 1
	ret { double, i32 } %51
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
