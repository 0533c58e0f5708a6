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
	%9 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.a
	%10 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %9, 0
	call void @pynjit_nrt_decref(i8* %10)
	%11 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.$0.4
	%12 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %11, 0
	call void @pynjit_nrt_decref(i8* %12)
	%13 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.$0.5
	%14 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %13, 0
	call void @pynjit_nrt_decref(i8* %14)
	br label %exit.3

ok.2:
	%15 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.$0.4
	%16 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %15, 0
	call void @pynjit_nrt_decref(i8* %16)
	store { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %5, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.$0.4
	%17 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.$0.4
	%18 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %17, 0
	call void @pynjit_nrt_incref(i8* %18)
	%19 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.$0.5
	%20 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %19, 0
	call void @pynjit_nrt_decref(i8* %20)
	store { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %17, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.$0.5
	%21 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.$0.5
	%22 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %21, 0
	call void @pynjit_nrt_incref(i8* %22)
	%23 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.a
	%24 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %23, 0
	call void @pynjit_nrt_decref(i8* %24)
	%25 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.$0.4
	%26 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %25, 0
	call void @pynjit_nrt_decref(i8* %26)
	%27 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.$0.5
	%28 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %27, 0
	call void @pynjit_nrt_decref(i8* %28)
	br label %exit.3

exit.3:
	%29 = phi { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } [ zeroinitializer, %exc.1 ], [ %21, %ok.2 ]
	%30 = phi i32 [ 1, %exc.1 ], [ 0, %ok.2 ]
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
	%63 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.a
	%64 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %63, 0
	call void @pynjit_nrt_decref(i8* %64)
	%65 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.flat
	%66 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %65, 0
	call void @pynjit_nrt_decref(i8* %66)
	%67 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.out
	%68 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %67, 0
	call void @pynjit_nrt_decref(i8* %68)
	%69 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.$0.3
	%70 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %69, 0
	call void @pynjit_nrt_decref(i8* %70)
	%71 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.$0.9
	%72 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %71, 0
	call void @pynjit_nrt_decref(i8* %72)
	%73 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.$0.16
	%74 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %73, 0
	call void @pynjit_nrt_decref(i8* %74)
	%75 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.$4.2
	%76 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %75, 0
	call void @pynjit_nrt_decref(i8* %76)
	br label %exit.3

raise.1:
	call void @pynjit_err_set(i8* getelementptr ([11 x i8], [11 x i8]* @.str.0, i64 0, i64 0), i8* getelementptr ([36 x i8], [36 x i8]* @.str.1, i64 0, i64 0))
	%77 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.a
	%78 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %77, 0
	call void @pynjit_nrt_decref(i8* %78)
	%79 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.flat
	%80 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %79, 0
	call void @pynjit_nrt_decref(i8* %80)
	%81 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.out
	%82 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %81, 0
	call void @pynjit_nrt_decref(i8* %82)
	%83 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.$0.3
	%84 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %83, 0
	call void @pynjit_nrt_decref(i8* %84)
	%85 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.$0.9
	%86 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %85, 0
	call void @pynjit_nrt_decref(i8* %86)
	%87 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.$0.16
	%88 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %87, 0
	call void @pynjit_nrt_decref(i8* %88)
	%89 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.$4.2
	%90 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %89, 0
	call void @pynjit_nrt_decref(i8* %90)
	br label %exit.3

ok.2:
	%91 = select i1 %16, i64 1, i64 %15
	%92 = call { i64, i1 } @llvm.smul.with.overflow.i64(i64 8, i64 %91)
	%93 = extractvalue { i64, i1 } %92, 1
	%94 = call i1 @llvm.expect.i1(i1 %93, i1 false)
	br i1 %94, label %raise.4, label %ok.5

exit.3:
	%95 = phi { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } [ zeroinitializer, %raise.1 ], [ zeroinitializer, %raise.4 ], [ zeroinitializer, %exc.6 ], [ zeroinitializer, %exc.11 ], [ zeroinitializer, %raise.13 ], [ zeroinitializer, %raise.15 ], [ zeroinitializer, %exc.17 ], [ %61, %b4 ]
	%96 = phi i32 [ 1, %raise.1 ], [ 1, %raise.4 ], [ 1, %exc.6 ], [ 1, %exc.11 ], [ 1, %raise.13 ], [ 1, %raise.15 ], [ 1, %exc.17 ], [ 0, %b4 ]
	%97 = insertvalue { { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, i32 } undef, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %95, 0
	%98 = insertvalue { { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, i32 } %97, i32 %96, 1
	ret { { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, i32 } %98

raise.4:
	call void @pynjit_err_set(i8* getelementptr ([11 x i8], [11 x i8]* @.str.0, i64 0, i64 0), i8* getelementptr ([92 x i8], [92 x i8]* @.str.2, i64 0, i64 0))
	%99 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.a
	%100 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %99, 0
	call void @pynjit_nrt_decref(i8* %100)
	%101 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.flat
	%102 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %101, 0
	call void @pynjit_nrt_decref(i8* %102)
	%103 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.out
	%104 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %103, 0
	call void @pynjit_nrt_decref(i8* %104)
	%105 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.$0.3
	%106 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %105, 0
	call void @pynjit_nrt_decref(i8* %106)
	%107 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.$0.9
	%108 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %107, 0
	call void @pynjit_nrt_decref(i8* %108)
	%109 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.$0.16
	%110 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %109, 0
	call void @pynjit_nrt_decref(i8* %110)
	%111 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.$4.2
	%112 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %111, 0
	call void @pynjit_nrt_decref(i8* %112)
	br label %exit.3

ok.5:
	%113 = extractvalue { i64, i1 } %92, 0
	%114 = select i1 %17, i64 0, i64 %113
	%115 = call i32 @pynjit_nrt_alloc(i64 %114, i8** %0, i8** %1)
	%116 = icmp ne i32 %115, 0
	%117 = call i1 @llvm.expect.i1(i1 %116, i1 false)
	br i1 %117, label %exc.6, label %ok.7

exc.6:
	%118 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.a
	%119 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %118, 0
	call void @pynjit_nrt_decref(i8* %119)
	%120 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.flat
	%121 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %120, 0
	call void @pynjit_nrt_decref(i8* %121)
	%122 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.out
	%123 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %122, 0
	call void @pynjit_nrt_decref(i8* %123)
	%124 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.$0.3
	%125 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %124, 0
	call void @pynjit_nrt_decref(i8* %125)
	%126 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.$0.9
	%127 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %126, 0
	call void @pynjit_nrt_decref(i8* %127)
	%128 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.$0.16
	%129 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %128, 0
	call void @pynjit_nrt_decref(i8* %129)
	%130 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.$4.2
	%131 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %130, 0
	call void @pynjit_nrt_decref(i8* %131)
	br label %exit.3

ok.7:
	%132 = load i8*, i8** %0
	%133 = insertvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } zeroinitializer, i8* %132, 0
	%134 = load i8*, i8** %1
	%135 = insertvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %133, i8* %134, 1
	%136 = insertvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %135, i64 1, 2
	%137 = insertvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %136, i64 8, 3
	%138 = insertvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %137, i64 1, 4, 3
	%139 = insertvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %138, i64 1, 4, 2
	%140 = insertvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %139, i64 1, 4, 1
	%141 = insertvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %140, i64 %15, 4, 0
	%142 = insertvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %141, i64 8, 5, 0
	%143 = mul i64 8, %15
	store i64 0, i64* %2
	store i64 0, i64* %3
	br label %each.8

each.8:
	%144 = load i64, i64* %3
	%145 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %13, 4, 0
	%146 = icmp slt i64 %144, %145
	br i1 %146, label %elem.9, label %done.10

elem.9:
	%147 = load i64, i64* %2
	%148 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %13, 5, 0
	%149 = mul i64 %144, %148
	%150 = add i64 0, %149
	%151 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %13, 1
	%152 = getelementptr i8, i8* %151, i64 %150
	%153 = bitcast i8* %152 to double*
	%154 = load double, double* %153
	%155 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %142, 5, 0
	%156 = mul i64 %147, %155
	%157 = add i64 0, %156
	%158 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %142, 1
	%159 = getelementptr i8, i8* %158, i64 %157
	%160 = bitcast i8* %159 to double*
	store double %154, double* %160
	%161 = add i64 %147, 1
	store i64 %161, i64* %2
	%162 = add i64 %144, 1
	store i64 %162, i64* %3
	br label %each.8

done.10:
	%163 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.$0.3
	%164 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %163, 0
	call void @pynjit_nrt_decref(i8* %164)
	store { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %142, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.$0.3
	%165 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.$0.3
	%166 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %165, 0
	call void @pynjit_nrt_incref(i8* %166)
	%167 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.flat
	%168 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %167, 0
	call void @pynjit_nrt_decref(i8* %168)
	store { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %165, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.flat
	%169 = insertvalue { i64, i64, i64, i64 } undef, i64 0, 0
	%170 = insertvalue { i64, i64, i64, i64 } %169, i64 0, 1
	%171 = insertvalue { i64, i64, i64, i64 } %170, i64 1, 2
	%172 = insertvalue { i64, i64, i64, i64 } %171, i64 2, 3
	%173 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.flat
	%174 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %173, 4, 0
	%175 = extractvalue { i64, i64, i64, i64 } %172, 0
	%176 = extractvalue { i64, i64, i64, i64 } %172, 1
	%177 = extractvalue { i64, i64, i64, i64 } %172, 2
	%178 = extractvalue { i64, i64, i64, i64 } %172, 3
	%179 = call i32 @pynjit_slice_adjust(i64 %174, i64 %175, i64 %176, i64 %177, i64 %178, [3 x i64]* %4)
	%180 = icmp ne i32 %179, 0
	%181 = call i1 @llvm.expect.i1(i1 %180, i1 false)
	br i1 %181, label %exc.11, label %ok.12

exc.11:
	%182 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.a
	%183 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %182, 0
	call void @pynjit_nrt_decref(i8* %183)
	%184 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.flat
	%185 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %184, 0
	call void @pynjit_nrt_decref(i8* %185)
	%186 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.out
	%187 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %186, 0
	call void @pynjit_nrt_decref(i8* %187)
	%188 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.$0.3
	%189 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %188, 0
	call void @pynjit_nrt_decref(i8* %189)
	%190 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.$0.9
	%191 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %190, 0
	call void @pynjit_nrt_decref(i8* %191)
	%192 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.$0.16
	%193 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %192, 0
	call void @pynjit_nrt_decref(i8* %193)
	%194 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.$4.2
	%195 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %194, 0
	call void @pynjit_nrt_decref(i8* %195)
	br label %exit.3

ok.12:
	%196 = load [3 x i64], [3 x i64]* %4
	%197 = extractvalue [3 x i64] %196, 0
	%198 = extractvalue [3 x i64] %196, 1
	%199 = extractvalue [3 x i64] %196, 2
	%200 = mul i64 %197, 8
	%201 = add i64 0, %200
	%202 = mul i64 8, %198
	%203 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %173, 1
	%204 = getelementptr i8, i8* %203, i64 %201
	%205 = insertvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %173, i8* %204, 1
	%206 = insertvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %205, i64 1, 2
	%207 = insertvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %206, i64 %199, 4, 0
	%208 = insertvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %207, i64 %202, 5, 0
	%209 = insertvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %208, i64 1, 4, 1
	%210 = insertvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %209, i64 0, 5, 1
	%211 = insertvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %210, i64 1, 4, 2
	%212 = insertvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %211, i64 0, 5, 2
	%213 = insertvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %212, i64 1, 4, 3
	%214 = insertvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %213, i64 0, 5, 3
	%215 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %214, 0
	call void @pynjit_nrt_incref(i8* %215)
	%216 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.$0.9
	%217 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %216, 0
	call void @pynjit_nrt_decref(i8* %217)
	store { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %214, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.$0.9
	%218 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.$0.9
	store { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %218, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %5
	%219 = call double @pynjit_sum_f({ i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %5, i64 0)
	store double %219, double* %v.acc
	%220 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.flat
	%221 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %220, 4, 0
	%222 = mul i64 1, %221
	%223 = load double, double* %v.acc
	%224 = icmp eq i64 %222, 0
	%225 = or i1 false, %224
	%226 = icmp slt i64 %222, 0
	%227 = call i1 @llvm.expect.i1(i1 %226, i1 false)
	br i1 %227, label %raise.13, label %ok.14

raise.13:
	call void @pynjit_err_set(i8* getelementptr ([11 x i8], [11 x i8]* @.str.0, i64 0, i64 0), i8* getelementptr ([36 x i8], [36 x i8]* @.str.1, i64 0, i64 0))
	%228 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.a
	%229 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %228, 0
	call void @pynjit_nrt_decref(i8* %229)
	%230 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.flat
	%231 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %230, 0
	call void @pynjit_nrt_decref(i8* %231)
	%232 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.out
	%233 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %232, 0
	call void @pynjit_nrt_decref(i8* %233)
	%234 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.$0.3
	%235 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %234, 0
	call void @pynjit_nrt_decref(i8* %235)
	%236 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.$0.9
	%237 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %236, 0
	call void @pynjit_nrt_decref(i8* %237)
	%238 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.$0.16
	%239 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %238, 0
	call void @pynjit_nrt_decref(i8* %239)
	%240 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.$4.2
	%241 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %240, 0
	call void @pynjit_nrt_decref(i8* %241)
	br label %exit.3

ok.14:
	%242 = select i1 %224, i64 1, i64 %222
	%243 = call { i64, i1 } @llvm.smul.with.overflow.i64(i64 8, i64 %242)
	%244 = extractvalue { i64, i1 } %243, 1
	%245 = call i1 @llvm.expect.i1(i1 %244, i1 false)
	br i1 %245, label %raise.15, label %ok.16

raise.15:
	call void @pynjit_err_set(i8* getelementptr ([11 x i8], [11 x i8]* @.str.0, i64 0, i64 0), i8* getelementptr ([92 x i8], [92 x i8]* @.str.2, i64 0, i64 0))
	%246 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.a
	%247 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %246, 0
	call void @pynjit_nrt_decref(i8* %247)
	%248 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.flat
	%249 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %248, 0
	call void @pynjit_nrt_decref(i8* %249)
	%250 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.out
	%251 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %250, 0
	call void @pynjit_nrt_decref(i8* %251)
	%252 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.$0.3
	%253 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %252, 0
	call void @pynjit_nrt_decref(i8* %253)
	%254 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.$0.9
	%255 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %254, 0
	call void @pynjit_nrt_decref(i8* %255)
	%256 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.$0.16
	%257 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %256, 0
	call void @pynjit_nrt_decref(i8* %257)
	%258 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.$4.2
	%259 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %258, 0
	call void @pynjit_nrt_decref(i8* %259)
	br label %exit.3

ok.16:
	%260 = extractvalue { i64, i1 } %243, 0
	%261 = select i1 %225, i64 0, i64 %260
	%262 = call i32 @pynjit_nrt_alloc(i64 %261, i8** %6, i8** %7)
	%263 = icmp ne i32 %262, 0
	%264 = call i1 @llvm.expect.i1(i1 %263, i1 false)
	br i1 %264, label %exc.17, label %ok.18

exc.17:
	%265 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.a
	%266 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %265, 0
	call void @pynjit_nrt_decref(i8* %266)
	%267 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.flat
	%268 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %267, 0
	call void @pynjit_nrt_decref(i8* %268)
	%269 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.out
	%270 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %269, 0
	call void @pynjit_nrt_decref(i8* %270)
	%271 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.$0.3
	%272 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %271, 0
	call void @pynjit_nrt_decref(i8* %272)
	%273 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.$0.9
	%274 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %273, 0
	call void @pynjit_nrt_decref(i8* %274)
	%275 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.$0.16
	%276 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %275, 0
	call void @pynjit_nrt_decref(i8* %276)
	%277 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.$4.2
	%278 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %277, 0
	call void @pynjit_nrt_decref(i8* %278)
	br label %exit.3

ok.18:
	%279 = load i8*, i8** %6
	%280 = insertvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } zeroinitializer, i8* %279, 0
	%281 = load i8*, i8** %7
	%282 = insertvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %280, i8* %281, 1
	%283 = insertvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %282, i64 1, 2
	%284 = insertvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %283, i64 8, 3
	%285 = insertvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %284, i64 1, 4, 3
	%286 = insertvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %285, i64 1, 4, 2
	%287 = insertvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %286, i64 1, 4, 1
	%288 = insertvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %287, i64 %222, 4, 0
	%289 = insertvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %288, i64 8, 5, 0
	%290 = mul i64 8, %222
	store i64 0, i64* %8
	br label %each.19

each.19:
	%291 = load i64, i64* %8
	%292 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %289, 4, 0
	%293 = icmp slt i64 %291, %292
	br i1 %293, label %elem.20, label %done.21

elem.20:
	%294 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %289, 5, 0
	%295 = mul i64 %291, %294
	%296 = add i64 0, %295
	%297 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %289, 1
	%298 = getelementptr i8, i8* %297, i64 %296
	%299 = bitcast i8* %298 to double*
	store double %223, double* %299
	%300 = add i64 %291, 1
	store i64 %300, i64* %8
	br label %each.19

done.21:
	%301 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.$0.16
	%302 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %301, 0
	call void @pynjit_nrt_decref(i8* %302)
	store { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %289, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.$0.16
	%303 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.$0.16
	%304 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %303, 0
	call void @pynjit_nrt_incref(i8* %304)
	%305 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.out
	%306 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %305, 0
	call void @pynjit_nrt_decref(i8* %306)
	store { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %303, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.out
	%307 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.flat
	%308 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %307, 4, 0
	%309 = mul i64 1, %308
	%310 = insertvalue { i64, i64, i64 } undef, i64 0, 0
	%311 = insertvalue { i64, i64, i64 } %310, i64 %309, 1
	%312 = insertvalue { i64, i64, i64 } %311, i64 1, 2
	store { i64, i64, i64 } %312, { i64, i64, i64 }* %9
	store { i64, i64, i64 }* %9, { i64, i64, i64 }** %v.$0.21
	br label %b1
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
