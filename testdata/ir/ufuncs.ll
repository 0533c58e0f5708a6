@.str.0 = private constant [11 x i8] c"ValueError\00"
@.str.1 = private constant [36 x i8] c"negative dimensions are not allowed\00"
@.str.2 = private constant [92 x i8] c"array is too big; `arr.size * arr.dtype.itemsize` is larger than the maximum possible size.\00"

define internal { { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, i32 } @pynjit.scaled__arrayfloat64_2d_A__arrayfloat64_1d_A.0({ i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %arg.a, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %arg.b) {
entry:
	%v.a = alloca { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }
	store { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } zeroinitializer, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.a
	%v.b = alloca { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }
	store { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } zeroinitializer, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.b
	%v.$0.5 = alloca { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }
	store { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } zeroinitializer, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.$0.5
	%v.$0.7 = alloca { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }
	store { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } zeroinitializer, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.$0.7
	%v.$0.8 = alloca { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }
	store { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } zeroinitializer, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.$0.8
	%v.$0.9 = alloca { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }
	store { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } zeroinitializer, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.$0.9
	%0 = alloca { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }
	%1 = alloca { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }
	%2 = alloca { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }
	%3 = alloca { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }
	%4 = alloca i8*
	%5 = alloca i8*
	%6 = alloca i64
	%7 = alloca i64
	%8 = alloca { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }
	%9 = alloca i8*
	%10 = alloca i8*
	%11 = alloca i64
	%12 = alloca i64
	%13 = alloca { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }
	%14 = alloca i8*
	%15 = alloca i8*
	%16 = alloca i64
	%17 = alloca i64
	br label %b0

b0:
	%18 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %arg.a, 0
	call void @pynjit_nrt_incref(i8* %18)
	%19 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.a
	%20 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %19, 0
	call void @pynjit_nrt_decref(i8* %20)
	store { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %arg.a, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.a
	%21 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %arg.b, 0
	call void @pynjit_nrt_incref(i8* %21)
	%22 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.b
	%23 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %22, 0
	call void @pynjit_nrt_decref(i8* %23)
	store { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %arg.b, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.b
	%24 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.a
	%25 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.b
	store { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %24, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %0
	%26 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %24, 2
	%27 = sub i64 2, %26
	%28 = sub i64 0, %27
	%29 = icmp sge i64 %28, 0
	%30 = select i1 %29, i64 %28, i64 0
	%31 = getelementptr { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %0, i32 0, i32 4, i64 %30
	%32 = load i64, i64* %31
	%33 = select i1 %29, i64 %32, i64 1
	%34 = icmp ne i64 %33, 1
	%35 = and i1 %29, %34
	%36 = getelementptr { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %0, i32 0, i32 5, i64 %30
	%37 = load i64, i64* %36
	%38 = select i1 %35, i64 %37, i64 0
	%39 = sub i64 1, %27
	%40 = icmp sge i64 %39, 0
	%41 = select i1 %40, i64 %39, i64 0
	%42 = getelementptr { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %0, i32 0, i32 4, i64 %41
	%43 = load i64, i64* %42
	%44 = select i1 %40, i64 %43, i64 1
	%45 = icmp ne i64 %44, 1
	%46 = and i1 %40, %45
	%47 = getelementptr { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %0, i32 0, i32 5, i64 %41
	%48 = load i64, i64* %47
	%49 = select i1 %46, i64 %48, i64 0
	store { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %25, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %1
	%50 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %25, 2
	%51 = sub i64 2, %50
	%52 = sub i64 0, %51
	%53 = icmp sge i64 %52, 0
	%54 = select i1 %53, i64 %52, i64 0
	%55 = getelementptr { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %1, i32 0, i32 4, i64 %54
	%56 = load i64, i64* %55
	%57 = select i1 %53, i64 %56, i64 1
	%58 = icmp ne i64 %57, 1
	%59 = and i1 %53, %58
	%60 = getelementptr { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %1, i32 0, i32 5, i64 %54
	%61 = load i64, i64* %60
	%62 = select i1 %59, i64 %61, i64 0
	%63 = sub i64 1, %51
	%64 = icmp sge i64 %63, 0
	%65 = select i1 %64, i64 %63, i64 0
	%66 = getelementptr { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %1, i32 0, i32 4, i64 %65
	%67 = load i64, i64* %66
	%68 = select i1 %64, i64 %67, i64 1
	%69 = icmp ne i64 %68, 1
	%70 = and i1 %64, %69
	%71 = getelementptr { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %1, i32 0, i32 5, i64 %65
	%72 = load i64, i64* %71
	%73 = select i1 %70, i64 %72, i64 0
	%74 = icmp eq i64 1, 1
	%75 = select i1 %74, i64 %33, i64 1
	%76 = icmp eq i64 1, 1
	%77 = select i1 %76, i64 %44, i64 1
	%78 = icmp eq i64 %75, 1
	%79 = select i1 %78, i64 %57, i64 %75
	%80 = icmp eq i64 %77, 1
	%81 = select i1 %80, i64 %68, i64 %77
	%82 = icmp ne i64 %33, 1
	%83 = icmp ne i64 %33, %79
	%84 = and i1 %82, %83
	%85 = or i1 false, %84
	%86 = icmp ne i64 %44, 1
	%87 = icmp ne i64 %44, %81
	%88 = and i1 %86, %87
	%89 = or i1 %85, %88
	%90 = icmp ne i64 %57, 1
	%91 = icmp ne i64 %57, %79
	%92 = and i1 %90, %91
	%93 = or i1 %89, %92
	%94 = icmp ne i64 %68, 1
	%95 = icmp ne i64 %68, %81
	%96 = and i1 %94, %95
	%97 = or i1 %93, %96
	br i1 %97, label %bcast.1, label %ok.2

bcast.1:
	store { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %24, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %2
	store { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %25, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %3
	%98 = call i32 @pynjit_broadcast_error(i64 2, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %2, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %3, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* null)
	%99 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.a
	%100 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %99, 0
	call void @pynjit_nrt_decref(i8* %100)
	%101 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.b
	%102 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %101, 0
	call void @pynjit_nrt_decref(i8* %102)
	%103 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.$0.5
	%104 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %103, 0
	call void @pynjit_nrt_decref(i8* %104)
	%105 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.$0.7
	%106 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %105, 0
	call void @pynjit_nrt_decref(i8* %106)
	%107 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.$0.8
	%108 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %107, 0
	call void @pynjit_nrt_decref(i8* %108)
	%109 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.$0.9
	%110 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %109, 0
	call void @pynjit_nrt_decref(i8* %110)
	br label %exit.3

ok.2:
	%111 = insertvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %24, i64 2, 2
	%112 = insertvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %111, i64 %79, 4, 0
	%113 = insertvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %112, i64 %38, 5, 0
	%114 = insertvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %113, i64 %81, 4, 1
	%115 = insertvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %114, i64 %49, 5, 1
	%116 = insertvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %25, i64 2, 2
	%117 = insertvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %116, i64 %79, 4, 0
	%118 = insertvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %117, i64 %62, 5, 0
	%119 = insertvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %118, i64 %81, 4, 1
	%120 = insertvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %119, i64 %73, 5, 1
	%121 = icmp eq i64 %79, 0
	%122 = or i1 false, %121
	%123 = icmp slt i64 %79, 0
	%124 = call i1 @llvm.expect.i1(i1 %123, i1 false)
	br i1 %124, label %raise.4, label %ok.5

exit.3:
	%125 = phi { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } [ zeroinitializer, %bcast.1 ], [ zeroinitializer, %raise.4 ], [ zeroinitializer, %raise.6 ], [ zeroinitializer, %raise.8 ], [ zeroinitializer, %raise.10 ], [ zeroinitializer, %exc.12 ], [ zeroinitializer, %raise.20 ], [ zeroinitializer, %raise.22 ], [ zeroinitializer, %raise.24 ], [ zeroinitializer, %raise.26 ], [ zeroinitializer, %exc.28 ], [ zeroinitializer, %raise.36 ], [ zeroinitializer, %raise.38 ], [ zeroinitializer, %raise.40 ], [ zeroinitializer, %raise.42 ], [ zeroinitializer, %exc.44 ], [ %560, %done.48 ]
	%126 = phi i32 [ 1, %bcast.1 ], [ 1, %raise.4 ], [ 1, %raise.6 ], [ 1, %raise.8 ], [ 1, %raise.10 ], [ 1, %exc.12 ], [ 1, %raise.20 ], [ 1, %raise.22 ], [ 1, %raise.24 ], [ 1, %raise.26 ], [ 1, %exc.28 ], [ 1, %raise.36 ], [ 1, %raise.38 ], [ 1, %raise.40 ], [ 1, %raise.42 ], [ 1, %exc.44 ], [ 0, %done.48 ]
	%127 = insertvalue { { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, i32 } undef, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %125, 0
	%128 = insertvalue { { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, i32 } %127, i32 %126, 1
	ret { { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, i32 } %128

raise.4:
	call void @pynjit_err_set(i8* getelementptr ([11 x i8], [11 x i8]* @.str.0, i64 0, i64 0), i8* getelementptr ([36 x i8], [36 x i8]* @.str.1, i64 0, i64 0))
	%129 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.a
	%130 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %129, 0
	call void @pynjit_nrt_decref(i8* %130)
	%131 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.b
	%132 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %131, 0
	call void @pynjit_nrt_decref(i8* %132)
	%133 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.$0.5
	%134 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %133, 0
	call void @pynjit_nrt_decref(i8* %134)
	%135 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.$0.7
	%136 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %135, 0
	call void @pynjit_nrt_decref(i8* %136)
	%137 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.$0.8
	%138 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %137, 0
	call void @pynjit_nrt_decref(i8* %138)
	%139 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.$0.9
	%140 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %139, 0
	call void @pynjit_nrt_decref(i8* %140)
	br label %exit.3

ok.5:
	%141 = select i1 %121, i64 1, i64 %79
	%142 = call { i64, i1 } @llvm.smul.with.overflow.i64(i64 8, i64 %141)
	%143 = extractvalue { i64, i1 } %142, 1
	%144 = call i1 @llvm.expect.i1(i1 %143, i1 false)
	br i1 %144, label %raise.6, label %ok.7

raise.6:
	call void @pynjit_err_set(i8* getelementptr ([11 x i8], [11 x i8]* @.str.0, i64 0, i64 0), i8* getelementptr ([92 x i8], [92 x i8]* @.str.2, i64 0, i64 0))
	%145 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.a
	%146 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %145, 0
	call void @pynjit_nrt_decref(i8* %146)
	%147 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.b
	%148 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %147, 0
	call void @pynjit_nrt_decref(i8* %148)
	%149 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.$0.5
	%150 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %149, 0
	call void @pynjit_nrt_decref(i8* %150)
	%151 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.$0.7
	%152 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %151, 0
	call void @pynjit_nrt_decref(i8* %152)
	%153 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.$0.8
	%154 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %153, 0
	call void @pynjit_nrt_decref(i8* %154)
	%155 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.$0.9
	%156 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %155, 0
	call void @pynjit_nrt_decref(i8* %156)
	br label %exit.3

ok.7:
	%157 = extractvalue { i64, i1 } %142, 0
	%158 = icmp eq i64 %81, 0
	%159 = or i1 %122, %158
	%160 = icmp slt i64 %81, 0
	%161 = call i1 @llvm.expect.i1(i1 %160, i1 false)
	br i1 %161, label %raise.8, label %ok.9

raise.8:
	call void @pynjit_err_set(i8* getelementptr ([11 x i8], [11 x i8]* @.str.0, i64 0, i64 0), i8* getelementptr ([36 x i8], [36 x i8]* @.str.1, i64 0, i64 0))
	%162 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.a
	%163 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %162, 0
	call void @pynjit_nrt_decref(i8* %163)
	%164 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.b
	%165 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %164, 0
	call void @pynjit_nrt_decref(i8* %165)
	%166 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.$0.5
	%167 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %166, 0
	call void @pynjit_nrt_decref(i8* %167)
	%168 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.$0.7
	%169 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %168, 0
	call void @pynjit_nrt_decref(i8* %169)
	%170 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.$0.8
	%171 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %170, 0
	call void @pynjit_nrt_decref(i8* %171)
	%172 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.$0.9
	%173 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %172, 0
	call void @pynjit_nrt_decref(i8* %173)
	br label %exit.3

ok.9:
	%174 = select i1 %158, i64 1, i64 %81
	%175 = call { i64, i1 } @llvm.smul.with.overflow.i64(i64 %157, i64 %174)
	%176 = extractvalue { i64, i1 } %175, 1
	%177 = call i1 @llvm.expect.i1(i1 %176, i1 false)
	br i1 %177, label %raise.10, label %ok.11

raise.10:
	call void @pynjit_err_set(i8* getelementptr ([11 x i8], [11 x i8]* @.str.0, i64 0, i64 0), i8* getelementptr ([92 x i8], [92 x i8]* @.str.2, i64 0, i64 0))
	%178 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.a
	%179 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %178, 0
	call void @pynjit_nrt_decref(i8* %179)
	%180 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.b
	%181 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %180, 0
	call void @pynjit_nrt_decref(i8* %181)
	%182 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.$0.5
	%183 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %182, 0
	call void @pynjit_nrt_decref(i8* %183)
	%184 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.$0.7
	%185 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %184, 0
	call void @pynjit_nrt_decref(i8* %185)
	%186 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.$0.8
	%187 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %186, 0
	call void @pynjit_nrt_decref(i8* %187)
	%188 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.$0.9
	%189 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %188, 0
	call void @pynjit_nrt_decref(i8* %189)
	br label %exit.3

ok.11:
	%190 = extractvalue { i64, i1 } %175, 0
	%191 = select i1 %159, i64 0, i64 %190
	%192 = call i32 @pynjit_nrt_alloc(i64 %191, i8** %4, i8** %5)
	%193 = icmp ne i32 %192, 0
	%194 = call i1 @llvm.expect.i1(i1 %193, i1 false)
	br i1 %194, label %exc.12, label %ok.13

exc.12:
	%195 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.a
	%196 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %195, 0
	call void @pynjit_nrt_decref(i8* %196)
	%197 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.b
	%198 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %197, 0
	call void @pynjit_nrt_decref(i8* %198)
	%199 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.$0.5
	%200 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %199, 0
	call void @pynjit_nrt_decref(i8* %200)
	%201 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.$0.7
	%202 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %201, 0
	call void @pynjit_nrt_decref(i8* %202)
	%203 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.$0.8
	%204 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %203, 0
	call void @pynjit_nrt_decref(i8* %204)
	%205 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.$0.9
	%206 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %205, 0
	call void @pynjit_nrt_decref(i8* %206)
	br label %exit.3

ok.13:
	%207 = load i8*, i8** %4
	%208 = insertvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } zeroinitializer, i8* %207, 0
	%209 = load i8*, i8** %5
	%210 = insertvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %208, i8* %209, 1
	%211 = insertvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %210, i64 2, 2
	%212 = insertvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %211, i64 8, 3
	%213 = insertvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %212, i64 1, 4, 3
	%214 = insertvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %213, i64 1, 4, 2
	%215 = insertvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %214, i64 %81, 4, 1
	%216 = insertvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %215, i64 8, 5, 1
	%217 = mul i64 8, %81
	%218 = insertvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %216, i64 %79, 4, 0
	%219 = insertvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %218, i64 %217, 5, 0
	%220 = mul i64 %217, %79
	store i64 0, i64* %6
	br label %each.14

each.14:
	%221 = load i64, i64* %6
	%222 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %219, 4, 0
	%223 = icmp slt i64 %221, %222
	br i1 %223, label %elem.15, label %done.16

elem.15:
	store i64 0, i64* %7
	br label %each.17

done.16:
	%224 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.$0.5
	%225 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %224, 0
	call void @pynjit_nrt_decref(i8* %225)
	store { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %219, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.$0.5
	%226 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.$0.5
	store { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %226, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %8
	%227 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %226, 2
	%228 = sub i64 2, %227
	%229 = sub i64 0, %228
	%230 = icmp sge i64 %229, 0
	%231 = select i1 %230, i64 %229, i64 0
	%232 = getelementptr { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %8, i32 0, i32 4, i64 %231
	%233 = load i64, i64* %232
	%234 = select i1 %230, i64 %233, i64 1
	%235 = icmp ne i64 %234, 1
	%236 = and i1 %230, %235
	%237 = getelementptr { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %8, i32 0, i32 5, i64 %231
	%238 = load i64, i64* %237
	%239 = select i1 %236, i64 %238, i64 0
	%240 = sub i64 1, %228
	%241 = icmp sge i64 %240, 0
	%242 = select i1 %241, i64 %240, i64 0
	%243 = getelementptr { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %8, i32 0, i32 4, i64 %242
	%244 = load i64, i64* %243
	%245 = select i1 %241, i64 %244, i64 1
	%246 = icmp ne i64 %245, 1
	%247 = and i1 %241, %246
	%248 = getelementptr { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %8, i32 0, i32 5, i64 %242
	%249 = load i64, i64* %248
	%250 = select i1 %247, i64 %249, i64 0
	%251 = icmp eq i64 1, 1
	%252 = select i1 %251, i64 %234, i64 1
	%253 = icmp eq i64 1, 1
	%254 = select i1 %253, i64 %245, i64 1
	%255 = insertvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %226, i64 2, 2
	%256 = insertvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %255, i64 %252, 4, 0
	%257 = insertvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %256, i64 %239, 5, 0
	%258 = insertvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %257, i64 %254, 4, 1
	%259 = insertvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %258, i64 %250, 5, 1
	%260 = icmp eq i64 %252, 0
	%261 = or i1 false, %260
	%262 = icmp slt i64 %252, 0
	%263 = call i1 @llvm.expect.i1(i1 %262, i1 false)
	br i1 %263, label %raise.20, label %ok.21

each.17:
	%264 = load i64, i64* %7
	%265 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %219, 4, 1
	%266 = icmp slt i64 %264, %265
	br i1 %266, label %elem.18, label %done.19

elem.18:
	%267 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %115, 5, 0
	%268 = mul i64 %221, %267
	%269 = add i64 0, %268
	%270 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %115, 5, 1
	%271 = mul i64 %264, %270
	%272 = add i64 %269, %271
	%273 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %115, 1
	%274 = getelementptr i8, i8* %273, i64 %272
	%275 = bitcast i8* %274 to double*
	%276 = load double, double* %275
	%277 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %120, 5, 0
	%278 = mul i64 %221, %277
	%279 = add i64 0, %278
	%280 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %120, 5, 1
	%281 = mul i64 %264, %280
	%282 = add i64 %279, %281
	%283 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %120, 1
	%284 = getelementptr i8, i8* %283, i64 %282
	%285 = bitcast i8* %284 to double*
	%286 = load double, double* %285
	%287 = fmul double %276, %286
	%288 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %219, 5, 0
	%289 = mul i64 %221, %288
	%290 = add i64 0, %289
	%291 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %219, 5, 1
	%292 = mul i64 %264, %291
	%293 = add i64 %290, %292
	%294 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %219, 1
	%295 = getelementptr i8, i8* %294, i64 %293
	%296 = bitcast i8* %295 to double*
	store double %287, double* %296
	%297 = add i64 %264, 1
	store i64 %297, i64* %7
	br label %each.17

done.19:
	%298 = add i64 %221, 1
	store i64 %298, i64* %6
	br label %each.14

raise.20:
	call void @pynjit_err_set(i8* getelementptr ([11 x i8], [11 x i8]* @.str.0, i64 0, i64 0), i8* getelementptr ([36 x i8], [36 x i8]* @.str.1, i64 0, i64 0))
	%299 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.a
	%300 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %299, 0
	call void @pynjit_nrt_decref(i8* %300)
	%301 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.b
	%302 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %301, 0
	call void @pynjit_nrt_decref(i8* %302)
	%303 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.$0.5
	%304 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %303, 0
	call void @pynjit_nrt_decref(i8* %304)
	%305 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.$0.7
	%306 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %305, 0
	call void @pynjit_nrt_decref(i8* %306)
	%307 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.$0.8
	%308 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %307, 0
	call void @pynjit_nrt_decref(i8* %308)
	%309 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.$0.9
	%310 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %309, 0
	call void @pynjit_nrt_decref(i8* %310)
	br label %exit.3

ok.21:
	%311 = select i1 %260, i64 1, i64 %252
	%312 = call { i64, i1 } @llvm.smul.with.overflow.i64(i64 8, i64 %311)
	%313 = extractvalue { i64, i1 } %312, 1
	%314 = call i1 @llvm.expect.i1(i1 %313, i1 false)
	br i1 %314, label %raise.22, label %ok.23

raise.22:
	call void @pynjit_err_set(i8* getelementptr ([11 x i8], [11 x i8]* @.str.0, i64 0, i64 0), i8* getelementptr ([92 x i8], [92 x i8]* @.str.2, i64 0, i64 0))
	%315 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.a
	%316 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %315, 0
	call void @pynjit_nrt_decref(i8* %316)
	%317 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.b
	%318 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %317, 0
	call void @pynjit_nrt_decref(i8* %318)
	%319 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.$0.5
	%320 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %319, 0
	call void @pynjit_nrt_decref(i8* %320)
	%321 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.$0.7
	%322 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %321, 0
	call void @pynjit_nrt_decref(i8* %322)
	%323 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.$0.8
	%324 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %323, 0
	call void @pynjit_nrt_decref(i8* %324)
	%325 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.$0.9
	%326 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %325, 0
	call void @pynjit_nrt_decref(i8* %326)
	br label %exit.3

ok.23:
	%327 = extractvalue { i64, i1 } %312, 0
	%328 = icmp eq i64 %254, 0
	%329 = or i1 %261, %328
	%330 = icmp slt i64 %254, 0
	%331 = call i1 @llvm.expect.i1(i1 %330, i1 false)
	br i1 %331, label %raise.24, label %ok.25

raise.24:
	call void @pynjit_err_set(i8* getelementptr ([11 x i8], [11 x i8]* @.str.0, i64 0, i64 0), i8* getelementptr ([36 x i8], [36 x i8]* @.str.1, i64 0, i64 0))
	%332 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.a
	%333 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %332, 0
	call void @pynjit_nrt_decref(i8* %333)
	%334 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.b
	%335 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %334, 0
	call void @pynjit_nrt_decref(i8* %335)
	%336 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.$0.5
	%337 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %336, 0
	call void @pynjit_nrt_decref(i8* %337)
	%338 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.$0.7
	%339 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %338, 0
	call void @pynjit_nrt_decref(i8* %339)
	%340 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.$0.8
	%341 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %340, 0
	call void @pynjit_nrt_decref(i8* %341)
	%342 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.$0.9
	%343 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %342, 0
	call void @pynjit_nrt_decref(i8* %343)
	br label %exit.3

ok.25:
	%344 = select i1 %328, i64 1, i64 %254
	%345 = call { i64, i1 } @llvm.smul.with.overflow.i64(i64 %327, i64 %344)
	%346 = extractvalue { i64, i1 } %345, 1
	%347 = call i1 @llvm.expect.i1(i1 %346, i1 false)
	br i1 %347, label %raise.26, label %ok.27

raise.26:
	call void @pynjit_err_set(i8* getelementptr ([11 x i8], [11 x i8]* @.str.0, i64 0, i64 0), i8* getelementptr ([92 x i8], [92 x i8]* @.str.2, i64 0, i64 0))
	%348 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.a
	%349 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %348, 0
	call void @pynjit_nrt_decref(i8* %349)
	%350 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.b
	%351 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %350, 0
	call void @pynjit_nrt_decref(i8* %351)
	%352 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.$0.5
	%353 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %352, 0
	call void @pynjit_nrt_decref(i8* %353)
	%354 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.$0.7
	%355 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %354, 0
	call void @pynjit_nrt_decref(i8* %355)
	%356 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.$0.8
	%357 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %356, 0
	call void @pynjit_nrt_decref(i8* %357)
	%358 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.$0.9
	%359 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %358, 0
	call void @pynjit_nrt_decref(i8* %359)
	br label %exit.3

ok.27:
	%360 = extractvalue { i64, i1 } %345, 0
	%361 = select i1 %329, i64 0, i64 %360
	%362 = call i32 @pynjit_nrt_alloc(i64 %361, i8** %9, i8** %10)
	%363 = icmp ne i32 %362, 0
	%364 = call i1 @llvm.expect.i1(i1 %363, i1 false)
	br i1 %364, label %exc.28, label %ok.29

exc.28:
	%365 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.a
	%366 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %365, 0
	call void @pynjit_nrt_decref(i8* %366)
	%367 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.b
	%368 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %367, 0
	call void @pynjit_nrt_decref(i8* %368)
	%369 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.$0.5
	%370 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %369, 0
	call void @pynjit_nrt_decref(i8* %370)
	%371 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.$0.7
	%372 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %371, 0
	call void @pynjit_nrt_decref(i8* %372)
	%373 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.$0.8
	%374 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %373, 0
	call void @pynjit_nrt_decref(i8* %374)
	%375 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.$0.9
	%376 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %375, 0
	call void @pynjit_nrt_decref(i8* %376)
	br label %exit.3

ok.29:
	%377 = load i8*, i8** %9
	%378 = insertvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } zeroinitializer, i8* %377, 0
	%379 = load i8*, i8** %10
	%380 = insertvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %378, i8* %379, 1
	%381 = insertvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %380, i64 2, 2
	%382 = insertvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %381, i64 8, 3
	%383 = insertvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %382, i64 1, 4, 3
	%384 = insertvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %383, i64 1, 4, 2
	%385 = insertvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %384, i64 %254, 4, 1
	%386 = insertvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %385, i64 8, 5, 1
	%387 = mul i64 8, %254
	%388 = insertvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %386, i64 %252, 4, 0
	%389 = insertvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %388, i64 %387, 5, 0
	%390 = mul i64 %387, %252
	store i64 0, i64* %11
	br label %each.30

each.30:
	%391 = load i64, i64* %11
	%392 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %389, 4, 0
	%393 = icmp slt i64 %391, %392
	br i1 %393, label %elem.31, label %done.32

elem.31:
	store i64 0, i64* %12
	br label %each.33

done.32:
	%394 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.$0.7
	%395 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %394, 0
	call void @pynjit_nrt_decref(i8* %395)
	store { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %389, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.$0.7
	%396 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.$0.7
	store { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %396, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %13
	%397 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %396, 2
	%398 = sub i64 2, %397
	%399 = sub i64 0, %398
	%400 = icmp sge i64 %399, 0
	%401 = select i1 %400, i64 %399, i64 0
	%402 = getelementptr { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %13, i32 0, i32 4, i64 %401
	%403 = load i64, i64* %402
	%404 = select i1 %400, i64 %403, i64 1
	%405 = icmp ne i64 %404, 1
	%406 = and i1 %400, %405
	%407 = getelementptr { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %13, i32 0, i32 5, i64 %401
	%408 = load i64, i64* %407
	%409 = select i1 %406, i64 %408, i64 0
	%410 = sub i64 1, %398
	%411 = icmp sge i64 %410, 0
	%412 = select i1 %411, i64 %410, i64 0
	%413 = getelementptr { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %13, i32 0, i32 4, i64 %412
	%414 = load i64, i64* %413
	%415 = select i1 %411, i64 %414, i64 1
	%416 = icmp ne i64 %415, 1
	%417 = and i1 %411, %416
	%418 = getelementptr { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %13, i32 0, i32 5, i64 %412
	%419 = load i64, i64* %418
	%420 = select i1 %417, i64 %419, i64 0
	%421 = icmp eq i64 1, 1
	%422 = select i1 %421, i64 %404, i64 1
	%423 = icmp eq i64 1, 1
	%424 = select i1 %423, i64 %415, i64 1
	%425 = insertvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %396, i64 2, 2
	%426 = insertvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %425, i64 %422, 4, 0
	%427 = insertvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %426, i64 %409, 5, 0
	%428 = insertvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %427, i64 %424, 4, 1
	%429 = insertvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %428, i64 %420, 5, 1
	%430 = icmp eq i64 %422, 0
	%431 = or i1 false, %430
	%432 = icmp slt i64 %422, 0
	%433 = call i1 @llvm.expect.i1(i1 %432, i1 false)
	br i1 %433, label %raise.36, label %ok.37

each.33:
	%434 = load i64, i64* %12
	%435 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %389, 4, 1
	%436 = icmp slt i64 %434, %435
	br i1 %436, label %elem.34, label %done.35

elem.34:
	%437 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %259, 5, 0
	%438 = mul i64 %391, %437
	%439 = add i64 0, %438
	%440 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %259, 5, 1
	%441 = mul i64 %434, %440
	%442 = add i64 %439, %441
	%443 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %259, 1
	%444 = getelementptr i8, i8* %443, i64 %442
	%445 = bitcast i8* %444 to double*
	%446 = load double, double* %445
	%447 = fadd double %446, 1.0
	%448 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %389, 5, 0
	%449 = mul i64 %391, %448
	%450 = add i64 0, %449
	%451 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %389, 5, 1
	%452 = mul i64 %434, %451
	%453 = add i64 %450, %452
	%454 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %389, 1
	%455 = getelementptr i8, i8* %454, i64 %453
	%456 = bitcast i8* %455 to double*
	store double %447, double* %456
	%457 = add i64 %434, 1
	store i64 %457, i64* %12
	br label %each.33

done.35:
	%458 = add i64 %391, 1
	store i64 %458, i64* %11
	br label %each.30

raise.36:
	call void @pynjit_err_set(i8* getelementptr ([11 x i8], [11 x i8]* @.str.0, i64 0, i64 0), i8* getelementptr ([36 x i8], [36 x i8]* @.str.1, i64 0, i64 0))
	%459 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.a
	%460 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %459, 0
	call void @pynjit_nrt_decref(i8* %460)
	%461 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.b
	%462 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %461, 0
	call void @pynjit_nrt_decref(i8* %462)
	%463 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.$0.5
	%464 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %463, 0
	call void @pynjit_nrt_decref(i8* %464)
	%465 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.$0.7
	%466 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %465, 0
	call void @pynjit_nrt_decref(i8* %466)
	%467 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.$0.8
	%468 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %467, 0
	call void @pynjit_nrt_decref(i8* %468)
	%469 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.$0.9
	%470 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %469, 0
	call void @pynjit_nrt_decref(i8* %470)
	br label %exit.3

ok.37:
	%471 = select i1 %430, i64 1, i64 %422
	%472 = call { i64, i1 } @llvm.smul.with.overflow.i64(i64 8, i64 %471)
	%473 = extractvalue { i64, i1 } %472, 1
	%474 = call i1 @llvm.expect.i1(i1 %473, i1 false)
	br i1 %474, label %raise.38, label %ok.39

raise.38:
	call void @pynjit_err_set(i8* getelementptr ([11 x i8], [11 x i8]* @.str.0, i64 0, i64 0), i8* getelementptr ([92 x i8], [92 x i8]* @.str.2, i64 0, i64 0))
	%475 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.a
	%476 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %475, 0
	call void @pynjit_nrt_decref(i8* %476)
	%477 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.b
	%478 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %477, 0
	call void @pynjit_nrt_decref(i8* %478)
	%479 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.$0.5
	%480 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %479, 0
	call void @pynjit_nrt_decref(i8* %480)
	%481 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.$0.7
	%482 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %481, 0
	call void @pynjit_nrt_decref(i8* %482)
	%483 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.$0.8
	%484 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %483, 0
	call void @pynjit_nrt_decref(i8* %484)
	%485 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.$0.9
	%486 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %485, 0
	call void @pynjit_nrt_decref(i8* %486)
	br label %exit.3

ok.39:
	%487 = extractvalue { i64, i1 } %472, 0
	%488 = icmp eq i64 %424, 0
	%489 = or i1 %431, %488
	%490 = icmp slt i64 %424, 0
	%491 = call i1 @llvm.expect.i1(i1 %490, i1 false)
	br i1 %491, label %raise.40, label %ok.41

raise.40:
	call void @pynjit_err_set(i8* getelementptr ([11 x i8], [11 x i8]* @.str.0, i64 0, i64 0), i8* getelementptr ([36 x i8], [36 x i8]* @.str.1, i64 0, i64 0))
	%492 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.a
	%493 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %492, 0
	call void @pynjit_nrt_decref(i8* %493)
	%494 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.b
	%495 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %494, 0
	call void @pynjit_nrt_decref(i8* %495)
	%496 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.$0.5
	%497 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %496, 0
	call void @pynjit_nrt_decref(i8* %497)
	%498 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.$0.7
	%499 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %498, 0
	call void @pynjit_nrt_decref(i8* %499)
	%500 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.$0.8
	%501 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %500, 0
	call void @pynjit_nrt_decref(i8* %501)
	%502 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.$0.9
	%503 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %502, 0
	call void @pynjit_nrt_decref(i8* %503)
	br label %exit.3

ok.41:
	%504 = select i1 %488, i64 1, i64 %424
	%505 = call { i64, i1 } @llvm.smul.with.overflow.i64(i64 %487, i64 %504)
	%506 = extractvalue { i64, i1 } %505, 1
	%507 = call i1 @llvm.expect.i1(i1 %506, i1 false)
	br i1 %507, label %raise.42, label %ok.43

raise.42:
	call void @pynjit_err_set(i8* getelementptr ([11 x i8], [11 x i8]* @.str.0, i64 0, i64 0), i8* getelementptr ([92 x i8], [92 x i8]* @.str.2, i64 0, i64 0))
	%508 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.a
	%509 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %508, 0
	call void @pynjit_nrt_decref(i8* %509)
	%510 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.b
	%511 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %510, 0
	call void @pynjit_nrt_decref(i8* %511)
	%512 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.$0.5
	%513 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %512, 0
	call void @pynjit_nrt_decref(i8* %513)
	%514 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.$0.7
	%515 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %514, 0
	call void @pynjit_nrt_decref(i8* %515)
	%516 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.$0.8
	%517 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %516, 0
	call void @pynjit_nrt_decref(i8* %517)
	%518 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.$0.9
	%519 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %518, 0
	call void @pynjit_nrt_decref(i8* %519)
	br label %exit.3

ok.43:
	%520 = extractvalue { i64, i1 } %505, 0
	%521 = select i1 %489, i64 0, i64 %520
	%522 = call i32 @pynjit_nrt_alloc(i64 %521, i8** %14, i8** %15)
	%523 = icmp ne i32 %522, 0
	%524 = call i1 @llvm.expect.i1(i1 %523, i1 false)
	br i1 %524, label %exc.44, label %ok.45

exc.44:
	%525 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.a
	%526 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %525, 0
	call void @pynjit_nrt_decref(i8* %526)
	%527 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.b
	%528 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %527, 0
	call void @pynjit_nrt_decref(i8* %528)
	%529 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.$0.5
	%530 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %529, 0
	call void @pynjit_nrt_decref(i8* %530)
	%531 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.$0.7
	%532 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %531, 0
	call void @pynjit_nrt_decref(i8* %532)
	%533 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.$0.8
	%534 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %533, 0
	call void @pynjit_nrt_decref(i8* %534)
	%535 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.$0.9
	%536 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %535, 0
	call void @pynjit_nrt_decref(i8* %536)
	br label %exit.3

ok.45:
	%537 = load i8*, i8** %14
	%538 = insertvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } zeroinitializer, i8* %537, 0
	%539 = load i8*, i8** %15
	%540 = insertvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %538, i8* %539, 1
	%541 = insertvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %540, i64 2, 2
	%542 = insertvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %541, i64 8, 3
	%543 = insertvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %542, i64 1, 4, 3
	%544 = insertvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %543, i64 1, 4, 2
	%545 = insertvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %544, i64 %424, 4, 1
	%546 = insertvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %545, i64 8, 5, 1
	%547 = mul i64 8, %424
	%548 = insertvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %546, i64 %422, 4, 0
	%549 = insertvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %548, i64 %547, 5, 0
	%550 = mul i64 %547, %422
	store i64 0, i64* %16
	br label %each.46

each.46:
	%551 = load i64, i64* %16
	%552 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %549, 4, 0
	%553 = icmp slt i64 %551, %552
	br i1 %553, label %elem.47, label %done.48

elem.47:
	store i64 0, i64* %17
	br label %each.49

done.48:
	%554 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.$0.8
	%555 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %554, 0
	call void @pynjit_nrt_decref(i8* %555)
	store { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %549, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.$0.8
	%556 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.$0.8
	%557 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %556, 0
	call void @pynjit_nrt_incref(i8* %557)
	%558 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.$0.9
	%559 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %558, 0
	call void @pynjit_nrt_decref(i8* %559)
	store { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %556, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.$0.9
	%560 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.$0.9
	%561 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %560, 0
	call void @pynjit_nrt_incref(i8* %561)
	%562 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.a
	%563 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %562, 0
	call void @pynjit_nrt_decref(i8* %563)
	%564 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.b
	%565 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %564, 0
	call void @pynjit_nrt_decref(i8* %565)
	%566 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.$0.5
	%567 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %566, 0
	call void @pynjit_nrt_decref(i8* %567)
	%568 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.$0.7
	%569 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %568, 0
	call void @pynjit_nrt_decref(i8* %569)
	%570 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.$0.8
	%571 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %570, 0
	call void @pynjit_nrt_decref(i8* %571)
	%572 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.$0.9
	%573 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %572, 0
	call void @pynjit_nrt_decref(i8* %573)
	br label %exit.3

each.49:
	%574 = load i64, i64* %17
	%575 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %549, 4, 1
	%576 = icmp slt i64 %574, %575
	br i1 %576, label %elem.50, label %done.51

elem.50:
	%577 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %429, 5, 0
	%578 = mul i64 %551, %577
	%579 = add i64 0, %578
	%580 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %429, 5, 1
	%581 = mul i64 %574, %580
	%582 = add i64 %579, %581
	%583 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %429, 1
	%584 = getelementptr i8, i8* %583, i64 %582
	%585 = bitcast i8* %584 to double*
	%586 = load double, double* %585
	%587 = call double @sqrt(double %586)
	%588 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %549, 5, 0
	%589 = mul i64 %551, %588
	%590 = add i64 0, %589
	%591 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %549, 5, 1
	%592 = mul i64 %574, %591
	%593 = add i64 %590, %592
	%594 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %549, 1
	%595 = getelementptr i8, i8* %594, i64 %593
	%596 = bitcast i8* %595 to double*
	store double %587, double* %596
	%597 = add i64 %574, 1
	store i64 %597, i64* %17
	br label %each.49

done.51:
	%598 = add i64 %551, 1
	store i64 %598, i64* %16
	br label %each.46
}

declare void @pynjit_nrt_incref(i8* %0)

declare void @pynjit_nrt_decref(i8* %0)

declare i32 @pynjit_broadcast_error(i64 %0, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %1, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %2, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %3)

declare i32 @pynjit_nrt_alloc(i64 %0, i8** %1, i8** %2)

declare { i64, i1 } @llvm.smul.with.overflow.i64(i64 %0, i64 %1)

declare i1 @llvm.expect.i1(i1 %0, i1 %1)

declare void @pynjit_err_set(i8* %0, i8* %1)

declare double @sqrt(double %0)

define void @scaled({ i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %arg.a, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %arg.b, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %pynjit.out) {
entry:
	%0 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %arg.a
	%1 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %arg.b
	%2 = call { { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, i32 } @pynjit.scaled__arrayfloat64_2d_A__arrayfloat64_1d_A.0({ i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %0, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %1)
	%3 = extractvalue { { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, i32 } %2, 0
	%4 = extractvalue { { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, i32 } %2, 1
	%5 = icmp ne i32 %4, 0
	br i1 %5, label %error, label %ok

ok:
	store { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %3, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %pynjit.out
	ret void

error:
	ret void
}
