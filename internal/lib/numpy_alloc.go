package lib

import (
	"fmt"

	"github.com/pynjit/pynjit/internal/types"
)

// allocation types a NumPy allocator's arguments given the dtype asked
// for (nil when none is): the new array, or why the arguments do not
// fit.
type allocation func(args []types.Type, dtype types.Type) (*types.Array, string)

// allocations are the NumPy functions that make new arrays (the
// allocators), with their typing.
var allocations = []struct {
	name   string
	typing allocation
}{
	{"empty", shapedAllocation(false)},
	{"zeros", shapedAllocation(false)},
	{"ones", shapedAllocation(false)},
	{"full", shapedAllocation(true)},
	{"empty_like", likeAllocation},
	{"zeros_like", likeAllocation},
	{"arange", arangeAllocation},
	{"linspace", linspaceAllocation},
}

func init() {
	for _, a := range allocations {
		register(Key{Module: types.NumPy, Name: a.name}, func(args []types.Type) (*types.Signature, error) {
			return allocate(a.name, a.typing, args)
		})
	}
}

// allocate types np.zeros(shape) and the other allocators. The last
// argument is the dtype given (a types.DType, from dtype= or a trailing
// positional dtype, which the caller reads) or none; the others are, in
// order, the shape (or the template array, or the range or linspace
// bounds), then the fill value for full.
func allocate(name string, typing allocation, args []types.Type) (*types.Signature, error) {
	var dtype types.Type
	if d, ok := args[len(args)-1].(types.DType); ok {
		dtype = d.Elem
	}
	args = args[:len(args)-1]
	res, why := typing(args, dtype)
	if why == "" && (res.Dtype == nil || IsComplex(res.Dtype)) {
		why = "the dtype is unsupported in nopython mode for now"
	}
	if why != "" {
		return nil, fmt.Errorf("np.%s(%s): %s", name, types.ArgsString(args), why)
	}
	return sig(res, args...), nil
}

// shapedAllocation types np.empty, zeros and ones (shape), and with a
// fill value np.full (shape, value): float64 unless a dtype is given or
// the fill value's type decides.
func shapedAllocation(fill bool) allocation {
	return func(args []types.Type, dtype types.Type) (*types.Array, string) {
		want, expected := 1, "expected a shape"
		if fill {
			want, expected = 2, "expected a shape and a fill value"
		}
		if len(args) != want {
			return nil, expected
		}
		nd, ok := shapeDims(args[0])
		if !ok {
			return nil, "the shape must be an int or a tuple of ints"
		}
		if nd > types.MaxDims {
			return nil, fmt.Sprintf("arrays have at most %d dimensions in pynjit", types.MaxDims)
		}
		if dtype == nil {
			dtype = types.Float64
			if fill {
				if !IsNumeric(args[1]) {
					return nil, "the fill value must be a number"
				}
				dtype = Promote(args[1], args[1])
				if types.Equal(args[1], types.Bool) {
					dtype = types.Bool
				}
			}
		}
		return &types.Array{Dtype: dtype, NDim: nd, Layout: types.LayoutC}, ""
	}
}

// likeAllocation types np.empty_like and np.zeros_like: an array of
// the template's shape and dtype.
func likeAllocation(args []types.Type, dtype types.Type) (*types.Array, string) {
	var src *types.Array
	ok := len(args) == 1
	if ok {
		src, ok = args[0].(*types.Array)
	}
	if !ok {
		return nil, "expected an array"
	}
	if dtype == nil {
		dtype = src.Dtype
	}
	return &types.Array{Dtype: dtype, NDim: src.NDim, Layout: types.LayoutC}, ""
}

// arangeAllocation types np.arange([start, ]stop[, step]): int64
// unless a bound is a float.
func arangeAllocation(args []types.Type, dtype types.Type) (*types.Array, string) {
	if len(args) < 1 || len(args) > 3 {
		return nil, "expected 1 to 3 numbers"
	}
	elem := types.Type(types.Int64)
	for _, x := range args {
		if !IsNumeric(x) {
			return nil, "expected numbers"
		}
		if types.IsFloat(x) {
			elem = types.Float64
		}
	}
	if dtype == nil {
		dtype = elem
	}
	return &types.Array{Dtype: dtype, NDim: 1, Layout: types.LayoutC}, ""
}

// linspaceAllocation types np.linspace(start, stop[, num]).
func linspaceAllocation(args []types.Type, _ types.Type) (*types.Array, string) {
	if len(args) < 2 || len(args) > 3 || !IsNumeric(args[0]) || !IsNumeric(args[1]) || len(args) == 3 && !IsIntegral(args[2]) {
		return nil, "expected start, stop and an int num"
	}
	return &types.Array{Dtype: types.Float64, NDim: 1, Layout: types.LayoutC}, ""
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
