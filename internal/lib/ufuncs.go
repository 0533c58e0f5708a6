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
	// the - operator's "subtract"): compiled code calls it as np.Name,
	// or by one of its Aliases (np.divide is np.true_divide).
	Name    string
	Aliases []string
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
	// BoolCopy says the operator on a bool array copies it, although
	// the ufunc has no bool loop (+a is a, np.positive(a) NumPy's
	// error: NumPy 1.24 copies and warns, NumPy 2 raises).
	BoolCopy bool
}

// ufuncTable is NumPy's ufuncs pynjit compiles.
var ufuncTable = []*Ufunc{
	{Key: Op("add"), Name: "add", Nin: 2, Loops: loops(loopBool, loopInts, loopReals, loopCplx), IntScalar: true},
	{Key: Op("sub"), Name: "subtract", Nin: 2, Loops: loops(loopInts, loopReals, loopCplx), NoBools: true, IntScalar: true},
	{Key: Op("mul"), Name: "multiply", Nin: 2, Loops: loops(loopBool, loopInts, loopReals, loopCplx), IntScalar: true},
	{Key: Op("truediv"), Name: "true_divide", Aliases: []string{"divide"}, Nin: 2, Loops: loops(loopReals, loopCplx), IntegerLoop: types.Float64},
	{Key: Op("floordiv"), Name: "floor_divide", Nin: 2, Loops: loops(loopInts, loopReals), IntScalar: true},
	{Key: Op("mod"), Name: "remainder", Aliases: []string{"mod"}, Nin: 2, Loops: loops(loopInts, loopReals), IntScalar: true},
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
	{Key: Op("pos"), Name: "positive", Nin: 1, Loops: loops(loopInts, loopReals), NoBools: true, BoolCopy: true},
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

// ufuncByKey indexes ufuncTable by the rows' keys and the keys of
// their functions (FuncKey); ufuncByName by NumPy's names and aliases.
var (
	ufuncByKey  = map[Key]*Ufunc{}
	ufuncByName = map[string]*Ufunc{}
)

// Ufuncs returns the ufunc table, in its order.
func Ufuncs() []*Ufunc { return ufuncTable }

// UfuncOf returns the row of the ufunc of key k (a row's key or its
// function's), or nil.
func UfuncOf(k Key) *Ufunc { return ufuncByKey[k] }

// UfuncNamed returns the row of the ufunc NumPy calls name (np.add,
// np.divide), or nil.
func UfuncNamed(name string) *Ufunc { return ufuncByName[name] }

// FuncKey is the key of the ufunc called as a function, np.Name(...):
// the row's own key for np.sqrt, Key{Module: types.Ufuncs, Name: "add"}
// for the + operator's row.
func (u *Ufunc) FuncKey() Key { return Key{Module: types.Ufuncs, Name: u.Name} }

func init() {
	for _, u := range ufuncTable {
		ufuncByKey[u.Key] = u
		ufuncByKey[u.FuncKey()] = u
		for _, n := range append([]string{u.Name}, u.Aliases...) {
			ufuncByName[n] = u
		}
		register(u.FuncKey(), func(args []types.Type) (*types.Signature, error) {
			return u.accept(args)
		})
	}
	register(Key{Module: types.Ufuncs, Name: "where"}, where)
}

// accept types a call of the ufunc u, np.sqrt(x), np.minimum(x, y) or
// np.add(x, y), over arrays or scalars: the result, whose elements are
// computed in the loop type (Loop), bool for a comparison.
func (u *Ufunc) accept(args []types.Type) (*types.Signature, error) {
	nd := 0
	for _, x := range args {
		_, _, n := elementType(x)
		nd = max(nd, n)
	}
	res, ok := u.Loop(args)
	if !ok {
		return noImpl(u.FuncKey(), args)
	}
	if types.Equal(res, float16) {
		return nil, fmt.Errorf("np.%s(%s) computes in float16 in NumPy, which pynjit does not have (convert the array to float32 first)", u.Name, args[0])
	}
	if u.Predicate {
		res = types.Bool
	}
	return sig(shaped(res, nd), args...), nil
}

// Loop is the type the ufunc u called as a function computes the
// elements of arguments args in (arrays or scalars), as the operator
// on arrays selects it (arrayLoop): NumPy's loop between arrays,
// Numba's with a scalar, and Numba's for scalars alone (np.add(True,
// True) is bool, np.subtract(True, True) int8, np.true_divide(1, 2)
// float64).
func (u *Ufunc) Loop(args []types.Type) (types.Type, bool) {
	ins := make([]types.Type, len(args))
	scalar := false
	for i, x := range args {
		e, s, _ := elementType(x)
		if kind(e) > 2 {
			return nil, false
		}
		ins[i], scalar = e, scalar || s
	}
	if len(args) != u.Nin {
		return nil, false
	}
	res, ok := arrayLoop(u, ins, scalar)
	return res, ok && kind(res) <= 2
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
