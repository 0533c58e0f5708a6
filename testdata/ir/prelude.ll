@.str.0 = private constant [11 x i8] c"ValueError\00"
@.str.1 = private constant [36 x i8] c"negative dimensions are not allowed\00"
@.str.2 = private constant [92 x i8] c"array is too big; `arr.size * arr.dtype.itemsize` is larger than the maximum possible size.\00"

define internal { { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, i32 } @pynjit.running__arrayfloat64_1d_A.0({ i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %arg.a) {
entry:
	%v.a = alloca { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }
	store { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } zeroinitializer, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.a
	%v.$0.4 = alloca { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }
	store { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } zeroinitializer, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.$0.4
	%v.$0.5 = alloca { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }
	store { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } zeroinitializer, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.$0.5
	br label %b0

b0:
	%0 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %arg.a, 0
	call void @pynjit_nrt_incref(i8* %0)
	%1 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.a
	%2 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %1, 0
	call void @pynjit_nrt_decref(i8* %2)
	store { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %arg.a, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.a
	%3 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.a
	%4 = call { { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, i32 } @pynjit.cumsum__arrayfloat64_1d_A.1({ i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %3)
	%5 = extractvalue { { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, i32 } %4, 0
	%6 = extractvalue { { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, i32 } %4, 1
	%7 = icmp ne i32 %6, 0
	%8 = call i1 @llvm.expect.i1(i1 %7, i1 false)
	br i1 %8, label %exc.1, label %ok.2

exc.1:
	br label %cleanup.3

ok.2:
	%9 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.$0.4
	%10 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %9, 0
	call void @pynjit_nrt_decref(i8* %10)
	store { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %5, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.$0.4
	%11 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.$0.4
	%12 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %11, 0
	call void @pynjit_nrt_incref(i8* %12)
	%13 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.$0.5
	%14 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %13, 0
	call void @pynjit_nrt_decref(i8* %14)
	store { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %11, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.$0.5
	%15 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.$0.5
	%16 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %15, 0
	call void @pynjit_nrt_incref(i8* %16)
	%17 = getelementptr { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.a, i32 0, i32 0
	%18 = load i8*, i8** %17
	call void @pynjit_nrt_decref(i8* %18)
	%19 = getelementptr { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.$0.4, i32 0, i32 0
	%20 = load i8*, i8** %19
	call void @pynjit_nrt_decref(i8* %20)
	%21 = getelementptr { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.$0.5, i32 0, i32 0
	%22 = load i8*, i8** %21
	call void @pynjit_nrt_decref(i8* %22)
	br label %exit.4

cleanup.3:
	%23 = getelementptr { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.a, i32 0, i32 0
	%24 = load i8*, i8** %23
	call void @pynjit_nrt_decref(i8* %24)
	%25 = getelementptr { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.$0.4, i32 0, i32 0
	%26 = load i8*, i8** %25
	call void @pynjit_nrt_decref(i8* %26)
	%27 = getelementptr { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.$0.5, i32 0, i32 0
	%28 = load i8*, i8** %27
	call void @pynjit_nrt_decref(i8* %28)
	br label %exit.4

exit.4:
	%29 = phi { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } [ %15, %ok.2 ], [ zeroinitializer, %cleanup.3 ]
	%30 = phi i32 [ 0, %ok.2 ], [ 1, %cleanup.3 ]
	%31 = insertvalue { { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, i32 } undef, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %29, 0
	%32 = insertvalue { { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, i32 } %31, i32 %30, 1
	ret { { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, i32 } %32
}

define internal { { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, i32 } @pynjit.cumsum__arrayfloat64_1d_A.1({ i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %arg.a) {
entry:
	%v.a = alloca { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }
	store { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } zeroinitializer, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.a
	%v.flat = alloca { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }
	store { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } zeroinitializer, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.flat
	%v.acc = alloca double
	%v.out = alloca { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }
	store { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } zeroinitializer, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.out
	%v.i = alloca i64
	%v.$0.3 = alloca { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }
	store { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } zeroinitializer, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.$0.3
	%v.$0.9 = alloca { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }
	store { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } zeroinitializer, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.$0.9
	%v.$0.16 = alloca { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }
	store { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } zeroinitializer, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.$0.16
	%v.$0.21 = alloca { i64, i64, i64 }*
	%v.$1.2 = alloca i64
	%v.$4.2 = alloca { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }
	store { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } zeroinitializer, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.$4.2
	%0 = alloca i8*
	%1 = alloca i8*
	%2 = alloca i64
	%3 = alloca i64
	%4 = alloca [3 x i64]
	%5 = alloca { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }
	%6 = alloca i8*
	%7 = alloca i8*
	%8 = alloca i64
	%9 = alloca { i64, i64, i64 }
	br label %b0

b0:
	%10 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %arg.a, 0
	call void @pynjit_nrt_incref(i8* %10)
	%11 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.a
	%12 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %11, 0
	call void @pynjit_nrt_decref(i8* %12)
	store { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %arg.a, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.a
	%13 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.a
	%14 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %13, 4, 0
	%15 = mul i64 1, %14
	%16 = icmp eq i64 %15, 0
	%17 = or i1 false, %16
	%18 = icmp slt i64 %15, 0
	%19 = call i1 @llvm.expect.i1(i1 %18, i1 false)
	br i1 %19, label %raise.1, label %ok.2

b1:
	%20 = load { i64, i64, i64 }*, { i64, i64, i64 }** %v.$0.21
	%21 = getelementptr { i64, i64, i64 }, { i64, i64, i64 }* %20, i32 0, i32 0
	%22 = getelementptr { i64, i64, i64 }, { i64, i64, i64 }* %20, i32 0, i32 1
	%23 = getelementptr { i64, i64, i64 }, { i64, i64, i64 }* %20, i32 0, i32 2
	%24 = load i64, i64* %21
	%25 = load i64, i64* %22
	%26 = load i64, i64* %23
	%27 = icmp sgt i64 %26, 0
	%28 = icmp slt i64 %24, %25
	%29 = icmp sgt i64 %24, %25
	%30 = select i1 %27, i1 %28, i1 %29
	%31 = add i64 %24, %26
	store i64 %31, i64* %21
	%32 = insertvalue { i64, i1 } undef, i64 %24, 0
	%33 = insertvalue { i64, i1 } %32, i1 %30, 1
	%34 = extractvalue { i64, i1 } %33, 0
	store i64 %34, i64* %v.$1.2
	%35 = extractvalue { i64, i1 } %33, 1
	br i1 %35, label %b2, label %b3

b2:
	%36 = load i64, i64* %v.$1.2
	store i64 %36, i64* %v.i
	%37 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.flat
	%38 = load i64, i64* %v.i
	%39 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %37, 4, 0
	%40 = mul i64 %38, 8
	%41 = add i64 0, %40
	%42 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %37, 1
	%43 = getelementptr i8, i8* %42, i64 %41
	%44 = bitcast i8* %43 to double*
	%45 = load double, double* %44
	%46 = load double, double* %v.acc
	%47 = fadd double %46, %45
	store double %47, double* %v.acc
	%48 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.out
	%49 = load i64, i64* %v.i
	%50 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %48, 4, 0
	%51 = mul i64 %49, 8
	%52 = add i64 0, %51
	%53 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %48, 1
	%54 = getelementptr i8, i8* %53, i64 %52
	%55 = bitcast i8* %54 to double*
	%56 = load double, double* %v.acc
	store double %56, double* %55
	br label %b1

b3:
	br label %b4

b4:
	%57 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.out
	%58 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %57, 0
	call void @pynjit_nrt_incref(i8* %58)
	%59 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.$4.2
	%60 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %59, 0
	call void @pynjit_nrt_decref(i8* %60)
	store { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %57, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.$4.2
	%61 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.$4.2
	%62 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %61, 0
	call void @pynjit_nrt_incref(i8* %62)
	%63 = getelementptr { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.a, i32 0, i32 0
	%64 = load i8*, i8** %63
	call void @pynjit_nrt_decref(i8* %64)
	%65 = getelementptr { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.flat, i32 0, i32 0
	%66 = load i8*, i8** %65
	call void @pynjit_nrt_decref(i8* %66)
	%67 = getelementptr { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.out, i32 0, i32 0
	%68 = load i8*, i8** %67
	call void @pynjit_nrt_decref(i8* %68)
	%69 = getelementptr { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.$0.3, i32 0, i32 0
	%70 = load i8*, i8** %69
	call void @pynjit_nrt_decref(i8* %70)
	%71 = getelementptr { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.$0.9, i32 0, i32 0
	%72 = load i8*, i8** %71
	call void @pynjit_nrt_decref(i8* %72)
	%73 = getelementptr { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.$0.16, i32 0, i32 0
	%74 = load i8*, i8** %73
	call void @pynjit_nrt_decref(i8* %74)
	%75 = getelementptr { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.$4.2, i32 0, i32 0
	%76 = load i8*, i8** %75
	call void @pynjit_nrt_decref(i8* %76)
	br label %exit.22

raise.1:
	call void @pynjit_err_set(i8* getelementptr ([11 x i8], [11 x i8]* @.str.0, i64 0, i64 0), i8* getelementptr ([36 x i8], [36 x i8]* @.str.1, i64 0, i64 0))
	br label %cleanup.3

ok.2:
	%77 = select i1 %16, i64 1, i64 %15
	%78 = call { i64, i1 } @llvm.smul.with.overflow.i64(i64 8, i64 %77)
	%79 = extractvalue { i64, i1 } %78, 1
	%80 = call i1 @llvm.expect.i1(i1 %79, i1 false)
	br i1 %80, label %raise.4, label %ok.5

cleanup.3:
	%81 = getelementptr { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.a, i32 0, i32 0
	%82 = load i8*, i8** %81
	call void @pynjit_nrt_decref(i8* %82)
	%83 = getelementptr { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.flat, i32 0, i32 0
	%84 = load i8*, i8** %83
	call void @pynjit_nrt_decref(i8* %84)
	%85 = getelementptr { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.out, i32 0, i32 0
	%86 = load i8*, i8** %85
	call void @pynjit_nrt_decref(i8* %86)
	%87 = getelementptr { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.$0.3, i32 0, i32 0
	%88 = load i8*, i8** %87
	call void @pynjit_nrt_decref(i8* %88)
	%89 = getelementptr { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.$0.9, i32 0, i32 0
	%90 = load i8*, i8** %89
	call void @pynjit_nrt_decref(i8* %90)
	%91 = getelementptr { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.$0.16, i32 0, i32 0
	%92 = load i8*, i8** %91
	call void @pynjit_nrt_decref(i8* %92)
	%93 = getelementptr { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.$4.2, i32 0, i32 0
	%94 = load i8*, i8** %93
	call void @pynjit_nrt_decref(i8* %94)
	br label %exit.22

raise.4:
	call void @pynjit_err_set(i8* getelementptr ([11 x i8], [11 x i8]* @.str.0, i64 0, i64 0), i8* getelementptr ([92 x i8], [92 x i8]* @.str.2, i64 0, i64 0))
	br label %cleanup.3

ok.5:
	%95 = extractvalue { i64, i1 } %78, 0
	%96 = select i1 %17, i64 0, i64 %95
	%97 = call i32 @pynjit_nrt_alloc(i64 %96, i8** %0, i8** %1)
	%98 = icmp ne i32 %97, 0
	%99 = call i1 @llvm.expect.i1(i1 %98, i1 false)
	br i1 %99, label %exc.6, label %ok.7

exc.6:
	br label %cleanup.3

ok.7:
	%100 = load i8*, i8** %0
	%101 = insertvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } zeroinitializer, i8* %100, 0
	%102 = load i8*, i8** %1
	%103 = insertvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %101, i8* %102, 1
	%104 = insertvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %103, i64 1, 2
	%105 = insertvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %104, i64 8, 3
	%106 = insertvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %105, i64 1, 4, 3
	%107 = insertvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %106, i64 1, 4, 2
	%108 = insertvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %107, i64 1, 4, 1
	%109 = insertvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %108, i64 %15, 4, 0
	%110 = insertvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %109, i64 8, 5, 0
	%111 = mul i64 8, %15
	store i64 0, i64* %2
	store i64 0, i64* %3
	br label %each.8

each.8:
	%112 = load i64, i64* %3
	%113 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %13, 4, 0
	%114 = icmp slt i64 %112, %113
	br i1 %114, label %elem.9, label %done.10

elem.9:
	%115 = load i64, i64* %2
	%116 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %13, 5, 0
	%117 = mul i64 %112, %116
	%118 = add i64 0, %117
	%119 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %13, 1
	%120 = getelementptr i8, i8* %119, i64 %118
	%121 = bitcast i8* %120 to double*
	%122 = load double, double* %121
	%123 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %110, 5, 0
	%124 = mul i64 %115, %123
	%125 = add i64 0, %124
	%126 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %110, 1
	%127 = getelementptr i8, i8* %126, i64 %125
	%128 = bitcast i8* %127 to double*
	store double %122, double* %128
	%129 = add i64 %115, 1
	store i64 %129, i64* %2
	%130 = add i64 %112, 1
	store i64 %130, i64* %3
	br label %each.8

done.10:
	%131 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.$0.3
	%132 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %131, 0
	call void @pynjit_nrt_decref(i8* %132)
	store { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %110, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.$0.3
	%133 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.$0.3
	%134 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %133, 0
	call void @pynjit_nrt_incref(i8* %134)
	%135 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.flat
	%136 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %135, 0
	call void @pynjit_nrt_decref(i8* %136)
	store { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %133, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.flat
	%137 = insertvalue { i64, i64, i64, i64 } undef, i64 0, 0
	%138 = insertvalue { i64, i64, i64, i64 } %137, i64 0, 1
	%139 = insertvalue { i64, i64, i64, i64 } %138, i64 1, 2
	%140 = insertvalue { i64, i64, i64, i64 } %139, i64 2, 3
	%141 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.flat
	%142 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %141, 4, 0
	%143 = extractvalue { i64, i64, i64, i64 } %140, 0
	%144 = extractvalue { i64, i64, i64, i64 } %140, 1
	%145 = extractvalue { i64, i64, i64, i64 } %140, 2
	%146 = extractvalue { i64, i64, i64, i64 } %140, 3
	%147 = call i32 @pynjit_slice_adjust(i64 %142, i64 %143, i64 %144, i64 %145, i64 %146, [3 x i64]* %4)
	%148 = icmp ne i32 %147, 0
	%149 = call i1 @llvm.expect.i1(i1 %148, i1 false)
	br i1 %149, label %exc.11, label %ok.12

exc.11:
	br label %cleanup.3

ok.12:
	%150 = load [3 x i64], [3 x i64]* %4
	%151 = extractvalue [3 x i64] %150, 0
	%152 = extractvalue [3 x i64] %150, 1
	%153 = extractvalue [3 x i64] %150, 2
	%154 = mul i64 %151, 8
	%155 = add i64 0, %154
	%156 = mul i64 8, %152
	%157 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %141, 1
	%158 = getelementptr i8, i8* %157, i64 %155
	%159 = insertvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %141, i8* %158, 1
	%160 = insertvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %159, i64 1, 2
	%161 = insertvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %160, i64 %153, 4, 0
	%162 = insertvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %161, i64 %156, 5, 0
	%163 = insertvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %162, i64 1, 4, 1
	%164 = insertvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %163, i64 0, 5, 1
	%165 = insertvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %164, i64 1, 4, 2
	%166 = insertvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %165, i64 0, 5, 2
	%167 = insertvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %166, i64 1, 4, 3
	%168 = insertvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %167, i64 0, 5, 3
	%169 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %168, 0
	call void @pynjit_nrt_incref(i8* %169)
	%170 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.$0.9
	%171 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %170, 0
	call void @pynjit_nrt_decref(i8* %171)
	store { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %168, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.$0.9
	%172 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.$0.9
	store { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %172, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %5
	%173 = call double @pynjit_sum_f({ i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %5, i64 0)
	store double %173, double* %v.acc
	%174 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.flat
	%175 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %174, 4, 0
	%176 = mul i64 1, %175
	%177 = load double, double* %v.acc
	%178 = icmp eq i64 %176, 0
	%179 = or i1 false, %178
	%180 = icmp slt i64 %176, 0
	%181 = call i1 @llvm.expect.i1(i1 %180, i1 false)
	br i1 %181, label %raise.13, label %ok.14

raise.13:
	call void @pynjit_err_set(i8* getelementptr ([11 x i8], [11 x i8]* @.str.0, i64 0, i64 0), i8* getelementptr ([36 x i8], [36 x i8]* @.str.1, i64 0, i64 0))
	br label %cleanup.3

ok.14:
	%182 = select i1 %178, i64 1, i64 %176
	%183 = call { i64, i1 } @llvm.smul.with.overflow.i64(i64 8, i64 %182)
	%184 = extractvalue { i64, i1 } %183, 1
	%185 = call i1 @llvm.expect.i1(i1 %184, i1 false)
	br i1 %185, label %raise.15, label %ok.16

raise.15:
	call void @pynjit_err_set(i8* getelementptr ([11 x i8], [11 x i8]* @.str.0, i64 0, i64 0), i8* getelementptr ([92 x i8], [92 x i8]* @.str.2, i64 0, i64 0))
	br label %cleanup.3

ok.16:
	%186 = extractvalue { i64, i1 } %183, 0
	%187 = select i1 %179, i64 0, i64 %186
	%188 = call i32 @pynjit_nrt_alloc(i64 %187, i8** %6, i8** %7)
	%189 = icmp ne i32 %188, 0
	%190 = call i1 @llvm.expect.i1(i1 %189, i1 false)
	br i1 %190, label %exc.17, label %ok.18

exc.17:
	br label %cleanup.3

ok.18:
	%191 = load i8*, i8** %6
	%192 = insertvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } zeroinitializer, i8* %191, 0
	%193 = load i8*, i8** %7
	%194 = insertvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %192, i8* %193, 1
	%195 = insertvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %194, i64 1, 2
	%196 = insertvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %195, i64 8, 3
	%197 = insertvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %196, i64 1, 4, 3
	%198 = insertvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %197, i64 1, 4, 2
	%199 = insertvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %198, i64 1, 4, 1
	%200 = insertvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %199, i64 %176, 4, 0
	%201 = insertvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %200, i64 8, 5, 0
	%202 = mul i64 8, %176
	store i64 0, i64* %8
	br label %each.19

each.19:
	%203 = load i64, i64* %8
	%204 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %201, 4, 0
	%205 = icmp slt i64 %203, %204
	br i1 %205, label %elem.20, label %done.21

elem.20:
	%206 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %201, 5, 0
	%207 = mul i64 %203, %206
	%208 = add i64 0, %207
	%209 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %201, 1
	%210 = getelementptr i8, i8* %209, i64 %208
	%211 = bitcast i8* %210 to double*
	store double %177, double* %211
	%212 = add i64 %203, 1
	store i64 %212, i64* %8
	br label %each.19

done.21:
	%213 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.$0.16
	%214 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %213, 0
	call void @pynjit_nrt_decref(i8* %214)
	store { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %201, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.$0.16
	%215 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.$0.16
	%216 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %215, 0
	call void @pynjit_nrt_incref(i8* %216)
	%217 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.out
	%218 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %217, 0
	call void @pynjit_nrt_decref(i8* %218)
	store { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %215, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.out
	%219 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.flat
	%220 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %219, 4, 0
	%221 = mul i64 1, %220
	%222 = insertvalue { i64, i64, i64 } undef, i64 0, 0
	%223 = insertvalue { i64, i64, i64 } %222, i64 %221, 1
	%224 = insertvalue { i64, i64, i64 } %223, i64 1, 2
	store { i64, i64, i64 } %224, { i64, i64, i64 }* %9
	store { i64, i64, i64 }* %9, { i64, i64, i64 }** %v.$0.21
	br label %b1

exit.22:
	%225 = phi { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } [ %61, %b4 ], [ zeroinitializer, %cleanup.3 ]
	%226 = phi i32 [ 0, %b4 ], [ 1, %cleanup.3 ]
	%227 = insertvalue { { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, i32 } undef, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %225, 0
	%228 = insertvalue { { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, i32 } %227, i32 %226, 1
	ret { { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, i32 } %228
}

declare void @pynjit_nrt_incref(i8* %0)

declare void @pynjit_nrt_decref(i8* %0)

declare i1 @llvm.expect.i1(i1 %0, i1 %1)

declare i32 @pynjit_nrt_alloc(i64 %0, i8** %1, i8** %2)

declare { i64, i1 } @llvm.smul.with.overflow.i64(i64 %0, i64 %1)

declare void @pynjit_err_set(i8* %0, i8* %1)

declare i32 @pynjit_slice_adjust(i64 %0, i64 %1, i64 %2, i64 %3, i64 %4, [3 x i64]* %5)

declare double @pynjit_sum_f({ i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %0, i64 %1)

define void @running({ i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %arg.a, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %pynjit.out) {
entry:
	%0 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %arg.a
	%1 = call { { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, i32 } @pynjit.running__arrayfloat64_1d_A.0({ i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %0)
	%2 = extractvalue { { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, i32 } %1, 0
	%3 = extractvalue { { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, i32 } %1, 1
	%4 = icmp ne i32 %3, 0
	br i1 %4, label %error, label %ok

ok:
	store { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %2, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %pynjit.out
	ret void

error:
	ret void
}
