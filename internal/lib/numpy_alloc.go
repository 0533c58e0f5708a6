package lib

import (
	"fmt"

	"github.com/pynjit/pynjit/internal/types"
)

func init() {
	for name := range allocators {
		k := Key{Module: types.NumPy, Name: name}
		register(k, func(args []types.Type) (*types.Signature, error) {
			return allocate(name, args)
		})
	}
}

// allocate types np.zeros(shape) and the other allocators. The last
// argument is the dtype given (a types.DType, from dtype= or a trailing
// positional dtype, which the caller reads) or none; the others are, in
// order, the shape (or the template array, or the range or linspace
// bounds), then the fill value for full.
func allocate(name string, args []types.Type) (*types.Signature, error) {
	var dtype types.Type
	if d, ok := args[len(args)-1].(types.DType); ok {
		dtype = d.Elem
	}
	args = args[:len(args)-1]
	fail := func(why string) (*types.Signature, error) {
		return nil, fmt.Errorf("np.%s(%s): %s", name, types.ArgsString(args), why)
	}
	var res *types.Array
	switch name {
	case "empty", "zeros", "ones", "full":
		want := 1
		if name == "full" {
			want = 2
		}
		if len(args) != want {
			return fail("expected a shape" + map[bool]string{true: " and a fill value", false: ""}[name == "full"])
		}
		nd, ok := shapeDims(args[0])
		if !ok {
			return fail("the shape must be an int or a tuple of ints")
		}
		if nd > types.MaxDims {
			return fail(fmt.Sprintf("arrays have at most %d dimensions in pynjit", types.MaxDims))
		}
		if dtype == nil {
			dtype = types.Float64
			if name == "full" {
				if !IsNumeric(args[1]) {
					return fail("the fill value must be a number")
				}
				dtype = Promote(args[1], args[1])
				if types.Equal(args[1], types.Bool) {
					dtype = types.Bool
				}
			}
		}
		res = &types.Array{Dtype: dtype, NDim: nd, Layout: types.LayoutC}
	case "empty_like", "zeros_like":
		var src *types.Array
		ok := len(args) == 1
		if ok {
			src, ok = args[0].(*types.Array)
		}
		if !ok {
			return fail("expected an array")
		}
		if dtype == nil {
			dtype = src.Dtype
		}
		res = &types.Array{Dtype: dtype, NDim: src.NDim, Layout: types.LayoutC}
	case "arange":
		if len(args) < 1 || len(args) > 3 {
			return fail("expected 1 to 3 numbers")
		}
		elem := types.Type(types.Int64)
		for _, x := range args {
			if !IsNumeric(x) {
				return fail("expected numbers")
			}
			if types.IsFloat(x) {
				elem = types.Float64
			}
		}
		if dtype == nil {
			dtype = elem
		}
		res = &types.Array{Dtype: dtype, NDim: 1, Layout: types.LayoutC}
	case "linspace":
		if len(args) < 2 || len(args) > 3 || !IsNumeric(args[0]) || !IsNumeric(args[1]) || len(args) == 3 && !IsIntegral(args[2]) {
			return fail("expected start, stop and an int num")
		}
		res = &types.Array{Dtype: types.Float64, NDim: 1, Layout: types.LayoutC}
	}
	if llTypeOK := res.Dtype != nil && !IsComplex(res.Dtype); !llTypeOK {
		return fail("the dtype is unsupported in nopython mode for now")
	}
	return sig(res, args...), nil
}

// shapeDims reads a shape argument: an int, or a tuple of ints.
func shapeDims(x types.Type) (int, bool) {
	if IsIntegral(x) {
		return 1, true
	}
	tt, ok := x.(*types.Tuple)
	if !ok || len(tt.Elems) == 0 {
		return 0, false
	}
	for _, e := range tt.Elems {
		if !IsIntegral(e) {
			return 0, false
		}
	}
	return len(tt.Elems), true
}
