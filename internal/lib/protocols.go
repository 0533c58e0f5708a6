package lib

import (
	"fmt"

	"github.com/pynjit/pynjit/internal/types"
)

func init() {
	register(Op("truth"), func(args []types.Type) (*types.Signature, error) {
		if !HasTruth(args[0]) {
			return nil, fmt.Errorf("the truth value of %s is unsupported in nopython mode", args[0])
		}
		return sig(types.Bool, args[0]), nil
	})
	register(Op("getiter"), func(args []types.Type) (*types.Signature, error) {
		it, err := IterType(args[0])
		if err != nil {
			return nil, err
		}
		return sig(it, args[0]), nil
	})
	register(Op("iternext"), func(args []types.Type) (*types.Signature, error) {
		return sig(types.Pair{First: ElemType(args[0]), Second: types.Bool}, args[0]), nil
	})
	register(Op("getitem"), func(args []types.Type) (*types.Signature, error) {
		x, i := args[0], args[1]
		if _, ok := x.(types.Argv); ok && IsIntegral(i) {
			return sig(types.ArgvItem{}, x, i), nil
		}
		if arr, ok := x.(*types.Array); ok {
			item, err := ArrayItem(arr, IndexTypes(i))
			if err != nil {
				return nil, err
			}
			return sig(item, x, i), nil
		}
		return nil, fmt.Errorf("indexing %s with %s is unsupported in nopython mode for now", x, i)
	})
	register(Op("setitem"), func(args []types.Type) (*types.Signature, error) {
		x, i, v := args[0], args[1], args[2]
		arr, ok := x.(*types.Array)
		if !ok {
			return nil, fmt.Errorf("'%s' object does not support item assignment", x)
		}
		target, err := ArrayItem(arr, IndexTypes(i))
		if err != nil {
			return nil, err
		}
		stored := func() bool { return (IsNumeric(v) || IsComplex(v)) && (!IsComplex(v) || IsComplex(arr.Dtype)) }
		if view, ok := target.(*types.Array); ok {
			// a[1:-1] = x: a scalar fills the view; an array of the same
			// number of dimensions is copied into it.
			if src, ok := v.(*types.Array); ok && src.NDim == view.NDim || stored() {
				return sig(types.None, x, i, v), nil
			}
			return nil, fmt.Errorf("cannot assign %s to %s", v, view)
		}
		if !stored() {
			return nil, fmt.Errorf("cannot store %s in %s", v, arr)
		}
		return sig(types.None, x, i, v), nil
	})
}

// HasTruth reports whether compiled code knows the truth value of a
// value of type x, for if, while, and, or, not and bool(): numbers,
// None, arrays (NumPy's rule), tuples, ranges, sys.argv, and the objects
// that are always true (functions, modules, classes, enumerate and zip).
// A sys.argv item, a string, is not known.
func HasTruth(x types.Type) bool {
	_, isArgvItem := x.(types.ArgvItem)
	return !isArgvItem
}

// IterType is the iterator type of an iterable, or why it has none.
func IterType(x types.Type) (types.Type, error) {
	switch x := x.(type) {
	case types.RangeState:
		return types.RangeIter{Elem: x.Elem}, nil
	case *types.Tuple:
		if len(x.Elems) == 0 || !x.IsUniform() {
			return nil, fmt.Errorf("iterating over %s is unsupported in nopython mode: the elements must share one type", x)
		}
		return types.TupleIter{Tuple: x}, nil
	case types.Enumerate:
		return types.EnumerateIter{Inner: x.Inner}, nil
	case types.Zip:
		return types.ZipIter{Inners: x.Inners}, nil
	case *types.Array:
		return types.ArrayIter{Array: x}, nil
	}
	return nil, fmt.Errorf("cannot iterate over %s in nopython mode", x)
}

// ElemType is the type of the values an iterator yields.
func ElemType(it types.Type) types.Type {
	switch it := it.(type) {
	case types.RangeIter:
		return it.Elem
	case types.TupleIter:
		return it.Tuple.Elems[0]
	case types.EnumerateIter:
		inner, _ := IterType(it.Inner)
		return &types.Tuple{Elems: []types.Type{types.Int64, ElemType(inner)}}
	case types.ArrayIter: // a[0], a[1], ...
		item, _ := ArrayItem(it.Array, []types.Type{types.Int64})
		return item
	case types.ZipIter:
		tup := &types.Tuple{}
		for _, x := range it.Inners {
			inner, _ := IterType(x)
			tup.Elems = append(tup.Elems, ElemType(inner))
		}
		return tup
	}
	return nil
}

// ArrayItem types indexing arr with integer and slice indexes: all of
// its dimensions give an element, fewer (or slices) a view of the rest.
// The view is C-contiguous, as in Numba, when arr is and every index is
// an integer but the last, which may also be a slice without a step;
// any other view (an F-contiguous array's rows among them) has layout A.
func ArrayItem(arr *types.Array, idx []types.Type) (types.Type, error) {
	slices := 0
	contiguous := arr.Layout == types.LayoutC
	for n, i := range idx {
		if s, ok := i.(types.SliceType); ok {
			slices++
			contiguous = contiguous && n == len(idx)-1 && !s.Step
		} else if !IsIntegral(i) {
			return nil, fmt.Errorf("indexing %s with %s is unsupported in nopython mode for now (integers and slices only)", arr, types.ArgsString(idx))
		}
	}
	switch {
	case len(idx) == arr.NDim && slices == 0:
		return arr.Dtype, nil
	case len(idx) <= arr.NDim:
		layout := types.LayoutA
		if contiguous {
			layout = types.LayoutC
		}
		return &types.Array{Dtype: arr.Dtype, NDim: arr.NDim - len(idx) + slices, Layout: layout}, nil
	}
	return nil, fmt.Errorf("too many indices for %s: %d given", arr, len(idx))
}

// IndexTypes lists the indexes of a subscript: one, or a tuple's.
func IndexTypes(i types.Type) []types.Type {
	if tt, ok := i.(*types.Tuple); ok {
		return tt.Elems
	}
	return []types.Type{i}
}
