package build

import (
	"fmt"
	"sort"
	"strings"
	"testing"
)

// npDtypes are the NumPy dtypes pynjit has, with four values of an array
// of each (a) and four small non-negative ones (b), so powers, shifts and
// the products of a matrix product stay defined and exact.
var npDtypes = []struct{ name, a, b string }{
	{"bool", "[True, False, True, False]", "[True, True, False, False]"},
	{"int8", "[5, -3, 7, 0]", "[2, 3, 1, 0]"},
	{"int16", "[5, -3, 7, 0]", "[2, 3, 1, 0]"},
	{"int32", "[5, -3, 7, 0]", "[2, 3, 1, 0]"},
	{"int64", "[5, -3, 7, 0]", "[2, 3, 1, 0]"},
	{"uint8", "[5, 250, 7, 0]", "[2, 3, 1, 0]"},
	{"uint16", "[5, 250, 7, 0]", "[2, 3, 1, 0]"},
	{"uint32", "[5, 250, 7, 0]", "[2, 3, 1, 0]"},
	{"uint64", "[5, 250, 7, 0]", "[2, 3, 1, 0]"},
	{"float32", "[5.5, -3.25, 7.0, 0.0]", "[2.0, 1.5, 0.5, 0.0]"},
	{"float64", "[5.5, -3.25, 7.0, 0.0]", "[2.0, 1.5, 0.5, 0.0]"},
}

// npScalars are the scalar types an array operation may meet, as Numba
// types the values of a case.
var npScalars = []struct{ name, value string }{
	{"bool", "True"}, {"int32", "np.int32(3)"}, {"int64", "3"}, {"uint64", "np.uint64(3)"},
	{"float32", "np.float32(1.5)"}, {"float64", "1.5"},
}

// floatUfuncs are the float functions of NumPy pynjit compiles.
var floatUfuncs = []string{"sqrt", "exp", "log", "log10", "log2", "sin", "cos", "tan", "arctan",
	"sinh", "cosh", "tanh", "floor", "ceil", "fabs"}

// tableProgram is a generated program: its functions, each with one
// --sig, and their cases.
type tableProgram struct {
	b     strings.Builder
	sigs  map[string]string
	cases []string
	ulps  []string
}

// add writes a function whose body computes the named results and
// returns their first n elements each (n == 0: the results themselves,
// scalars).
func (p *tableProgram) add(name, params, sig string, n int, results []string, args string) {
	fmt.Fprintf(&p.b, "\n@njit\ndef %s(%s):\n", name, params)
	var ret []string
	for i, r := range results {
		fmt.Fprintf(&p.b, "    r%d = %s\n", i, r)
		if n == 0 {
			ret = append(ret, fmt.Sprintf("r%d", i))
		}
		for k := 0; k < n; k++ {
			ret = append(ret, fmt.Sprintf("r%d[%d]", i, k))
		}
	}
	fmt.Fprintf(&p.b, "    return %s\n\n", strings.Join(ret, ", "))
	p.sigs[name] = sig
	p.cases = append(p.cases, fmt.Sprintf("    (%q, lambda: (%s)),\n", name, args))
}

func (p *tableProgram) source() []byte {
	sort.Strings(p.cases)
	src := "import numpy as np\n\nfrom numba import njit\n\n" + p.b.String() + "\nCASES = [\n" + strings.Join(p.cases, "") + "]\n"
	if len(p.ulps) > 0 {
		src += "\n# NumPy's vectorized exp, log, sin, ... may differ from the C library's in the last bits\n"
		src += "ULP_TOLERANCE = {" + strings.Join(p.ulps, ", ") + "}\n"
	}
	return []byte(src)
}

func npArray(values, dtype string) string {
	return fmt.Sprintf("np.array(%s, dtype=np.%s)", values, npDtype(dtype))
}

func applyAll(ops []string, format string) []string {
	out := make([]string, len(ops))
	for i, op := range ops {
		out[i] = strings.ReplaceAll(format, "OP", op)
	}
	return out
}

// arraysProgram generates the operations between arrays, whose oracle is
// NumPy: every binary operator, comparison, np.minimum, np.maximum,
// np.where and matrix product for every pair of dtypes, and the unary
// operators, float functions, np.abs and reductions for every dtype.
// Operators NumPy refuses for the same dtypes (bool - bool, float & float)
// or gives in float16 (np.sqrt of int8) get functions of their own.
func arraysProgram() ([]byte, map[string]string) {
	p := &tableProgram{sigs: map[string]string{}}
	for _, x := range npDtypes {
		for _, y := range npDtypes {
			sig := fmt.Sprintf("(%s[::1], %s[::1])", dtypeSig(x.name), dtypeSig(y.name))
			args := npArray(x.a, x.name) + ", " + npArray(y.b, y.name)
			suffix := x.name + "_" + y.name
			p.add("arith_"+suffix, "a, b", sig, 4, applyAll([]string{"+", "*", "/", "//", "%", "**", "<", "=="}, "a OP b"), args)
			p.add("sub_"+suffix, "a, b", sig, 4, []string{"a - b"}, args)
			p.add("bits_"+suffix, "a, b", sig, 4, applyAll([]string{"&", "|", "^"}, "a OP b"), args)
			p.add("shift_"+suffix, "a, b", sig, 4, applyAll([]string{"<<", ">>"}, "a OP b"), args)
			p.add("minmax_"+suffix, "a, b", sig, 4, []string{"np.minimum(a, b)", "np.maximum(a, b)", "np.where(a > b, a, b)"}, args)
			msig := fmt.Sprintf("(%s[:, ::1], %s[:, ::1], %s[::1], %s[::1])", dtypeSig(x.name), dtypeSig(y.name), dtypeSig(x.name), dtypeSig(y.name))
			margs := fmt.Sprintf("%s.reshape(2, 2), %s.reshape(2, 2), %s, %s", npArray(x.a, x.name), npArray(y.b, y.name), npArray(x.a, x.name), npArray(y.b, y.name))
			p.add("matmul_"+suffix, "a2, b2, a, b", msig, 0, []string{"(a2 @ b2)[0, 0]", "(a2 @ b2)[0, 1]", "(a2 @ b2)[1, 0]", "(a2 @ b2)[1, 1]",
				"np.dot(a, b)", "a @ b", "(a2 @ b[:2])[1]", "np.dot(b[:2], a2)[0]"}, margs)
		}
		sig := fmt.Sprintf("(%s[::1],)", dtypeSig(x.name))
		args := npArray(x.a, x.name) + ","
		p.add("neg_"+x.name, "a", sig, 4, []string{"-a"}, args)
		p.add("pos_"+x.name, "a", sig, 4, []string{"+a"}, args)
		p.add("inv_"+x.name, "a", sig, 4, []string{"~a"}, args)
		p.add("ufunc_"+x.name, "a", sig, 4, applyAll(floatUfuncs, "np.OP(a)"), args)
		p.ulps = append(p.ulps, fmt.Sprintf("%q: (4, \"\")", "ufunc_"+x.name))
		p.add("abs_"+x.name, "a", sig, 4, []string{"np.abs(a)", "np.absolute(a)"}, args)
		p.add("reduce_"+x.name, "a", sig, 0, []string{"a.sum()", "a.prod()", "a.mean()", "a.min()", "a.max()", "a.argmin()", "a.argmax()"}, args)
	}
	return p.source(), p.sigs
}

// scalarsProgram generates the operations of arrays with scalars, whose
// oracle is Numba 0.56 (NumPy's own answer depends on its version): every
// binary operator, comparison, np.minimum, np.maximum and np.where for
// every dtype and scalar type (the scalar on either side where the order
// matters), and the float functions and np.abs of scalars.
func scalarsProgram() ([]byte, map[string]string) {
	p := &tableProgram{sigs: map[string]string{}}
	for _, x := range npDtypes {
		for _, s := range npScalars {
			suffix := x.name + "_" + s.name
			sig := fmt.Sprintf("(%s[::1], %s)", dtypeSig(x.name), dtypeSig(s.name))
			args := npArray(x.a, x.name) + ", " + s.value
			// the scalar on the left raises to, shifts by and divides by
			// the array's small non-negative values
			rargs := npArray(x.b, x.name) + ", " + s.value
			// Numba refuses none of these for any dtype and scalar, so they
			// share a function (Numba takes most of this test compiling)
			arith := []string{"+", "-", "*", "/", "//", "%", "**", "<", "=="}
			p.add("arith_"+suffix, "a, s", sig, 4, append(applyAll(arith, "a OP s"),
				"np.minimum(a, s)", "np.maximum(s, a)", "np.where(a > s, a, s)"), args)
			if s.name == "bool" || s.name == "int64" || s.name == "float64" {
				// the order of the operands does not change the loop
				p.add("rarith_"+suffix, "a, s", sig, 4, applyAll(arith, "s OP a"), rargs)
			}
			p.add("bits_"+suffix, "a, s", sig, 4, applyAll([]string{"&", "|", "^"}, "a OP s"), args)
			p.add("shift_"+suffix, "a, s", sig, 4, applyAll([]string{"<<", ">>"}, "a OP s"), args)
		}
	}
	for _, s := range npScalars {
		sig := fmt.Sprintf("(%s,)", dtypeSig(s.name))
		p.add("ufunc_"+s.name, "v", sig, 0, applyAll(floatUfuncs, "np.OP(v)"), s.value+",")
		p.ulps = append(p.ulps, fmt.Sprintf("%q: (4, \"\")", "ufunc_"+s.name))
		p.add("abs_"+s.name, "v", sig, 0, []string{"np.abs(v)", "np.absolute(v)"}, s.value+",")
	}
	return p.source(), p.sigs
}

// TestArrayPromotion checks the dtypes (and values) of every array
// operation pynjit compiles against its oracle: between arrays NumPy's
// (every operator, comparison, np.minimum/maximum/where, @ and np.dot
// for every pair of dtypes; unary operators, float functions, np.abs and
// reductions for every dtype), and where a scalar takes part Numba 0.56's
// (NumPy 1.24's value-based casting and NumPy 2's NEP 50 disagree there;
// docs/semantics.md states the choice). Every function pynjit refuses,
// the oracle must refuse too (or give float16, which pynjit does not
// have). The table is built without optimization, which clang takes
// minutes over for its thousand functions (testdata/run and
// testdata/numba are built with -O 2).
func TestArrayPromotion(t *testing.T) {
	py := numbaPython(t)
	for _, oracle := range []string{"numpy-arrays", "numba-scalars"} {
		t.Run(oracle, func(t *testing.T) {
			src, sigs := arraysProgram()
			if oracle == "numba-scalars" {
				src, sigs = scalarsProgram()
			}
			refused, accepted := refusedFuncs(t, src, sigs)
			t.Logf("%d functions, %d refused", len(sigs), len(refused))
			numbaOracle(t, py, "", src, oracleRun{sigs: accepted, refused: refused, numpy: oracle == "numpy-arrays", unoptimized: true})
		})
	}
}
