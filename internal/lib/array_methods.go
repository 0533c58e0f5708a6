package lib

import (
	"fmt"

	"github.com/pynjit/pynjit/internal/types"
)

// The array methods (and the NumPy functions of the same names, np.sum(a)
// as a.sum()), taking the array first.
var arrayMethods = []string{"sum", "prod", "mean", "min", "max", "argmin", "argmax", "dot", "copy"}

func init() {
	for _, name := range arrayMethods {
		k := Key{Recv: types.ArrayRecv, Name: name}
		register(k, func(args []types.Type) (*types.Signature, error) {
			return arrayMethod(k, args)
		})
	}
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

// arrayArity is how many arrays an array method takes, the receiver
// included.
func arrayArity(name string) int {
	if name == "dot" {
		return 2
	}
	return 1
}

// NoKeywords is the error for keyword arguments to method k, which no
// array method takes yet.
func NoKeywords(k Key) error {
	return fmt.Errorf("%s() takes %d array argument(s) in nopython mode (no axis or other options yet)", k.Name, arrayArity(k.Name))
}

// arrayMethod types a reduction of an array (NumPy's result types),
// np.dot of 1-D and 2-D arrays, and a copy.
func arrayMethod(k Key, args []types.Type) (*types.Signature, error) {
	if k.Name == "copy" {
		if len(args) != 1 || !IsArray(args[0]) {
			return nil, fmt.Errorf("copy() takes no arguments")
		}
		arr := args[0].(*types.Array)
		return sig(&types.Array{Dtype: arr.Dtype, NDim: arr.NDim, Layout: types.LayoutC}, args...), nil
	}
	if len(args) != arrayArity(k.Name) {
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
	d := arrs[0].Dtype
	var res types.Type
	switch k.Name {
	case "sum", "prod": // NumPy's: int64 or uint64 for integers and bools
		res = types.Int64
		if f, ok := d.(types.Float); ok {
			res = f
		} else if i, ok := d.(types.Int); ok && !i.Signed {
			res = types.Uint64
		}
	case "mean":
		res = types.Float64
		if types.Equal(d, types.Float32) {
			res = types.Float32
		}
	case "min", "max":
		res = d
	case "argmin", "argmax":
		res = types.Int64
	case "dot":
		var ok bool
		if res, ok = Matmul(arrs[0], arrs[1]); !ok {
			return nil, fmt.Errorf("np.dot of %s and %s is unsupported in nopython mode for now (1-D and 2-D arrays of int32, int64, float32 or float64)", arrs[0], arrs[1])
		}
	}
	return sig(res, args...), nil
}
