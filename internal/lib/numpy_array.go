package lib

import (
	"fmt"
	"slices"

	"github.com/pynjit/pynjit/internal/types"
)

// np.array of a list or tuple display: ir lowers the display (nested
// displays too) to a tuple, so the template sees nested tuples of
// numbers. Numba types np.array of a list by unifying the items' types,
// which for numbers is NumPy's promote_types (u8 with i8 is i16, u64
// with i64 is f64, i32 with f32 is f64); NumPy gives the same for
// np.array of Python numbers and NumPy scalars. A list of no items is
// refused (Numba: "list(undefined)"), and so are ragged ones (Numba
// raises ValueError("incompatible sequence shape") when it runs; the
// shape of a display is known when compiling).

func init() {
	k := Key{Module: types.NumPy, Name: "array"}
	register(k, func(args []types.Type) (*types.Signature, error) {
		return arrayOfSequence(args)
	})
}

// arrayOfSequence types np.array(seq[, dtype]); the last argument is
// the dtype given (a types.DType) or none, as for the allocators.
func arrayOfSequence(args []types.Type) (*types.Signature, error) {
	var dtype types.Type
	if d, ok := args[len(args)-1].(types.DType); ok {
		dtype = d.Elem
	}
	args = args[:len(args)-1]
	if len(args) != 1 {
		return nil, fmt.Errorf("np.array(%s): expected one list or tuple of numbers (and a dtype)", types.ArgsString(args))
	}
	if _, ok := args[0].(*types.Array); ok {
		return nil, fmt.Errorf("np.array(%s): np.array of an array is unsupported in nopython mode (Numba refuses it too); use a.copy()", args[0])
	}
	shape, elem, err := SequenceShape(args[0])
	if err != nil {
		return nil, fmt.Errorf("np.array(%s): %v", args[0], err)
	}
	if len(shape) == 0 {
		return nil, fmt.Errorf("np.array(%s): a 0-d array is unsupported in nopython mode; np.array takes a list or tuple here", args[0])
	}
	if len(shape) > types.MaxDims {
		return nil, fmt.Errorf("np.array(%s): arrays have at most %d dimensions in pynjit", args[0], types.MaxDims)
	}
	if dtype == nil {
		dtype = elem
	}
	if !IsNumeric(dtype) {
		return nil, fmt.Errorf("np.array(%s): the dtype %s is unsupported in nopython mode for now", args[0], dtype)
	}
	return sig(&types.Array{Dtype: dtype, NDim: len(shape), Layout: types.LayoutC}, args[0]), nil
}

// SequenceShape is the shape of the nested tuples t (its lengths, outer
// first) and NumPy's promoted type of its items; an error for an empty
// or ragged sequence, or items that are no numbers.
func SequenceShape(t types.Type) ([]int, types.Type, error) {
	tt, ok := t.(*types.Tuple)
	if !ok {
		if !IsNumeric(t) && !IsComplex(t) {
			return nil, nil, fmt.Errorf("an item of type %s is no number", t)
		}
		return nil, t, nil
	}
	if len(tt.Elems) == 0 {
		return nil, nil, fmt.Errorf("cannot infer the dtype of an empty list or tuple (Numba: list(undefined))")
	}
	var inner []int
	var elem types.Type
	for i, e := range tt.Elems {
		s, et, err := SequenceShape(e)
		if err != nil {
			return nil, nil, err
		}
		if i > 0 && !slices.Equal(s, inner) {
			return nil, nil, fmt.Errorf("the nested sequences are ragged: item 0 has shape %v and item %d has shape %v (Numba raises ValueError: incompatible sequence shape)", inner, i, s)
		}
		inner = s
		if elem == nil {
			elem = et
		} else {
			elem = types.PromoteTypes(elem, et)
		}
	}
	return append([]int{len(tt.Elems)}, inner...), elem, nil
}
