package lib

import (
	"fmt"

	"github.com/pynjit/pynjit/internal/types"
)

// Ufunc is a row of NumPy's ufunc table: an operation computed element
// by element over arrays (broadcast together) or scalars, in the type
// of the loop it selects (loops.go). The operators on arrays are rows
// under their operator keys (Op("add") is NumPy's add), np.sqrt and the
// other functions rows under Key{Module: types.Ufuncs}. Code generation
// computes an element with the scalar kernel it keeps under the row's
// key, or with the C library function Libm names: adding a ufunc is
// adding a row (and, unless Libm computes it, a kernel).
type Ufunc struct {
	Key Key
	// Name is NumPy's name of the ufunc (np.add.__name__ is "add",
	// the - operator's "subtract").
	Name string
	// Nin is the number of inputs.
	Nin int
	// Loops are the types the ufunc computes in, in NumPy's order
	// (ufunc.types): the first every input casts to safely is selected.
	Loops []types.Type
	// Predicate says the output is bool (the comparisons), not of the
	// loop's type.
	Predicate bool
	// Libm names the C library function computing an element of a
	// float loop (its float version, with an f, for float32), when that
	// is the kernel.
	Libm string
	// IntegerLoop, when set, is the loop between arrays of integers and
	// bools, which NumPy's type resolver picks (true_divide's float64).
	IntegerLoop types.Type
	// NoBools says NumPy refuses the ufunc on bool arrays (subtract,
	// negative).
	NoBools bool
	// IntScalar says Numba computes the elements of integers with a
	// scalar operand in int64, converting to a float loop after (its
	// scalar operator's type), as for add, subtract, multiply,
	// floor_divide and remainder.
	IntScalar bool
}

// ufuncTable is NumPy's ufuncs pynjit compiles.
var ufuncTable = []*Ufunc{
	{Key: Op("add"), Name: "add", Nin: 2, Loops: loops(loopBool, loopInts, loopReals, loopCplx), IntScalar: true},
	{Key: Op("sub"), Name: "subtract", Nin: 2, Loops: loops(loopInts, loopReals, loopCplx), NoBools: true, IntScalar: true},
	{Key: Op("mul"), Name: "multiply", Nin: 2, Loops: loops(loopBool, loopInts, loopReals, loopCplx), IntScalar: true},
	{Key: Op("truediv"), Name: "true_divide", Nin: 2, Loops: loops(loopReals, loopCplx), IntegerLoop: types.Float64},
	{Key: Op("floordiv"), Name: "floor_divide", Nin: 2, Loops: loops(loopInts, loopReals), IntScalar: true},
	{Key: Op("mod"), Name: "remainder", Nin: 2, Loops: loops(loopInts, loopReals), IntScalar: true},
	{Key: Op("pow"), Name: "power", Nin: 2, Loops: loops(loopInts, loopReals, loopCplx)},
	{Key: Op("and_"), Name: "bitwise_and", Nin: 2, Loops: loops(loopBool, loopInts)},
	{Key: Op("or_"), Name: "bitwise_or", Nin: 2, Loops: loops(loopBool, loopInts)},
	{Key: Op("xor"), Name: "bitwise_xor", Nin: 2, Loops: loops(loopBool, loopInts)},
	{Key: Op("lshift"), Name: "left_shift", Nin: 2, Loops: loopInts},
	{Key: Op("rshift"), Name: "right_shift", Nin: 2, Loops: loopInts},

	{Key: Op("eq"), Name: "equal", Nin: 2, Loops: comparisonLoops, Predicate: true},
	{Key: Op("ne"), Name: "not_equal", Nin: 2, Loops: comparisonLoops, Predicate: true},
	{Key: Op("lt"), Name: "less", Nin: 2, Loops: comparisonLoops, Predicate: true},
	{Key: Op("le"), Name: "less_equal", Nin: 2, Loops: comparisonLoops, Predicate: true},
	{Key: Op("gt"), Name: "greater", Nin: 2, Loops: comparisonLoops, Predicate: true},
	{Key: Op("ge"), Name: "greater_equal", Nin: 2, Loops: comparisonLoops, Predicate: true},

	{Key: Op("neg"), Name: "negative", Nin: 1, Loops: loops(loopInts, loopReals), NoBools: true},
	{Key: Op("pos"), Name: "positive", Nin: 1, Loops: loops(loopBool, loopInts, loopReals)},
	{Key: Op("invert"), Name: "invert", Nin: 1, Loops: loops(loopBool, loopInts)},

	npUfunc("minimum", 2, comparisonLoops, ""),
	npUfunc("maximum", 2, comparisonLoops, ""),
	npUfunc("abs", 1, absoluteLoops, "fabs"),
	npUfunc("absolute", 1, absoluteLoops, "fabs"),
	npUfunc("fabs", 1, floatUfuncLoops, "fabs"),
	npUfunc("sqrt", 1, floatUfuncLoops, "sqrt"),
	npUfunc("exp", 1, floatUfuncLoops, "exp"),
	npUfunc("log", 1, floatUfuncLoops, "log"),
	npUfunc("log10", 1, floatUfuncLoops, "log10"),
	npUfunc("log2", 1, floatUfuncLoops, "log2"),
	npUfunc("sin", 1, floatUfuncLoops, "sin"),
	npUfunc("cos", 1, floatUfuncLoops, "cos"),
	npUfunc("tan", 1, floatUfuncLoops, "tan"),
	npUfunc("arctan", 1, floatUfuncLoops, "atan"),
	npUfunc("sinh", 1, floatUfuncLoops, "sinh"),
	npUfunc("cosh", 1, floatUfuncLoops, "cosh"),
	npUfunc("tanh", 1, floatUfuncLoops, "tanh"),
	npUfunc("floor", 1, floatUfuncLoops, "floor"),
	npUfunc("ceil", 1, floatUfuncLoops, "ceil"),
	npUfunc("cbrt", 1, floatUfuncLoops, "cbrt"),
	npUfunc("log1p", 1, floatUfuncLoops, "log1p"),
	npUfunc("expm1", 1, floatUfuncLoops, "expm1"),
}

// npUfunc is the row of the NumPy function np.name.
func npUfunc(name string, nin int, loops []types.Type, libm string) *Ufunc {
	return &Ufunc{Key: Key{Module: types.Ufuncs, Name: name}, Name: name, Nin: nin, Loops: loops, Libm: libm}
}

// ufuncByKey indexes ufuncTable.
var ufuncByKey = map[Key]*Ufunc{}

// Ufuncs returns the ufunc table, in its order.
func Ufuncs() []*Ufunc { return ufuncTable }

// UfuncOf returns the row of the ufunc of key k, or nil.
func UfuncOf(k Key) *Ufunc { return ufuncByKey[k] }

func init() {
	for _, u := range ufuncTable {
		ufuncByKey[u.Key] = u
		if u.Key.Module == types.Ufuncs {
			register(u.Key, func(args []types.Type) (*types.Signature, error) {
				return u.accept(args)
			})
		}
	}
	register(Key{Module: types.Ufuncs, Name: "where"}, where)
}

// accept types a call of the ufunc u, np.sqrt(x) or np.minimum(x, y),
// over arrays or scalars: the result, whose elements are computed in
// its element type.
func (u *Ufunc) accept(args []types.Type) (*types.Signature, error) {
	nd := 0
	ins := make([]types.Type, len(args))
	scalar := false
	for i, x := range args {
		e, s, n := elementType(x)
		if kind(e) > 2 {
			return noImpl(u.Key, args)
		}
		ins[i], scalar, nd = e, scalar || s, max(nd, n)
	}
	if len(args) != u.Nin {
		return noImpl(u.Key, args)
	}
	res, ok := loopType(u.Loops, ins, scalar)
	if !ok || kind(res) > 2 {
		return noImpl(u.Key, args)
	}
	if types.Equal(res, float16) {
		return nil, fmt.Errorf("np.%s(%s) computes in float16 in NumPy, which pynjit does not have (convert the array to float32 first)", u.Name, args[0])
	}
	return sig(shaped(res, nd), args...), nil
}

// where types np.where(c, x, y): the elements of x and y converted to
// np.promote_types of the two, scalars with their own types (as Numba
// does; NumPy 1.x would cast a Python scalar by value).
func where(args []types.Type) (*types.Signature, error) {
	k := Key{Module: types.Ufuncs, Name: "where"}
	nd := 0
	for _, x := range args {
		e, _, n := elementType(x)
		if kind(e) > 2 {
			return noImpl(k, args)
		}
		nd = max(nd, n)
	}
	if len(args) != 3 {
		return noImpl(k, args)
	}
	if c, _, _ := elementType(args[0]); !types.Equal(c, types.Bool) {
		return noImpl(k, args)
	}
	le, _, _ := elementType(args[1])
	re, _, _ := elementType(args[2])
	res, ok := loopType(comparisonLoops, []types.Type{le, re}, false)
	if !ok || kind(res) > 2 {
		return noImpl(k, args)
	}
	return sig(shaped(res, nd), args...), nil
}

// shaped is a new C array of elements of type elem and nd dimensions,
// or elem itself when nd is 0.
func shaped(elem types.Type, nd int) types.Type {
	if nd > 0 {
		return &types.Array{Dtype: elem, NDim: nd, Layout: types.LayoutC}
	}
	return elem
}
