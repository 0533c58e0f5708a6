package runtime

import (
	"bytes"
	"regexp"
	"slices"
	"testing"
)

// declaredRE is what declaredRuntime finds, said as a regular
// expression: the reference it is tested against.
var declaredRE = regexp.MustCompile(`(?m)^declare [^@\n]*@(pynjit_\w+)\(`)

// declaredNames lists what declaredRuntime finds in text.
func declaredNames(text []byte) []string {
	var out []string
	declaredRuntime(text, func(name []byte) bool {
		out = append(out, string(name))
		return true
	})
	return out
}

// seedsIR are declarations and near misses of them.
var seedsIR = []string{
	"declare i32 @pynjit_math_exp(double %0, double* %1)\n",
	"declare void @pynjit_err_set(i8* %0, i8* %1)",
	"define i64 @add(i64 %a) {\n  ret i64 %a\n}\ndeclare void @pynjit_x()\n",
	"  %1 = call i32 @pynjit_math_exp(double %x, double* %p)\n",
	"declare double @llvm.sqrt.f64(double %0)\ndeclare i64 @pynjit_int_pow(i64 %0, i64 %1)\n",
	"declare void @pynjit_(i8* %0)\n",
	"declare void @pynjit_a\n(i8* %0)\n",
	"declare void @foo(i8* @pynjit_y)\n",
	"xdeclare void @pynjit_z()\n",
	"\ndeclare  hidden void @pynjit_w9_Q()\r\ndeclare",
	"declare void @\"pynjit_q\"()\n",
	"declare void @pynjit_é()\n",
	"declare declare void @pynjit_twice()\n",
}

func TestDeclaredRuntimeAgreesWithRegexp(t *testing.T) {
	for _, s := range seedsIR {
		checkDeclared(t, []byte(s))
	}
	// a module's worth: many declarations among definitions
	var big bytes.Buffer
	for i := range 2000 {
		big.WriteString("define internal void @f(i64 %a) {\n  call void @pynjit_nrt_decref(i8* %p)\n  ret void\n}\n")
		if i%7 == 0 {
			big.WriteString("declare void @pynjit_nrt_decref(i8* %0)\n")
		}
	}
	checkDeclared(t, big.Bytes())
}

func FuzzDeclaredRuntime(f *testing.F) {
	for _, s := range seedsIR {
		f.Add([]byte(s))
	}
	f.Fuzz(checkDeclared)
}

func checkDeclared(t *testing.T, text []byte) {
	var want []string
	for _, m := range declaredRE.FindAllSubmatch(text, -1) {
		want = append(want, string(m[1]))
	}
	if got := declaredNames(text); !slices.Equal(got, want) {
		t.Errorf("declaredRuntime(%q) = %q; the regexp says %q", text, got, want)
	}
}

// BenchmarkNeeded is Needed on 5 MB of IR (a build of 10,000 lines of
// scripts/gen_kernels.py emits about that).
func BenchmarkNeeded(b *testing.B) {
	var ir bytes.Buffer
	for ir.Len() < 5<<20 {
		ir.WriteString("define internal { double, i32 } @f(i64 %arg.n) {\nentry:\n  %1 = call i64 @pynjit_int_pow(i64 %0, i64 2)\n  %2 = load double, double* %v.s\n  br label %b7\n}\n")
		ir.WriteString("declare i64 @pynjit_int_pow(i64 %0, i64 %1)\n")
	}
	b.SetBytes(int64(ir.Len()))
	for b.Loop() {
		if _, err := Needed(ir.Bytes()); err != nil {
			b.Fatal(err)
		}
	}
}
