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
	br label %cleanup.3

ok.2:
	%99 = insertvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %24, i64 2, 2
	%100 = insertvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %99, i64 %79, 4, 0
	%101 = insertvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %100, i64 %38, 5, 0
	%102 = insertvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %101, i64 %81, 4, 1
	%103 = insertvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %102, i64 %49, 5, 1
	%104 = insertvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %25, i64 2, 2
	%105 = insertvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %104, i64 %79, 4, 0
	%106 = insertvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %105, i64 %62, 5, 0
	%107 = insertvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %106, i64 %81, 4, 1
	%108 = insertvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %107, i64 %73, 5, 1
	%109 = icmp eq i64 %79, 0
	%110 = or i1 false, %109
	%111 = icmp slt i64 %79, 0
	%112 = call i1 @llvm.expect.i1(i1 %111, i1 false)
	br i1 %112, label %raise.4, label %ok.5

cleanup.3:
	%113 = getelementptr { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.a, i32 0, i32 0
	%114 = load i8*, i8** %113
	call void @pynjit_nrt_decref(i8* %114)
	%115 = getelementptr { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.b, i32 0, i32 0
	%116 = load i8*, i8** %115
	call void @pynjit_nrt_decref(i8* %116)
	%117 = getelementptr { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.$0.5, i32 0, i32 0
	%118 = load i8*, i8** %117
	call void @pynjit_nrt_decref(i8* %118)
	%119 = getelementptr { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.$0.7, i32 0, i32 0
	%120 = load i8*, i8** %119
	call void @pynjit_nrt_decref(i8* %120)
	%121 = getelementptr { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.$0.8, i32 0, i32 0
	%122 = load i8*, i8** %121
	call void @pynjit_nrt_decref(i8* %122)
	%123 = getelementptr { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.$0.9, i32 0, i32 0
	%124 = load i8*, i8** %123
	call void @pynjit_nrt_decref(i8* %124)
	br label %exit.52

raise.4:
	call void @pynjit_err_set(i8* getelementptr ([11 x i8], [11 x i8]* @.str.0, i64 0, i64 0), i8* getelementptr ([36 x i8], [36 x i8]* @.str.1, i64 0, i64 0))
	br label %cleanup.3

ok.5:
	%125 = select i1 %109, i64 1, i64 %79
	%126 = call { i64, i1 } @llvm.smul.with.overflow.i64(i64 8, i64 %125)
	%127 = extractvalue { i64, i1 } %126, 1
	%128 = call i1 @llvm.expect.i1(i1 %127, i1 false)
	br i1 %128, label %raise.6, label %ok.7

raise.6:
	call void @pynjit_err_set(i8* getelementptr ([11 x i8], [11 x i8]* @.str.0, i64 0, i64 0), i8* getelementptr ([92 x i8], [92 x i8]* @.str.2, i64 0, i64 0))
	br label %cleanup.3

ok.7:
	%129 = extractvalue { i64, i1 } %126, 0
	%130 = icmp eq i64 %81, 0
	%131 = or i1 %110, %130
	%132 = icmp slt i64 %81, 0
	%133 = call i1 @llvm.expect.i1(i1 %132, i1 false)
	br i1 %133, label %raise.8, label %ok.9

raise.8:
	call void @pynjit_err_set(i8* getelementptr ([11 x i8], [11 x i8]* @.str.0, i64 0, i64 0), i8* getelementptr ([36 x i8], [36 x i8]* @.str.1, i64 0, i64 0))
	br label %cleanup.3

ok.9:
	%134 = select i1 %130, i64 1, i64 %81
	%135 = call { i64, i1 } @llvm.smul.with.overflow.i64(i64 %129, i64 %134)
	%136 = extractvalue { i64, i1 } %135, 1
	%137 = call i1 @llvm.expect.i1(i1 %136, i1 false)
	br i1 %137, label %raise.10, label %ok.11

raise.10:
	call void @pynjit_err_set(i8* getelementptr ([11 x i8], [11 x i8]* @.str.0, i64 0, i64 0), i8* getelementptr ([92 x i8], [92 x i8]* @.str.2, i64 0, i64 0))
	br label %cleanup.3

ok.11:
	%138 = extractvalue { i64, i1 } %135, 0
	%139 = select i1 %131, i64 0, i64 %138
	%140 = call i32 @pynjit_nrt_alloc(i64 %139, i8** %4, i8** %5)
	%141 = icmp ne i32 %140, 0
	%142 = call i1 @llvm.expect.i1(i1 %141, i1 false)
	br i1 %142, label %exc.12, label %ok.13

exc.12:
	br label %cleanup.3

ok.13:
	%143 = load i8*, i8** %4
	%144 = insertvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } zeroinitializer, i8* %143, 0
	%145 = load i8*, i8** %5
	%146 = insertvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %144, i8* %145, 1
	%147 = insertvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %146, i64 2, 2
	%148 = insertvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %147, i64 8, 3
	%149 = insertvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %148, i64 1, 4, 3
	%150 = insertvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %149, i64 1, 4, 2
	%151 = insertvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %150, i64 %81, 4, 1
	%152 = insertvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %151, i64 8, 5, 1
	%153 = mul i64 8, %81
	%154 = insertvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %152, i64 %79, 4, 0
	%155 = insertvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %154, i64 %153, 5, 0
	%156 = mul i64 %153, %79
	store i64 0, i64* %6
	br label %each.14

each.14:
	%157 = load i64, i64* %6
	%158 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %155, 4, 0
	%159 = icmp slt i64 %157, %158
	br i1 %159, label %elem.15, label %done.16

elem.15:
	store i64 0, i64* %7
	br label %each.17

done.16:
	%160 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.$0.5
	%161 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %160, 0
	call void @pynjit_nrt_decref(i8* %161)
	store { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %155, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.$0.5
	%162 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.$0.5
	store { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %162, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %8
	%163 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %162, 2
	%164 = sub i64 2, %163
	%165 = sub i64 0, %164
	%166 = icmp sge i64 %165, 0
	%167 = select i1 %166, i64 %165, i64 0
	%168 = getelementptr { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %8, i32 0, i32 4, i64 %167
	%169 = load i64, i64* %168
	%170 = select i1 %166, i64 %169, i64 1
	%171 = icmp ne i64 %170, 1
	%172 = and i1 %166, %171
	%173 = getelementptr { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %8, i32 0, i32 5, i64 %167
	%174 = load i64, i64* %173
	%175 = select i1 %172, i64 %174, i64 0
	%176 = sub i64 1, %164
	%177 = icmp sge i64 %176, 0
	%178 = select i1 %177, i64 %176, i64 0
	%179 = getelementptr { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %8, i32 0, i32 4, i64 %178
	%180 = load i64, i64* %179
	%181 = select i1 %177, i64 %180, i64 1
	%182 = icmp ne i64 %181, 1
	%183 = and i1 %177, %182
	%184 = getelementptr { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %8, i32 0, i32 5, i64 %178
	%185 = load i64, i64* %184
	%186 = select i1 %183, i64 %185, i64 0
	%187 = icmp eq i64 1, 1
	%188 = select i1 %187, i64 %170, i64 1
	%189 = icmp eq i64 1, 1
	%190 = select i1 %189, i64 %181, i64 1
	%191 = insertvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %162, i64 2, 2
	%192 = insertvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %191, i64 %188, 4, 0
	%193 = insertvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %192, i64 %175, 5, 0
	%194 = insertvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %193, i64 %190, 4, 1
	%195 = insertvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %194, i64 %186, 5, 1
	%196 = icmp eq i64 %188, 0
	%197 = or i1 false, %196
	%198 = icmp slt i64 %188, 0
	%199 = call i1 @llvm.expect.i1(i1 %198, i1 false)
	br i1 %199, label %raise.20, label %ok.21

each.17:
	%200 = load i64, i64* %7
	%201 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %155, 4, 1
	%202 = icmp slt i64 %200, %201
	br i1 %202, label %elem.18, label %done.19

elem.18:
	%203 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %103, 5, 0
	%204 = mul i64 %157, %203
	%205 = add i64 0, %204
	%206 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %103, 5, 1
	%207 = mul i64 %200, %206
	%208 = add i64 %205, %207
	%209 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %103, 1
	%210 = getelementptr i8, i8* %209, i64 %208
	%211 = bitcast i8* %210 to double*
	%212 = load double, double* %211
	%213 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %108, 5, 0
	%214 = mul i64 %157, %213
	%215 = add i64 0, %214
	%216 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %108, 5, 1
	%217 = mul i64 %200, %216
	%218 = add i64 %215, %217
	%219 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %108, 1
	%220 = getelementptr i8, i8* %219, i64 %218
	%221 = bitcast i8* %220 to double*
	%222 = load double, double* %221
	%223 = fmul double %212, %222
	%224 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %155, 5, 0
	%225 = mul i64 %157, %224
	%226 = add i64 0, %225
	%227 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %155, 5, 1
	%228 = mul i64 %200, %227
	%229 = add i64 %226, %228
	%230 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %155, 1
	%231 = getelementptr i8, i8* %230, i64 %229
	%232 = bitcast i8* %231 to double*
	store double %223, double* %232
	%233 = add i64 %200, 1
	store i64 %233, i64* %7
	br label %each.17

done.19:
	%234 = add i64 %157, 1
	store i64 %234, i64* %6
	br label %each.14

raise.20:
	call void @pynjit_err_set(i8* getelementptr ([11 x i8], [11 x i8]* @.str.0, i64 0, i64 0), i8* getelementptr ([36 x i8], [36 x i8]* @.str.1, i64 0, i64 0))
	br label %cleanup.3

ok.21:
	%235 = select i1 %196, i64 1, i64 %188
	%236 = call { i64, i1 } @llvm.smul.with.overflow.i64(i64 8, i64 %235)
	%237 = extractvalue { i64, i1 } %236, 1
	%238 = call i1 @llvm.expect.i1(i1 %237, i1 false)
	br i1 %238, label %raise.22, label %ok.23

raise.22:
	call void @pynjit_err_set(i8* getelementptr ([11 x i8], [11 x i8]* @.str.0, i64 0, i64 0), i8* getelementptr ([92 x i8], [92 x i8]* @.str.2, i64 0, i64 0))
	br label %cleanup.3

ok.23:
	%239 = extractvalue { i64, i1 } %236, 0
	%240 = icmp eq i64 %190, 0
	%241 = or i1 %197, %240
	%242 = icmp slt i64 %190, 0
	%243 = call i1 @llvm.expect.i1(i1 %242, i1 false)
	br i1 %243, label %raise.24, label %ok.25

raise.24:
	call void @pynjit_err_set(i8* getelementptr ([11 x i8], [11 x i8]* @.str.0, i64 0, i64 0), i8* getelementptr ([36 x i8], [36 x i8]* @.str.1, i64 0, i64 0))
	br label %cleanup.3

ok.25:
	%244 = select i1 %240, i64 1, i64 %190
	%245 = call { i64, i1 } @llvm.smul.with.overflow.i64(i64 %239, i64 %244)
	%246 = extractvalue { i64, i1 } %245, 1
	%247 = call i1 @llvm.expect.i1(i1 %246, i1 false)
	br i1 %247, label %raise.26, label %ok.27

raise.26:
	call void @pynjit_err_set(i8* getelementptr ([11 x i8], [11 x i8]* @.str.0, i64 0, i64 0), i8* getelementptr ([92 x i8], [92 x i8]* @.str.2, i64 0, i64 0))
	br label %cleanup.3

ok.27:
	%248 = extractvalue { i64, i1 } %245, 0
	%249 = select i1 %241, i64 0, i64 %248
	%250 = call i32 @pynjit_nrt_alloc(i64 %249, i8** %9, i8** %10)
	%251 = icmp ne i32 %250, 0
	%252 = call i1 @llvm.expect.i1(i1 %251, i1 false)
	br i1 %252, label %exc.28, label %ok.29

exc.28:
	br label %cleanup.3

ok.29:
	%253 = load i8*, i8** %9
	%254 = insertvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } zeroinitializer, i8* %253, 0
	%255 = load i8*, i8** %10
	%256 = insertvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %254, i8* %255, 1
	%257 = insertvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %256, i64 2, 2
	%258 = insertvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %257, i64 8, 3
	%259 = insertvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %258, i64 1, 4, 3
	%260 = insertvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %259, i64 1, 4, 2
	%261 = insertvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %260, i64 %190, 4, 1
	%262 = insertvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %261, i64 8, 5, 1
	%263 = mul i64 8, %190
	%264 = insertvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %262, i64 %188, 4, 0
	%265 = insertvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %264, i64 %263, 5, 0
	%266 = mul i64 %263, %188
	store i64 0, i64* %11
	br label %each.30

each.30:
	%267 = load i64, i64* %11
	%268 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %265, 4, 0
	%269 = icmp slt i64 %267, %268
	br i1 %269, label %elem.31, label %done.32

elem.31:
	store i64 0, i64* %12
	br label %each.33

done.32:
	%270 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.$0.7
	%271 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %270, 0
	call void @pynjit_nrt_decref(i8* %271)
	store { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %265, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.$0.7
	%272 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.$0.7
	store { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %272, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %13
	%273 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %272, 2
	%274 = sub i64 2, %273
	%275 = sub i64 0, %274
	%276 = icmp sge i64 %275, 0
	%277 = select i1 %276, i64 %275, i64 0
	%278 = getelementptr { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %13, i32 0, i32 4, i64 %277
	%279 = load i64, i64* %278
	%280 = select i1 %276, i64 %279, i64 1
	%281 = icmp ne i64 %280, 1
	%282 = and i1 %276, %281
	%283 = getelementptr { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %13, i32 0, i32 5, i64 %277
	%284 = load i64, i64* %283
	%285 = select i1 %282, i64 %284, i64 0
	%286 = sub i64 1, %274
	%287 = icmp sge i64 %286, 0
	%288 = select i1 %287, i64 %286, i64 0
	%289 = getelementptr { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %13, i32 0, i32 4, i64 %288
	%290 = load i64, i64* %289
	%291 = select i1 %287, i64 %290, i64 1
	%292 = icmp ne i64 %291, 1
	%293 = and i1 %287, %292
	%294 = getelementptr { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %13, i32 0, i32 5, i64 %288
	%295 = load i64, i64* %294
	%296 = select i1 %293, i64 %295, i64 0
	%297 = icmp eq i64 1, 1
	%298 = select i1 %297, i64 %280, i64 1
	%299 = icmp eq i64 1, 1
	%300 = select i1 %299, i64 %291, i64 1
	%301 = insertvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %272, i64 2, 2
	%302 = insertvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %301, i64 %298, 4, 0
	%303 = insertvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %302, i64 %285, 5, 0
	%304 = insertvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %303, i64 %300, 4, 1
	%305 = insertvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %304, i64 %296, 5, 1
	%306 = icmp eq i64 %298, 0
	%307 = or i1 false, %306
	%308 = icmp slt i64 %298, 0
	%309 = call i1 @llvm.expect.i1(i1 %308, i1 false)
	br i1 %309, label %raise.36, label %ok.37

each.33:
	%310 = load i64, i64* %12
	%311 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %265, 4, 1
	%312 = icmp slt i64 %310, %311
	br i1 %312, label %elem.34, label %done.35

elem.34:
	%313 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %195, 5, 0
	%314 = mul i64 %267, %313
	%315 = add i64 0, %314
	%316 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %195, 5, 1
	%317 = mul i64 %310, %316
	%318 = add i64 %315, %317
	%319 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %195, 1
	%320 = getelementptr i8, i8* %319, i64 %318
	%321 = bitcast i8* %320 to double*
	%322 = load double, double* %321
	%323 = fadd double %322, 1.0
	%324 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %265, 5, 0
	%325 = mul i64 %267, %324
	%326 = add i64 0, %325
	%327 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %265, 5, 1
	%328 = mul i64 %310, %327
	%329 = add i64 %326, %328
	%330 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %265, 1
	%331 = getelementptr i8, i8* %330, i64 %329
	%332 = bitcast i8* %331 to double*
	store double %323, double* %332
	%333 = add i64 %310, 1
	store i64 %333, i64* %12
	br label %each.33

done.35:
	%334 = add i64 %267, 1
	store i64 %334, i64* %11
	br label %each.30

raise.36:
	call void @pynjit_err_set(i8* getelementptr ([11 x i8], [11 x i8]* @.str.0, i64 0, i64 0), i8* getelementptr ([36 x i8], [36 x i8]* @.str.1, i64 0, i64 0))
	br label %cleanup.3

ok.37:
	%335 = select i1 %306, i64 1, i64 %298
	%336 = call { i64, i1 } @llvm.smul.with.overflow.i64(i64 8, i64 %335)
	%337 = extractvalue { i64, i1 } %336, 1
	%338 = call i1 @llvm.expect.i1(i1 %337, i1 false)
	br i1 %338, label %raise.38, label %ok.39

raise.38:
	call void @pynjit_err_set(i8* getelementptr ([11 x i8], [11 x i8]* @.str.0, i64 0, i64 0), i8* getelementptr ([92 x i8], [92 x i8]* @.str.2, i64 0, i64 0))
	br label %cleanup.3

ok.39:
	%339 = extractvalue { i64, i1 } %336, 0
	%340 = icmp eq i64 %300, 0
	%341 = or i1 %307, %340
	%342 = icmp slt i64 %300, 0
	%343 = call i1 @llvm.expect.i1(i1 %342, i1 false)
	br i1 %343, label %raise.40, label %ok.41

raise.40:
	call void @pynjit_err_set(i8* getelementptr ([11 x i8], [11 x i8]* @.str.0, i64 0, i64 0), i8* getelementptr ([36 x i8], [36 x i8]* @.str.1, i64 0, i64 0))
	br label %cleanup.3

ok.41:
	%344 = select i1 %340, i64 1, i64 %300
	%345 = call { i64, i1 } @llvm.smul.with.overflow.i64(i64 %339, i64 %344)
	%346 = extractvalue { i64, i1 } %345, 1
	%347 = call i1 @llvm.expect.i1(i1 %346, i1 false)
	br i1 %347, label %raise.42, label %ok.43

raise.42:
	call void @pynjit_err_set(i8* getelementptr ([11 x i8], [11 x i8]* @.str.0, i64 0, i64 0), i8* getelementptr ([92 x i8], [92 x i8]* @.str.2, i64 0, i64 0))
	br label %cleanup.3

ok.43:
	%348 = extractvalue { i64, i1 } %345, 0
	%349 = select i1 %341, i64 0, i64 %348
	%350 = call i32 @pynjit_nrt_alloc(i64 %349, i8** %14, i8** %15)
	%351 = icmp ne i32 %350, 0
	%352 = call i1 @llvm.expect.i1(i1 %351, i1 false)
	br i1 %352, label %exc.44, label %ok.45

exc.44:
	br label %cleanup.3

ok.45:
	%353 = load i8*, i8** %14
	%354 = insertvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } zeroinitializer, i8* %353, 0
	%355 = load i8*, i8** %15
	%356 = insertvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %354, i8* %355, 1
	%357 = insertvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %356, i64 2, 2
	%358 = insertvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %357, i64 8, 3
	%359 = insertvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %358, i64 1, 4, 3
	%360 = insertvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %359, i64 1, 4, 2
	%361 = insertvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %360, i64 %300, 4, 1
	%362 = insertvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %361, i64 8, 5, 1
	%363 = mul i64 8, %300
	%364 = insertvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %362, i64 %298, 4, 0
	%365 = insertvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %364, i64 %363, 5, 0
	%366 = mul i64 %363, %298
	store i64 0, i64* %16
	br label %each.46

each.46:
	%367 = load i64, i64* %16
	%368 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %365, 4, 0
	%369 = icmp slt i64 %367, %368
	br i1 %369, label %elem.47, label %done.48

elem.47:
	store i64 0, i64* %17
	br label %each.49

done.48:
	%370 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.$0.8
	%371 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %370, 0
	call void @pynjit_nrt_decref(i8* %371)
	store { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %365, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.$0.8
	%372 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.$0.8
	%373 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %372, 0
	call void @pynjit_nrt_incref(i8* %373)
	%374 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.$0.9
	%375 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %374, 0
	call void @pynjit_nrt_decref(i8* %375)
	store { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %372, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.$0.9
	%376 = load { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.$0.9
	%377 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %376, 0
	call void @pynjit_nrt_incref(i8* %377)
	%378 = getelementptr { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.a, i32 0, i32 0
	%379 = load i8*, i8** %378
	call void @pynjit_nrt_decref(i8* %379)
	%380 = getelementptr { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.b, i32 0, i32 0
	%381 = load i8*, i8** %380
	call void @pynjit_nrt_decref(i8* %381)
	%382 = getelementptr { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.$0.5, i32 0, i32 0
	%383 = load i8*, i8** %382
	call void @pynjit_nrt_decref(i8* %383)
	%384 = getelementptr { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.$0.7, i32 0, i32 0
	%385 = load i8*, i8** %384
	call void @pynjit_nrt_decref(i8* %385)
	%386 = getelementptr { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.$0.8, i32 0, i32 0
	%387 = load i8*, i8** %386
	call void @pynjit_nrt_decref(i8* %387)
	%388 = getelementptr { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }* %v.$0.9, i32 0, i32 0
	%389 = load i8*, i8** %388
	call void @pynjit_nrt_decref(i8* %389)
	br label %exit.52

each.49:
	%390 = load i64, i64* %17
	%391 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %365, 4, 1
	%392 = icmp slt i64 %390, %391
	br i1 %392, label %elem.50, label %done.51

elem.50:
	%393 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %305, 5, 0
	%394 = mul i64 %367, %393
	%395 = add i64 0, %394
	%396 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %305, 5, 1
	%397 = mul i64 %390, %396
	%398 = add i64 %395, %397
	%399 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %305, 1
	%400 = getelementptr i8, i8* %399, i64 %398
	%401 = bitcast i8* %400 to double*
	%402 = load double, double* %401
	%403 = call double @sqrt(double %402)
	%404 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %365, 5, 0
	%405 = mul i64 %367, %404
	%406 = add i64 0, %405
	%407 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %365, 5, 1
	%408 = mul i64 %390, %407
	%409 = add i64 %406, %408
	%410 = extractvalue { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %365, 1
	%411 = getelementptr i8, i8* %410, i64 %409
	%412 = bitcast i8* %411 to double*
	store double %403, double* %412
	%413 = add i64 %390, 1
	store i64 %413, i64* %17
	br label %each.49

done.51:
	%414 = add i64 %367, 1
	store i64 %414, i64* %16
	br label %each.46

exit.52:
	%415 = phi { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } [ %376, %done.48 ], [ zeroinitializer, %cleanup.3 ]
	%416 = phi i32 [ 0, %done.48 ], [ 1, %cleanup.3 ]
	%417 = insertvalue { { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, i32 } undef, { i8*, i8*, i64, i64, [4 x i64], [4 x i64] } %415, 0
	%418 = insertvalue { { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, i32 } %417, i32 %416, 1
	ret { { i8*, i8*, i64, i64, [4 x i64], [4 x i64] }, i32 } %418
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
