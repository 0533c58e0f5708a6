package resolve

import (
	"fmt"
	"math"
	"math/big"
	"slices"

	"github.com/pynjit/pynjit/internal/syntax"
	"github.com/pynjit/pynjit/internal/types"
)

// Module-level arrays (lookup tables: POPCNT = np.array([...],
// dtype=np.uint8)) are frozen as Numba freezes a global array: the
// values it holds when the function is compiled, read-only. pynjit
// evaluates np.array (and np.asarray) of nested list and tuple displays
// of the constants consts.go evaluates, and np.arange, np.zeros and
// np.ones of constant arguments, each with an optional dtype, as NumPy
// does: NumPy's promotion of the items' types (a Python int is int64, a
// float float64), and NumPy 2's refusal of a Python int out of the
// dtype's range.

// ConstArray is a NumPy array frozen at build time: its dtype (bool, an
// integer or a float type), its shape, and its elements in C order, each
// the Go value of the dtype (bool, int8 ... int64, uint8 ... uint64,
// float32, float64).
type ConstArray struct {
	Dtype types.Type
	Shape []int
	Elems []any
}

// Type is Numba's type of the frozen array: C-contiguous.
func (a *ConstArray) Type() *types.Array {
	return &types.Array{Dtype: a.Dtype, NDim: len(a.Shape), Layout: types.LayoutC}
}

// maxConstElems bounds the arrays pynjit freezes: their data is written
// into the generated code.
const maxConstElems = 1 << 20

// evalArray evaluates a call of NumPy's array constructors; ok is false
// when c calls none of them.
func (r *resolver) evalArray(c *syntax.Call) (v evaluated, why string, ok bool) {
	path := r.dotted(c.Func)
	switch path {
	case "numpy.array", "numpy.asarray", "numpy.arange", "numpy.zeros", "numpy.ones":
	default:
		return nil, "", false
	}
	text := r.text(c.Span())
	args := c.Args
	var dtype types.Type
	dtypeArg := func(e syntax.Expr) string {
		dtype = r.dtype(e)
		switch dtype.(type) {
		case types.Boolean, types.Int, types.Float:
			return ""
		}
		return "pynjit does not freeze " + text + ": the dtype " + r.text(e.Span()) + " is unsupported in nopython mode"
	}
	for _, kw := range c.Keywords {
		if kw.Arg == nil || *kw.Arg != "dtype" {
			return nil, "pynjit does not evaluate " + text + " at build time (only the keyword dtype=)", true
		}
		if why := dtypeArg(kw.Value); why != "" {
			return nil, why, true
		}
	}
	if path != "numpy.arange" && len(args) == 2 && dtype == nil {
		if why := dtypeArg(args[1]); why != "" {
			return nil, why, true
		}
		args = args[:1]
	}
	var a *ConstArray
	switch path {
	case "numpy.array", "numpy.asarray":
		if len(args) != 1 {
			return nil, "pynjit does not evaluate " + text + " at build time", true
		}
		a, why = r.arrayOf(args[0], dtype, text)
	case "numpy.zeros", "numpy.ones":
		if len(args) != 1 {
			return nil, "pynjit does not evaluate " + text + " at build time", true
		}
		a, why = r.filled(args[0], dtype, path == "numpy.ones", text)
	default:
		a, why = r.arange(args, dtype, text)
	}
	if why != "" {
		return nil, why, true
	}
	return a, "", true
}

// nested evaluates e, with list and tuple displays as tuples ([]any).
func (r *resolver) nested(e syntax.Expr) (evaluated, string) {
	var elts []syntax.Expr
	switch e := e.(type) {
	case *syntax.List:
		elts = e.Elts
	case *syntax.Tuple:
		elts = e.Elts
	default:
		return r.evaluate(e)
	}
	out := make([]any, len(elts))
	for i, x := range elts {
		v, why := r.nested(x)
		if why != "" {
			return nil, why
		}
		out[i] = v
	}
	return out, ""
}

// arrayOf is np.array(e, dtype=dtype).
func (r *resolver) arrayOf(e syntax.Expr, dtype types.Type, text string) (*ConstArray, string) {
	v, why := r.nested(e)
	if why != "" {
		return nil, why
	}
	var leaves []evaluated
	shape, why := flatten(v, &leaves)
	if why != "" {
		return nil, text + ": " + why
	}
	if len(shape) == 0 {
		return nil, text + " is a 0-d array, which pynjit does not freeze"
	}
	if len(shape) > types.MaxDims {
		return nil, fmt.Sprintf("%s has %d dimensions; arrays have at most %d in pynjit", text, len(shape), types.MaxDims)
	}
	if dtype == nil {
		for _, x := range leaves {
			t := leafType(x)
			if t == nil {
				return nil, text + " holds a value of a type pynjit does not freeze in an array"
			}
			if dtype == nil {
				dtype = t
			} else {
				dtype = types.PromoteTypes(dtype, t)
			}
		}
	}
	if dtype == nil {
		dtype = types.Float64 // np.array([]) is float64
	}
	if _, ok := dtype.(types.Complex); ok {
		return nil, text + " is a complex array, which pynjit does not freeze yet"
	}
	a := &ConstArray{Dtype: dtype, Shape: shape, Elems: make([]any, len(leaves))}
	for i, x := range leaves {
		if a.Elems[i], why = castLeaf(x, dtype, text); why != "" {
			return nil, why
		}
	}
	return a, ""
}

// flatten appends the items of the nested tuples (and frozen arrays) v
// to leaves in C order and returns their shape, or why v is ragged.
func flatten(v evaluated, leaves *[]evaluated) ([]int, string) {
	switch v := v.(type) {
	case *ConstArray:
		*leaves = append(*leaves, v.Elems...)
		return append([]int{}, v.Shape...), ""
	case []any:
		var inner []int
		for i, x := range v {
			s, why := flatten(x, leaves)
			if why != "" {
				return nil, why
			}
			if i > 0 && !slices.Equal(s, inner) {
				return nil, fmt.Sprintf("its nested sequences are ragged (shapes %v and %v; NumPy raises ValueError)", inner, s)
			}
			inner = s
		}
		if len(*leaves) > maxConstElems {
			return nil, fmt.Sprintf("it has more than %d elements, more than pynjit freezes", maxConstElems)
		}
		return append([]int{len(v)}, inner...), ""
	}
	*leaves = append(*leaves, v)
	return nil, ""
}

// leafType is NumPy's dtype of an item of np.array's list: int64 for a
// Python int, float64 for a float, a NumPy scalar's own type.
func leafType(v evaluated) types.Type {
	switch v.(type) {
	case *big.Int:
		return types.Int64
	case complex128:
		return types.Complex128
	case bool, float64, float32, int8, int16, int32, int64, uint8, uint16, uint32, uint64:
		return ConstType(v)
	}
	return nil
}

// castLeaf converts an item to dtype as np.array(..., dtype=dtype)
// does: a Python int out of the dtype's range is refused (NumPy 2 raises
// OverflowError), a NumPy integer wraps around (a NumPy cast), a float
// is truncated towards zero (refused where the cast is undefined: out of
// range, NaN, infinite). To a float dtype, a NumPy integer rounds once
// and a Python int through float64, as NumPy converts each.
func castLeaf(v evaluated, dtype types.Type, text string) (any, string) {
	var x evaluated
	numpyInt := true
	switch v := v.(type) {
	case *big.Int:
		x, numpyInt = v, false
	case bool:
		x, numpyInt = big.NewInt(0), false
		if v {
			x = big.NewInt(1)
		}
	case float64:
		x, numpyInt = v, false
	case float32:
		x, numpyInt = float64(v), false
	case int8:
		x = big.NewInt(int64(v))
	case int16:
		x = big.NewInt(int64(v))
	case int32:
		x = big.NewInt(int64(v))
	case int64:
		x = big.NewInt(v)
	case uint8:
		x = new(big.Int).SetUint64(uint64(v))
	case uint16:
		x = new(big.Int).SetUint64(uint64(v))
	case uint32:
		x = new(big.Int).SetUint64(uint64(v))
	case uint64:
		x = new(big.Int).SetUint64(v)
	default:
		return nil, text + " holds a value of a type pynjit does not freeze in an array"
	}
	if t, ok := dtype.(types.Float); ok && numpyInt {
		// a NumPy cast rounds an integer once, to the nearest value of
		// the dtype (through float64 first, an int64 above 2**53 could
		// land on a float32 tie and round to even)
		f := new(big.Float).SetInt(x.(*big.Int))
		if t.Bits == 32 {
			v, _ := f.Float32()
			return v, ""
		}
		v, _ := f.Float64()
		return v, ""
	}
	if t, ok := dtype.(types.Int); ok && numpyInt {
		n := new(big.Int).And(x.(*big.Int), new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), uint(t.Bits)), big.NewInt(1)))
		if t.Signed && n.Bit(t.Bits-1) == 1 {
			n.Sub(n, new(big.Int).Lsh(big.NewInt(1), uint(t.Bits)))
		}
		x = n
	}
	out, why := npScalar(dtype, x, text)
	if why != "" {
		return nil, fmt.Sprintf("%s: an item is out of the range of %s", text, dtype)
	}
	return out, ""
}

// filled is np.zeros(shape, dtype) or np.ones.
func (r *resolver) filled(e syntax.Expr, dtype types.Type, one bool, text string) (*ConstArray, string) {
	v, why := r.evaluate(e)
	if why != "" {
		return nil, why
	}
	dims, ok := v.([]any)
	if !ok {
		dims = []any{v}
	}
	if len(dims) == 0 || len(dims) > types.MaxDims {
		return nil, text + " has a shape pynjit does not freeze"
	}
	shape := make([]int, len(dims))
	size := 1
	for k, d := range dims {
		n, ok := d.(*big.Int)
		switch {
		case !ok:
			return nil, text + ": the shape must be an int or a tuple of ints"
		case n.Sign() < 0:
			return nil, text + " raises ValueError: negative dimensions are not allowed"
		case !n.IsInt64() || n.Int64() > maxConstElems || size*int(n.Int64()) > maxConstElems:
			return nil, fmt.Sprintf("%s has more than %d elements, more than pynjit freezes", text, maxConstElems)
		}
		shape[k] = int(n.Int64())
		size *= shape[k]
	}
	if dtype == nil {
		dtype = types.Float64
	}
	fill := big.NewInt(0)
	if one {
		fill = big.NewInt(1)
	}
	x, _ := npScalar(dtype, fill, text)
	a := &ConstArray{Dtype: dtype, Shape: shape, Elems: make([]any, size)}
	for i := range a.Elems {
		a.Elems[i] = x
	}
	return a, ""
}

// arange is np.arange([start, ]stop[, step], dtype=dtype): int64 of
// Python ints, else float64, filled as NumPy fills it (start + i*delta,
// delta being (start+step)-start); a dtype converts each element.
func (r *resolver) arange(args []syntax.Expr, dtype types.Type, text string) (*ConstArray, string) {
	if len(args) < 1 || len(args) > 3 {
		return nil, "pynjit does not evaluate " + text + " at build time"
	}
	vals := make([]evaluated, len(args))
	isFloat := false
	for i, e := range args {
		v, why := r.evaluate(e)
		if why != "" {
			return nil, why
		}
		x, ok := pyNumber(v)
		if !ok {
			return nil, text + ": expected Python numbers"
		}
		_, f := x.(float64)
		isFloat = isFloat || f
		vals[i] = x
	}
	start, stop, step := evaluated(big.NewInt(0)), vals[0], evaluated(big.NewInt(1))
	if len(vals) >= 2 {
		start, stop = vals[0], vals[1]
	}
	if len(vals) == 3 {
		step = vals[2]
	}
	var items []evaluated
	if !isFloat {
		lo, hi, st := start.(*big.Int), stop.(*big.Int), step.(*big.Int)
		if st.Sign() == 0 {
			return nil, text + " raises ZeroDivisionError"
		}
		// ceil((stop - start) / step) elements, none when negative
		diff := new(big.Int).Sub(hi, lo)
		n, rem := new(big.Int).QuoRem(diff, st, new(big.Int))
		if rem.Sign() != 0 && diff.Sign() == st.Sign() {
			n.Add(n, big.NewInt(1))
		}
		if n.Cmp(big.NewInt(maxConstElems)) > 0 {
			return nil, fmt.Sprintf("%s has more than %d elements, more than pynjit freezes", text, maxConstElems)
		}
		for i := int64(0); i < n.Int64(); i++ {
			items = append(items, new(big.Int).Add(lo, new(big.Int).Mul(big.NewInt(i), st)))
		}
		// NumPy fills a float dtype from start and start+step rounded to
		// it, which the exact integers above equal only while every
		// element is exact in the dtype
		if f, ok := dtype.(types.Float); ok && len(items) > 0 {
			exact := new(big.Int).Lsh(big.NewInt(1), map[int]uint{32: 24, 64: 53}[f.Bits])
			for _, x := range []*big.Int{lo, items[len(items)-1].(*big.Int)} {
				if new(big.Int).Abs(x).Cmp(exact) > 0 {
					return nil, "pynjit does not evaluate " + text + " at build time (integers beyond those " + dtype.String() + " holds exactly)"
				}
			}
		}
	} else {
		if dtype != nil && !types.Equal(dtype, types.Float64) {
			return nil, "pynjit does not evaluate " + text + " at build time (a float range of another dtype than float64)"
		}
		f0, _ := toFloat64(start)
		f1, _ := toFloat64(stop)
		fs, _ := toFloat64(step)
		lo, hi, st := f0.(float64), f1.(float64), fs.(float64)
		if st == 0 {
			return nil, text + " raises ZeroDivisionError"
		}
		n := math.Ceil((hi - lo) / st)
		if math.IsNaN(n) || n > maxConstElems {
			return nil, fmt.Sprintf("%s has more than %d elements, more than pynjit freezes", text, maxConstElems)
		}
		// NumPy stores start and start+step, then start + i*delta from
		// the difference of those two
		delta := (lo + st) - lo
		for i := 0; i < int(n); i++ {
			switch i {
			case 0:
				items = append(items, lo)
			case 1:
				items = append(items, lo+st)
			default:
				items = append(items, lo+float64(i)*delta)
			}
		}
	}
	if dtype == nil {
		dtype = types.Int64
		if isFloat {
			dtype = types.Float64
		}
	}
	a := &ConstArray{Dtype: dtype, Shape: []int{len(items)}, Elems: make([]any, len(items))}
	for i, x := range items {
		var why string
		if a.Elems[i], why = castLeaf(x, dtype, text); why != "" {
			return nil, why
		}
	}
	return a, ""
}
