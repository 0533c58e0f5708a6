package lib

import (
	"fmt"
	"strings"
	"testing"

	"github.com/pynjit/pynjit/internal/ir"
	"github.com/pynjit/pynjit/internal/lib/prelude"
	"github.com/pynjit/pynjit/internal/types"
)

var (
	i64  = types.Int64
	u64  = types.Uint64
	f32  = types.Float32
	f64  = types.Float64
	c128 = types.Complex128
	b    = types.Bool
	vec  = &types.Array{Dtype: f64, NDim: 1, Layout: types.LayoutC}
	mat  = &types.Array{Dtype: f64, NDim: 2, Layout: types.LayoutC}
	fmat = &types.Array{Dtype: f64, NDim: 2, Layout: types.LayoutF}
)

// TestTemplates checks each domain's templates on arguments they accept
// (the signature, as Numba types it) and refuse (the error, as CPython
// or Numba words it).
func TestTemplates(t *testing.T) {
	for _, tt := range []struct {
		key  Key
		args []types.Type
		want string // the signature, or "error: " and a prefix of the message
	}{
		{Op("add"), []types.Type{i64, f64}, "float64(float64, float64)"},
		{Op("add"), []types.Type{types.Uint8, types.Uint16}, "uint64(uint64, uint64)"},
		{Op("truediv"), []types.Type{i64, i64}, "float64(int64, int64)"},
		{Op("pow"), []types.Type{f32, i64}, "float32(float32, int64)"},
		{Op("and_"), []types.Type{b, b}, "bool(bool, bool)"},
		{Op("rshift"), []types.Type{types.Uint8, i64}, "uint64(uint64, uint64)"},
		{Op("and_"), []types.Type{f64, i64}, "error: unsupported operand type(s) for &: 'float64' and 'int64'"},
		{Op("mul"), []types.Type{c128, i64}, "complex128(complex128, complex128)"},
		{Op("eq"), []types.Type{c128, f64}, "bool(complex128, complex128)"},
		{Op("lt"), []types.Type{c128, f64}, "error: '<' not supported between instances of 'complex128' and 'float64'"},
		{Op("is_"), []types.Type{types.None, i64}, "bool(none, none)"},
		{Op("neg"), []types.Type{types.Uint32}, "uint64(uint32)"},
		{Op("invert"), []types.Type{b}, "bool(bool)"},
		{Op("invert"), []types.Type{f64}, "error: bad operand type for unary ~: 'float64'"},
		{Op("not_"), []types.Type{types.None}, "bool(none)"},
		{Op("truth"), []types.Type{types.ArgvItem{}}, "error: the truth value of unicode_type is unsupported"},
		{Op("getiter"), []types.Type{mat}, "iter(array(float64, 2d, C))(array(float64, 2d, C))"},
		{Op("getiter"), []types.Type{&types.Tuple{Elems: []types.Type{i64, f64}}}, "error: iterating over Tuple(int64, float64) is unsupported"},
		{Op("iternext"), []types.Type{types.ArrayIter{Array: mat}}, "pair<array(float64, 1d, C), bool>(iter(array(float64, 2d, C)))"},
		{Op("getitem"), []types.Type{mat, &types.Tuple{Elems: []types.Type{i64, types.SliceType{Step: true}}}}, "array(float64, 1d, A)(array(float64, 2d, C), Tuple(int64, slice<a:b:c>))"},
		{Op("getitem"), []types.Type{mat, &types.Tuple{Elems: []types.Type{i64, types.SliceType{}}}}, "array(float64, 1d, C)(array(float64, 2d, C), Tuple(int64, slice<a:b>))"},
		{Op("getitem"), []types.Type{mat, &types.Tuple{Elems: []types.Type{types.SliceType{}, i64}}}, "array(float64, 1d, A)(array(float64, 2d, C), Tuple(slice<a:b>, int64))"},
		{Op("getitem"), []types.Type{mat, types.SliceType{}}, "array(float64, 2d, C)(array(float64, 2d, C), slice<a:b>)"},
		{Op("getitem"), []types.Type{fmat, i64}, "array(float64, 1d, A)(array(float64, 2d, F), int64)"},
		{Op("getitem"), []types.Type{mat, i64}, "array(float64, 1d, C)(array(float64, 2d, C), int64)"},
		{Op("getitem"), []types.Type{vec, f64}, "error: indexing array(float64, 1d, C) with float64 is unsupported"},
		{Op("getitem"), []types.Type{vec, &types.Tuple{Elems: []types.Type{i64, i64}}}, "error: too many indices for array(float64, 1d, C): 2 given"},
		{Op("setitem"), []types.Type{vec, i64, c128}, "error: cannot store complex128 in array(float64, 1d, C)"},
		{Op("setitem"), []types.Type{mat, i64, vec}, "none(array(float64, 2d, C), int64, array(float64, 1d, C))"},
		{Op("add"), []types.Type{vec, types.Int8}, "array(float64, 1d, C)(float64, float64)"},
		{Op("truediv"), []types.Type{&types.Array{Dtype: types.Int8, NDim: 2, Layout: types.LayoutA}, vec}, "array(float64, 2d, C)(float64, float64)"},
		{Op("sub"), []types.Type{&types.Array{Dtype: b, NDim: 1, Layout: types.LayoutC}, &types.Array{Dtype: b, NDim: 1, Layout: types.LayoutC}}, "error: unsupported operand type(s) for -"},
		{Op("matmul"), []types.Type{mat, vec}, "array(float64, 1d, C)(array(float64, 2d, C), array(float64, 1d, C))"},
		{Op("lt"), []types.Type{vec, i64}, "array(bool, 1d, C)(float64, float64)"},
		{Op("neg"), []types.Type{mat}, "array(float64, 2d, C)(float64)"},
		{Op("neg"), []types.Type{&types.Array{Dtype: b, NDim: 1, Layout: types.LayoutC}}, "error: bad operand type for unary -: 'array(bool, 1d, C)'"},
		{Op("invert"), []types.Type{&types.Array{Dtype: types.Uint16, NDim: 1, Layout: types.LayoutC}}, "array(uint16, 1d, C)(uint16)"},
		{Key{Module: types.Ufuncs, Name: "sqrt"}, []types.Type{&types.Array{Dtype: types.Int8, NDim: 1, Layout: types.LayoutC}}, "error: np.sqrt(array(int8, 1d, C)) computes in float16 in NumPy"},
		{Key{Module: types.Ufuncs, Name: "sqrt"}, []types.Type{i64}, "float64(int64)"},
		{Key{Module: types.Ufuncs, Name: "where"}, []types.Type{&types.Array{Dtype: b, NDim: 1, Layout: types.LayoutC}, vec, i64}, "array(float64, 1d, C)(array(bool, 1d, C), array(float64, 1d, C), int64)"},
		{Key{Module: types.Ufuncs, Name: "minimum"}, []types.Type{vec}, "error: No implementation of function np.minimum found for signature (array(float64, 1d, C))"},
		// the operators' ufuncs called by name: Numba's loop for scalars
		{Key{Module: types.Ufuncs, Name: "add"}, []types.Type{b, b}, "bool(bool, bool)"},
		{Key{Module: types.Ufuncs, Name: "subtract"}, []types.Type{b, b}, "int8(bool, bool)"},
		{Key{Module: types.Ufuncs, Name: "negative"}, []types.Type{b}, "int8(bool)"},
		{Key{Module: types.Ufuncs, Name: "true_divide"}, []types.Type{i64, i64}, "float64(int64, int64)"},
		{Key{Module: types.Ufuncs, Name: "true_divide"}, []types.Type{types.Int8, types.Int8}, "float32(int8, int8)"},
		{Key{Module: types.Ufuncs, Name: "add"}, []types.Type{i64, u64}, "float64(int64, uint64)"},
		{Key{Module: types.Ufuncs, Name: "add"}, []types.Type{f32, i64}, "float32(float32, int64)"},
		{Key{Module: types.Ufuncs, Name: "less"}, []types.Type{i64, f64}, "bool(int64, float64)"},
		{Key{Module: types.Ufuncs, Name: "power"}, []types.Type{i64, i64}, "int64(int64, int64)"},
		// ... NumPy's between arrays, Numba's with a scalar (no int64
		// arithmetic for the float loop, as the operator has)
		{Key{Module: types.Ufuncs, Name: "true_divide"}, []types.Type{&types.Array{Dtype: types.Int8, NDim: 1, Layout: types.LayoutC}, &types.Array{Dtype: types.Int8, NDim: 1, Layout: types.LayoutC}}, "array(float64, 1d, C)(array(int8, 1d, C), array(int8, 1d, C))"},
		{Key{Module: types.Ufuncs, Name: "floor_divide"}, []types.Type{&types.Array{Dtype: i64, NDim: 1, Layout: types.LayoutC}, u64}, "array(float64, 1d, C)(array(int64, 1d, C), uint64)"},
		{Key{Module: types.Ufuncs, Name: "equal"}, []types.Type{vec, mat}, "array(bool, 2d, C)(array(float64, 1d, C), array(float64, 2d, C))"},
		{Key{Module: types.Ufuncs, Name: "subtract"}, []types.Type{&types.Array{Dtype: b, NDim: 1, Layout: types.LayoutC}, &types.Array{Dtype: b, NDim: 1, Layout: types.LayoutC}}, "error: No implementation of function np.subtract found"},
		{Key{Module: types.Ufuncs, Name: "positive"}, []types.Type{&types.Array{Dtype: b, NDim: 1, Layout: types.LayoutC}}, "error: No implementation of function np.positive found"},
		{Key{Module: types.Ufuncs, Name: "bitwise_and"}, []types.Type{f64, i64}, "error: No implementation of function np.bitwise_and found"},
		{Key{Module: types.Ufuncs, Name: "add"}, []types.Type{c128, c128}, "error: No implementation of function np.add found"},
		{Key{Recv: types.ArrayRecv, Name: "sum"}, []types.Type{&types.Array{Dtype: types.Uint8, NDim: 2, Layout: types.LayoutA}}, "uint64(array(uint8, 2d, A))"},
		{Key{Recv: types.ArrayRecv, Name: "mean"}, []types.Type{&types.Array{Dtype: f32, NDim: 1, Layout: types.LayoutC}}, "float32(array(float32, 1d, C))"},
		{Key{Recv: types.ArrayRecv, Name: "sum"}, []types.Type{vec, vec}, "error: sum() takes 1 array argument(s) in nopython mode"},
		{Key{Recv: types.ArrayRecv, Name: "max"}, []types.Type{&types.Array{Dtype: c128, NDim: 1, Layout: types.LayoutC}}, "error: No implementation of function np.max found"},
		{Key{Recv: types.ArrayRecv, Name: "dot"}, []types.Type{vec, vec}, "float64(array(float64, 1d, C), array(float64, 1d, C))"},
		{Key{Recv: types.ArrayRecv, Name: "copy"}, []types.Type{&types.Array{Dtype: f64, NDim: 2, Layout: types.LayoutA}}, "array(float64, 2d, C)(array(float64, 2d, A))"},
		{Key{Recv: types.ArrayRecv, Name: "shape"}, []types.Type{mat}, "UniTuple(int64 x 2)(array(float64, 2d, C))"},
		{Key{Recv: types.ArrayRecv, Name: "T"}, []types.Type{mat}, "array(float64, 2d, A)(array(float64, 2d, C))"},
		{Key{Recv: ComplexRecv, Name: "imag"}, []types.Type{c128}, "float64(complex128)"},
		{Key{Module: types.NumPy, Name: "zeros"}, []types.Type{&types.Tuple{Elems: []types.Type{i64, i64}}, types.None}, "array(float64, 2d, C)(UniTuple(int64 x 2))"},
		{Key{Module: types.NumPy, Name: "full"}, []types.Type{i64, b, types.None}, "array(bool, 1d, C)(int64, bool)"},
		{Key{Module: types.NumPy, Name: "ones"}, []types.Type{i64, types.DType{Elem: types.Int32}}, "array(int32, 1d, C)(int64)"},
		{Key{Module: types.NumPy, Name: "empty"}, []types.Type{&types.Tuple{Elems: same(i64, 5)}, types.None}, "error: np.empty(UniTuple(int64 x 5)): arrays have at most 4 dimensions in pynjit"},
		{Key{Module: types.NumPy, Name: "arange"}, []types.Type{i64, types.DType{Elem: f64}, types.None}, "error: np.arange(int64, dtype(float64)): expected numbers"},
		{Key{Module: types.NumPy, Name: "linspace"}, []types.Type{i64, f64, b, types.None}, "array(float64, 1d, C)(int64, float64, bool)"},
		{Key{Module: types.NumPy, Name: "zeros_like"}, []types.Type{mat, types.DType{Elem: c128}}, "error: np.zeros_like(array(float64, 2d, C)): the dtype is unsupported"},
		{types.Builtin("abs"), []types.Type{c128}, "float64(complex128)"},
		{types.Builtin("abs"), []types.Type{types.Int8}, "int8(int8)"},
		{types.Builtin("abs"), []types.Type{types.Uint64}, "uint64(uint64)"},
		{types.Builtin("abs"), []types.Type{types.Bool}, "int8(int8)"},
		{types.Builtin("min"), []types.Type{i64, f32, i64}, "float64(float64, float64, float64)"},
		{types.Builtin("max"), []types.Type{i64}, "error: No implementation of function max found for signature (int64)"},
		{types.Builtin("divmod"), []types.Type{u64, types.Uint8}, "UniTuple(uint64 x 2)(uint64, uint64)"},
		{types.Builtin("round"), []types.Type{f64, i64}, "float64(float64, int64)"},
		{types.Builtin("pow"), []types.Type{i64, f64}, "float64(float64, float64)"},
		{types.Builtin("pow"), []types.Type{i64, f64, i64}, "error: No implementation of function pow found for signature (int64, float64, int64)"},
		{types.Builtin("range"), []types.Type{i64, b}, "range_state_int64(int64, int64)"},
		{types.Builtin("len"), []types.Type{&types.Tuple{Elems: []types.Type{i64, f64}}}, "int64(Tuple(int64, float64))"},
		{types.Builtin("len"), []types.Type{i64}, "error: No implementation of function len found for signature (int64)"},
		{types.Builtin("int"), []types.Type{types.ArgvItem{}}, "int64(unicode_type)"},
		{types.Builtin("bool"), []types.Type{vec}, "bool(array(float64, 1d, C))"},
		{types.Builtin("enumerate"), []types.Type{vec, b}, "enumerate(array(float64, 1d, C))(array(float64, 1d, C), int64)"},
		{types.Builtin("enumerate"), []types.Type{vec, f64}, "error: No implementation of function enumerate found"},
		{types.Builtin("zip"), []types.Type{vec, i64}, "error: cannot iterate over int64 in nopython mode"},
		{types.Builtin("complex"), []types.Type{i64}, "complex128(float64)"},
		{Key{Module: types.MathMod, Name: "floor"}, []types.Type{i64}, "int64(int64)"},
		{Key{Module: types.MathMod, Name: "floor"}, []types.Type{f32}, "int64(float64)"},
		{Key{Module: types.MathMod, Name: "frexp"}, []types.Type{f64}, "Tuple(float64, int64)(float64)"},
		{Key{Module: types.MathMod, Name: "log"}, []types.Type{f64, f64}, "float64(float64, float64)"},
		{Key{Module: types.MathMod, Name: "gcd"}, []types.Type{f64, i64}, "error: No implementation of function math.gcd found for signature (float64, int64)"},
	} {
		s, err := Accept(tt.key, tt.args)
		got := ""
		if err != nil {
			got = "error: " + err.Error()
		} else {
			got = s.String()
		}
		if !strings.HasPrefix(got, tt.want) || err == nil && got != tt.want {
			t.Errorf("%s(%s) = %s, want %s", tt.key, types.ArgsString(tt.args), got, tt.want)
		}
	}
}

// TestUfuncTable checks that every row of the ufunc table is a
// registered operation, and that only comparisons' loops give bools.
func TestUfuncTable(t *testing.T) {
	seen := map[string]bool{}
	for _, u := range Ufuncs() {
		if Lookup(u.Key) == nil || UfuncOf(u.Key) != u {
			t.Errorf("ufunc %s (%s) is not registered", u.Name, u.Key)
		}
		if Lookup(u.FuncKey()) == nil || UfuncOf(u.FuncKey()) != u || UfuncNamed(u.Name) != u {
			t.Errorf("ufunc %s is not a function np.%s", u.Name, u.Name)
		}
		for _, a := range u.Aliases {
			if UfuncNamed(a) != u || seen[a] {
				t.Errorf("alias %s of %s", a, u.Name)
			}
		}
		if seen[u.Name] {
			t.Errorf("ufunc %s twice", u.Name)
		}
		seen[u.Name] = true
		if u.Nin < 1 || u.Nin > 2 || len(u.Loops) == 0 {
			t.Errorf("ufunc %s: %d inputs, %d loops", u.Name, u.Nin, len(u.Loops))
		}
	}
}

// TestEveryBuiltinHasATemplate checks that each builtin function compiled
// code may name (ir.Builtins, less the exception classes and print,
// which are not calls of a value) has a template.
func TestEveryBuiltinHasATemplate(t *testing.T) {
	for name, callable := range ir.Builtins {
		if !callable || name[0] >= 'A' && name[0] <= 'Z' {
			continue
		}
		if Lookup(types.Builtin(name)) == nil {
			t.Errorf("builtin %s has no template", name)
		}
	}
	if len(Keys()) < 80 {
		t.Errorf("%d keys, want at least 80", len(Keys()))
	}
}

func TestName(t *testing.T) {
	for k, want := range map[Key]string{
		types.Builtin("abs"):                  "abs",
		{Module: types.MathMod, Name: "sqrt"}: "math.sqrt",
		{Module: types.NumPy, Name: "zeros"}:  "np.zeros",
		{Module: types.Ufuncs, Name: "sqrt"}:  "np.sqrt",
		{Recv: types.ArrayRecv, Name: "sum"}:  "np.sum",
		Op("add"):                             "add",
	} {
		if got := Name(k); got != want {
			t.Errorf("Name(%#v) = %q, want %q", k, got, want)
		}
	}
}

func TestMember(t *testing.T) {
	for _, tt := range []struct{ module, attr, want string }{
		{"math", "sqrt", "Function(math.sqrt)"},
		{"math", "pi", "float64"},
		{"cmath", "infj", "complex128"},
		{"numpy", "sum", "Function(array.sum)"},
		{"numpy", "zeros", "Function(np.zeros)"},
		{"numpy", "sqrt", "Function(ufunc.sqrt)"},
		{"numpy", "add", "Function(ufunc.add)"},
		{"numpy", "divide", "Function(ufunc.true_divide)"},
		{"numpy", "mod", "Function(ufunc.remainder)"},
		{"numpy", "greater_equal", "Function(ufunc.greater_equal)"},
		{"numpy", "where", "Function(ufunc.where)"},
		{"numpy", "float32", "dtype(float32)"},
		{"numpy", "copy", "<nil>"},
		{"math", "sqroot", "<nil>"},
	} {
		got, _ := Member(tt.module, tt.attr)
		if fmt.Sprint(got) != tt.want {
			t.Errorf("Member(%s, %s) = %v, want %s", tt.module, tt.attr, got, tt.want)
		}
	}
}

// TestPreludeMembers: np.cumsum and its like are the prelude's
// functions, by key, and so are the array methods NumPy defines as
// them (a.cumsum(), a.clip()), but not a.diff(), which NumPy has not.
func TestPreludeMembers(t *testing.T) {
	for _, name := range []string{"cumsum", "cumprod", "diff", "clip"} {
		ty, _ := Member("numpy", name)
		c, ok := ty.(*types.Callable)
		if !ok || c.Key != (Key{Name: prelude.Key(name)}) {
			t.Errorf("np.%s is %v", name, ty)
		}
		k, method := PreludeMethod(types.ArrayRecv, name)
		if method != (name != "diff") || method && k != c.Key {
			t.Errorf("a.%s(): %v %v", name, k, method)
		}
	}
}

// TestPreludeVariant checks which calls of np.clip take the body that
// keeps the array's dtype: an array with int64, float64 or bool scalar
// bounds of its kind or lower, as NumPy 2 types Python scalar bounds.
func TestPreludeVariant(t *testing.T) {
	arr := func(d types.Type) types.Type { return &types.Array{Dtype: d, NDim: 1, Layout: types.LayoutC} }
	clip := prelude.Key("clip")
	for _, c := range []struct {
		args []types.Type
		want string
	}{
		{[]types.Type{arr(types.Int8), types.Int64, types.Int64}, prelude.Key("_clip_into")},
		{[]types.Type{arr(types.Float32), types.Float64, types.Int64}, prelude.Key("_clip_into")},
		{[]types.Type{arr(types.Uint16), types.Bool, types.Int64}, prelude.Key("_clip_into")},
		{[]types.Type{arr(types.Int8), types.Float64, types.Int64}, ""},    // a float bound: float64, as NumPy's
		{[]types.Type{arr(types.Bool), types.Int64, types.Int64}, ""},      // an int bound of bools: int64
		{[]types.Type{arr(types.Uint64), types.Int64, types.Int64}, ""},    // computed in float64: not kept
		{[]types.Type{arr(types.Int8), types.Int32, types.Int64}, ""},      // a NumPy int32: not weak
		{[]types.Type{arr(types.Int8), arr(types.Int8), types.Int64}, ""},  // an array bound
		{[]types.Type{types.Float64, types.Float64, types.Float64}, ""},    // a scalar
		{[]types.Type{arr(types.Float64), types.Float64, types.Int64}, ""}, // float64 already: the general body
	} {
		if got := PreludeVariant(clip, c.args); got != c.want {
			t.Errorf("clip(%s): %q, want %q", types.ArgsString(c.args), got, c.want)
		}
	}
	if got := PreludeVariant(prelude.Key("cumsum"), []types.Type{arr(types.Int8)}); got != "" {
		t.Errorf("cumsum: %q, want none", got)
	}
}

// TestPreludeFuncs checks the rows of preludeFuncs against the prelude:
// each is a NumPy function it writes, each variant a body it writes
// that NumPy has not (a name beginning with _).
func TestPreludeFuncs(t *testing.T) {
	for name, f := range preludeFuncs {
		if !prelude.Has(name) {
			t.Errorf("%s is no function of the prelude", name)
		}
		for _, v := range f.variants {
			if _, ok := prelude.Name(prelude.Key(v.name)); !ok || prelude.Has(v.name) {
				t.Errorf("%s's variant %s is no body of the prelude's own", name, v.name)
			}
		}
	}
}
