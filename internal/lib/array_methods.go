package lib

import (
	"fmt"

	"github.com/pynjit/pynjit/internal/types"
)

// The array methods (and the NumPy functions of the same names, np.sum(a)
// as a.sum()), taking the array first: each with the number of arrays
// it takes and its result type (NumPy's) for its arrays.
func init() {
	// sum and prod give int64 or uint64 for integers and bools
	method("sum", 1, sumType)
	method("prod", 1, sumType)
	method("mean", 1, func(arrs []*types.Array) (types.Type, error) {
		if types.Equal(arrs[0].Dtype, types.Float32) {
			return types.Float32, nil
		}
		return types.Float64, nil
	})
	method("min", 1, minMaxType)
	method("max", 1, minMaxType)
	method("argmin", 1, argType)
	method("argmax", 1, argType)
	method("dot", 2, func(arrs []*types.Array) (types.Type, error) {
		if res, ok := Matmul(arrs[0], arrs[1]); ok {
			return res, nil
		}
		return nil, fmt.Errorf("np.dot of %s and %s is unsupported in nopython mode for now (1-D and 2-D arrays of int32, int64, float32 or float64)", arrs[0], arrs[1])
	})
	register(Key{Recv: types.ArrayRecv, Name: "copy"}, func(args []types.Type) (*types.Signature, error) {
		if len(args) != 1 || !IsArray(args[0]) {
			return nil, NoKeywords(Key{Recv: types.ArrayRecv, Name: "copy"})
		}
		arr := args[0].(*types.Array)
		return sig(&types.Array{Dtype: arr.Dtype, NDim: arr.NDim, Layout: types.LayoutC}, args...), nil
	})
	register(Key{Recv: types.ArrayRecv, Name: "flatten"}, func(args []types.Type) (*types.Signature, error) {
		if len(args) != 1 || !IsArray(args[0]) {
			return nil, NoKeywords(Key{Recv: types.ArrayRecv, Name: "flatten"})
		}
		return sig(&types.Array{Dtype: args[0].(*types.Array).Dtype, NDim: 1, Layout: types.LayoutC}, args...), nil
	})
	attr := func(recv, name string, get func(x types.Type) types.Type) {
		k := Key{Recv: recv, Name: name}
		register(k, func(args []types.Type) (*types.Signature, error) {
			return sig(get(args[0]), args[0]), nil
		})
		registry[k].Attribute = true
	}
	attr(types.ArrayRecv, "shape", func(x types.Type) types.Type {
		return &types.Tuple{Elems: same(types.Int64, x.(*types.Array).NDim)}
	})
	attr(types.ArrayRecv, "ndim", func(types.Type) types.Type { return types.Int64 })
	attr(types.ArrayRecv, "size", func(types.Type) types.Type { return types.Int64 })
	attr(types.ArrayRecv, "T", func(x types.Type) types.Type {
		arr := x.(*types.Array)
		layout := types.LayoutA
		if arr.NDim == 1 {
			layout = arr.Layout
		}
		return &types.Array{Dtype: arr.Dtype, NDim: arr.NDim, Layout: layout}
	})
	attr(ComplexRecv, "real", func(types.Type) types.Type { return types.Float64 })
	attr(ComplexRecv, "imag", func(types.Type) types.Type { return types.Float64 })
}

// ComplexRecv is the receiver kind of complex numbers' attributes.
const ComplexRecv = "complex"

// Receiver is the receiver kind of a value of type x, whose methods and
// attributes are keyed under it: "array", "complex", or "".
func Receiver(x types.Type) string {
	switch x.(type) {
	case *types.Array:
		return types.ArrayRecv
	case types.Complex:
		return ComplexRecv
	}
	return ""
}

// arities are how many arrays each array method but copy takes, the
// receiver included.
var arities = map[Key]int{}

// NoKeywords is the error for keyword arguments to method k, which no
// array method takes yet (nor does Numba's copy or flatten: order= and
// the others).
func NoKeywords(k Key) error {
	if _, ok := arities[k]; !ok {
		return fmt.Errorf("%s() takes no arguments in nopython mode (no order= or other options)", k.Name)
	}
	return fmt.Errorf("%s() takes %d array argument(s) in nopython mode (no axis or other options yet)", k.Name, arities[k])
}

// method registers the array method name, taking arity arrays (and
// no complex ones), whose result type is result's.
func method(name string, arity int, result func(arrs []*types.Array) (types.Type, error)) {
	k := Key{Recv: types.ArrayRecv, Name: name}
	arities[k] = arity
	register(k, func(args []types.Type) (*types.Signature, error) {
		if len(args) != arity {
			return nil, NoKeywords(k)
		}
		var arrs []*types.Array
		for _, x := range args {
			arr, ok := x.(*types.Array)
			if !ok || IsComplex(arr.Dtype) {
				return noImpl(k, args)
			}
			arrs = append(arrs, arr)
		}
		res, err := result(arrs)
		if err != nil {
			return nil, err
		}
		return sig(res, args...), nil
	})
}

// sumType is the result of a sum or product: int64 or uint64 for
// integers and bools, as NumPy's.
func sumType(arrs []*types.Array) (types.Type, error) {
	d := arrs[0].Dtype
	if f, ok := d.(types.Float); ok {
		return f, nil
	} else if i, ok := d.(types.Int); ok && !i.Signed {
		return types.Uint64, nil
	}
	return types.Int64, nil
}

// minMaxType is the result of min and max: the element type.
func minMaxType(arrs []*types.Array) (types.Type, error) { return arrs[0].Dtype, nil }

// argType is the result of argmin and argmax.
func argType([]*types.Array) (types.Type, error) { return types.Int64, nil }
