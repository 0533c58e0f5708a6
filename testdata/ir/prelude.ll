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
	%v.$0.3 = alloca { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }
	store { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } zeroinitializer, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.$0.3
	%v.$0.9 = alloca { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }
	store { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } zeroinitializer, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.$0.9
	%v.$0.16 = alloca { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }
	store { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } zeroinitializer, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.$0.16
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
	%20 = getelementptr { i64, i64, i64 }, { i64, i64, i64 }* %9, i32 0, i32 0
	%21 = getelementptr { i64, i64, i64 }, { i64, i64, i64 }* %9, i32 0, i32 1
	%22 = getelementptr { i64, i64, i64 }, { i64, i64, i64 }* %9, i32 0, i32 2
	%23 = load i64, i64* %20
	%24 = load i64, i64* %21
	%25 = load i64, i64* %22
	%26 = icmp sgt i64 %25, 0
	%27 = icmp slt i64 %23, %24
	%28 = icmp sgt i64 %23, %24
	%29 = select i1 %26, i1 %27, i1 %28
	%30 = add i64 %23, %25
	store i64 %30, i64* %20
	%31 = insertvalue { i64, i1 } undef, i64 %23, 0
	%32 = insertvalue { i64, i1 } %31, i1 %29, 1
	%33 = extractvalue { i64, i1 } %32, 0
	store i64 %33, i64* %v.$1.2
	%34 = extractvalue { i64, i1 } %32, 1
	br i1 %34, label %b2, label %b3

b2:
	%35 = load i64, i64* %v.$1.2
	%36 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.flat
	%37 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %36, 4, 0
	%38 = mul i64 %35, 8
	%39 = add i64 0, %38
	%40 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %36, 1
	%41 = getelementptr i8, i8* %40, i64 %39
	%42 = bitcast i8* %41 to double*
	%43 = load double, double* %42
	%44 = load double, double* %v.acc
	%45 = fadd double %44, %43
	store double %45, double* %v.acc
	%46 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.out
	%47 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %46, 4, 0
	%48 = mul i64 %35, 8
	%49 = add i64 0, %48
	%50 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %46, 1
	%51 = getelementptr i8, i8* %50, i64 %49
	%52 = bitcast i8* %51 to double*
	%53 = load double, double* %v.acc
	store double %53, double* %52
	br label %b1

b3:
	br label %b4

b4:
	%54 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.out
	%55 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %54, 0
	call void @pynjit_nrt_incref(i8* %55)
	%56 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.$4.2
	%57 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %56, 0
	call void @pynjit_nrt_decref(i8* %57)
	store { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %54, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.$4.2
	%58 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.$4.2
	%59 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %58, 0
	call void @pynjit_nrt_incref(i8* %59)
	%60 = getelementptr { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.a, i32 0, i32 0
	%61 = load i8*, i8** %60
	call void @pynjit_nrt_decref(i8* %61)
	%62 = getelementptr { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.flat, i32 0, i32 0
	%63 = load i8*, i8** %62
	call void @pynjit_nrt_decref(i8* %63)
	%64 = getelementptr { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.out, i32 0, i32 0
	%65 = load i8*, i8** %64
	call void @pynjit_nrt_decref(i8* %65)
	%66 = getelementptr { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.$0.3, i32 0, i32 0
	%67 = load i8*, i8** %66
	call void @pynjit_nrt_decref(i8* %67)
	%68 = getelementptr { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.$0.9, i32 0, i32 0
	%69 = load i8*, i8** %68
	call void @pynjit_nrt_decref(i8* %69)
	%70 = getelementptr { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.$0.16, i32 0, i32 0
	%71 = load i8*, i8** %70
	call void @pynjit_nrt_decref(i8* %71)
	%72 = getelementptr { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.$4.2, i32 0, i32 0
	%73 = load i8*, i8** %72
	call void @pynjit_nrt_decref(i8* %73)
	br label %exit.22

raise.1:
	call void @pynjit_err_set(i8* getelementptr ([11 x i8], [11 x i8]* @.str.0, i64 0, i64 0), i8* getelementptr ([36 x i8], [36 x i8]* @.str.1, i64 0, i64 0))
	br label %cleanup.3

ok.2:
	%74 = select i1 %16, i64 1, i64 %15
	%75 = call { i64, i1 } @llvm.smul.with.overflow.i64(i64 8, i64 %74)
	%76 = extractvalue { i64, i1 } %75, 1
	%77 = call i1 @llvm.expect.i1(i1 %76, i1 false)
	br i1 %77, label %raise.4, label %ok.5

cleanup.3:
	%78 = getelementptr { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.a, i32 0, i32 0
	%79 = load i8*, i8** %78
	call void @pynjit_nrt_decref(i8* %79)
	%80 = getelementptr { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.flat, i32 0, i32 0
	%81 = load i8*, i8** %80
	call void @pynjit_nrt_decref(i8* %81)
	%82 = getelementptr { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.out, i32 0, i32 0
	%83 = load i8*, i8** %82
	call void @pynjit_nrt_decref(i8* %83)
	%84 = getelementptr { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.$0.3, i32 0, i32 0
	%85 = load i8*, i8** %84
	call void @pynjit_nrt_decref(i8* %85)
	%86 = getelementptr { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.$0.9, i32 0, i32 0
	%87 = load i8*, i8** %86
	call void @pynjit_nrt_decref(i8* %87)
	%88 = getelementptr { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.$0.16, i32 0, i32 0
	%89 = load i8*, i8** %88
	call void @pynjit_nrt_decref(i8* %89)
	%90 = getelementptr { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.$4.2, i32 0, i32 0
	%91 = load i8*, i8** %90
	call void @pynjit_nrt_decref(i8* %91)
	br label %exit.22

raise.4:
	call void @pynjit_err_set(i8* getelementptr ([11 x i8], [11 x i8]* @.str.0, i64 0, i64 0), i8* getelementptr ([92 x i8], [92 x i8]* @.str.2, i64 0, i64 0))
	br label %cleanup.3

ok.5:
	%92 = extractvalue { i64, i1 } %75, 0
	%93 = select i1 %17, i64 0, i64 %92
	%94 = call i32 @pynjit_nrt_alloc(i64 %93, i8** %0, i8** %1)
	%95 = icmp ne i32 %94, 0
	%96 = call i1 @llvm.expect.i1(i1 %95, i1 false)
	br i1 %96, label %exc.6, label %ok.7

exc.6:
	br label %cleanup.3

ok.7:
	%97 = load i8*, i8** %0
	%98 = insertvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } zeroinitializer, i8* %97, 0
	%99 = load i8*, i8** %1
	%100 = insertvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %98, i8* %99, 1
	%101 = insertvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %100, i64 1, 2
	%102 = insertvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %101, i64 8, 3
	%103 = insertvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %102, i64 1, 4, 3
	%104 = insertvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %103, i64 1, 4, 2
	%105 = insertvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %104, i64 1, 4, 1
	%106 = insertvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %105, i64 %15, 4, 0
	%107 = insertvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %106, i64 8, 5, 0
	%108 = mul i64 8, %15
	store i64 0, i64* %2
	store i64 0, i64* %3
	br label %each.8

each.8:
	%109 = load i64, i64* %3
	%110 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %13, 4, 0
	%111 = icmp slt i64 %109, %110
	br i1 %111, label %elem.9, label %done.10

elem.9:
	%112 = load i64, i64* %2
	%113 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %13, 5, 0
	%114 = mul i64 %109, %113
	%115 = add i64 0, %114
	%116 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %13, 1
	%117 = getelementptr i8, i8* %116, i64 %115
	%118 = bitcast i8* %117 to double*
	%119 = load double, double* %118
	%120 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %107, 5, 0
	%121 = mul i64 %112, %120
	%122 = add i64 0, %121
	%123 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %107, 1
	%124 = getelementptr i8, i8* %123, i64 %122
	%125 = bitcast i8* %124 to double*
	store double %119, double* %125
	%126 = add i64 %112, 1
	store i64 %126, i64* %2
	%127 = add i64 %109, 1
	store i64 %127, i64* %3
	br label %each.8

done.10:
	%128 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.$0.3
	%129 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %128, 0
	call void @pynjit_nrt_decref(i8* %129)
	store { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %107, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.$0.3
	%130 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.$0.3
	%131 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %130, 0
	call void @pynjit_nrt_incref(i8* %131)
	%132 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.flat
	%133 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %132, 0
	call void @pynjit_nrt_decref(i8* %133)
	store { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %130, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.flat
	%134 = insertvalue { i64, i64, i64, i64 } undef, i64 0, 0
	%135 = insertvalue { i64, i64, i64, i64 } %134, i64 0, 1
	%136 = insertvalue { i64, i64, i64, i64 } %135, i64 1, 2
	%137 = insertvalue { i64, i64, i64, i64 } %136, i64 2, 3
	%138 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.flat
	%139 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %138, 4, 0
	%140 = extractvalue { i64, i64, i64, i64 } %137, 0
	%141 = extractvalue { i64, i64, i64, i64 } %137, 1
	%142 = extractvalue { i64, i64, i64, i64 } %137, 2
	%143 = extractvalue { i64, i64, i64, i64 } %137, 3
	%144 = call i32 @pynjit_slice_adjust(i64 %139, i64 %140, i64 %141, i64 %142, i64 %143, [3 x i64]* %4)
	%145 = icmp ne i32 %144, 0
	%146 = call i1 @llvm.expect.i1(i1 %145, i1 false)
	br i1 %146, label %exc.11, label %ok.12

exc.11:
	br label %cleanup.3

ok.12:
	%147 = load [3 x i64], [3 x i64]* %4
	%148 = extractvalue [3 x i64] %147, 0
	%149 = extractvalue [3 x i64] %147, 1
	%150 = extractvalue [3 x i64] %147, 2
	%151 = mul i64 %148, 8
	%152 = add i64 0, %151
	%153 = mul i64 8, %149
	%154 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %138, 1
	%155 = getelementptr i8, i8* %154, i64 %152
	%156 = insertvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %138, i8* %155, 1
	%157 = insertvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %156, i64 1, 2
	%158 = insertvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %157, i64 %150, 4, 0
	%159 = insertvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %158, i64 %153, 5, 0
	%160 = insertvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %159, i64 1, 4, 1
	%161 = insertvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %160, i64 0, 5, 1
	%162 = insertvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %161, i64 1, 4, 2
	%163 = insertvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %162, i64 0, 5, 2
	%164 = insertvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %163, i64 1, 4, 3
	%165 = insertvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %164, i64 0, 5, 3
	%166 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %165, 0
	call void @pynjit_nrt_incref(i8* %166)
	%167 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.$0.9
	%168 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %167, 0
	call void @pynjit_nrt_decref(i8* %168)
	store { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %165, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.$0.9
	%169 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.$0.9
	store { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %169, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %5
	%170 = call double @pynjit_sum_f({ i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %5, i64 0)
	store double %170, double* %v.acc
	%171 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.flat
	%172 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %171, 4, 0
	%173 = mul i64 1, %172
	%174 = load double, double* %v.acc
	%175 = icmp eq i64 %173, 0
	%176 = or i1 false, %175
	%177 = icmp slt i64 %173, 0
	%178 = call i1 @llvm.expect.i1(i1 %177, i1 false)
	br i1 %178, label %raise.13, label %ok.14

raise.13:
	call void @pynjit_err_set(i8* getelementptr ([11 x i8], [11 x i8]* @.str.0, i64 0, i64 0), i8* getelementptr ([36 x i8], [36 x i8]* @.str.1, i64 0, i64 0))
	br label %cleanup.3

ok.14:
	%179 = select i1 %175, i64 1, i64 %173
	%180 = call { i64, i1 } @llvm.smul.with.overflow.i64(i64 8, i64 %179)
	%181 = extractvalue { i64, i1 } %180, 1
	%182 = call i1 @llvm.expect.i1(i1 %181, i1 false)
	br i1 %182, label %raise.15, label %ok.16

raise.15:
	call void @pynjit_err_set(i8* getelementptr ([11 x i8], [11 x i8]* @.str.0, i64 0, i64 0), i8* getelementptr ([92 x i8], [92 x i8]* @.str.2, i64 0, i64 0))
	br label %cleanup.3

ok.16:
	%183 = extractvalue { i64, i1 } %180, 0
	%184 = select i1 %176, i64 0, i64 %183
	%185 = call i32 @pynjit_nrt_alloc(i64 %184, i8** %6, i8** %7)
	%186 = icmp ne i32 %185, 0
	%187 = call i1 @llvm.expect.i1(i1 %186, i1 false)
	br i1 %187, label %exc.17, label %ok.18

exc.17:
	br label %cleanup.3

ok.18:
	%188 = load i8*, i8** %6
	%189 = insertvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } zeroinitializer, i8* %188, 0
	%190 = load i8*, i8** %7
	%191 = insertvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %189, i8* %190, 1
	%192 = insertvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %191, i64 1, 2
	%193 = insertvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %192, i64 8, 3
	%194 = insertvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %193, i64 1, 4, 3
	%195 = insertvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %194, i64 1, 4, 2
	%196 = insertvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %195, i64 1, 4, 1
	%197 = insertvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %196, i64 %173, 4, 0
	%198 = insertvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %197, i64 8, 5, 0
	%199 = mul i64 8, %173
	store i64 0, i64* %8
	br label %each.19

each.19:
	%200 = load i64, i64* %8
	%201 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %198, 4, 0
	%202 = icmp slt i64 %200, %201
	br i1 %202, label %elem.20, label %done.21

elem.20:
	%203 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %198, 5, 0
	%204 = mul i64 %200, %203
	%205 = add i64 0, %204
	%206 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %198, 1
	%207 = getelementptr i8, i8* %206, i64 %205
	%208 = bitcast i8* %207 to double*
	store double %174, double* %208
	%209 = add i64 %200, 1
	store i64 %209, i64* %8
	br label %each.19

done.21:
	%210 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.$0.16
	%211 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %210, 0
	call void @pynjit_nrt_decref(i8* %211)
	store { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %198, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.$0.16
	%212 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.$0.16
	%213 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %212, 0
	call void @pynjit_nrt_incref(i8* %213)
	%214 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.out
	%215 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %214, 0
	call void @pynjit_nrt_decref(i8* %215)
	store { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %212, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.out
	%216 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.flat
	%217 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %216, 4, 0
	%218 = mul i64 1, %217
	%219 = insertvalue { i64, i64, i64 } undef, i64 0, 0
	%220 = insertvalue { i64, i64, i64 } %219, i64 %218, 1
	%221 = insertvalue { i64, i64, i64 } %220, i64 1, 2
	store { i64, i64, i64 } %221, { i64, i64, i64 }* %9
	br label %b1

exit.22:
	%222 = phi { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } [ %58, %b4 ], [ zeroinitializer, %cleanup.3 ]
	%223 = phi i32 [ 0, %b4 ], [ 1, %cleanup.3 ]
	%224 = insertvalue { { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, i32 } undef, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %222, 0
	%225 = insertvalue { { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, i32 } %224, i32 %223, 1
	ret { { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, i32 } %225
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
