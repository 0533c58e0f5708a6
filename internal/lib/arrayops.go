package lib

import "github.com/pynjit/pynjit/internal/types"

// kind orders NumPy's dtype kinds: bool < integer < float.
func kind(t types.Type) int {
	switch t.(type) {
	case types.Boolean:
		return 0
	case types.Int:
		return 1
	case types.Float:
		return 2
	}
	return 3
}

// elementType is an operand's element type, and whether it is a scalar.
func elementType(t types.Type) (types.Type, bool, int) {
	if a, ok := t.(*types.Array); ok {
		return a.Dtype, false, a.NDim
	}
	return t, true, 0
}

// ArrayBinary types an arithmetic operator with an array operand:
// elementwise with broadcasting, computed in the type of the loop its
// ufunc selects (loops.go). The signature's arguments are the element
// types the operands convert to; its result is the new array.
func ArrayBinary(op string, l, r types.Type) (*types.Signature, bool) {
	u := UfuncOf(Op(op))
	le, ls, ln := elementType(l)
	re, rs, rn := elementType(r)
	if kind(le) > 2 || kind(re) > 2 || u == nil || u.Predicate || u.Nin != 2 {
		return nil, false
	}
	loop, ok := arrayLoop(u, []types.Type{le, re}, ls || rs)
	if !ok || kind(loop) > 2 {
		return nil, false
	}
	out := &types.Array{Dtype: loop, NDim: max(ln, rn), Layout: types.LayoutC}
	ct := loop
	if (ls || rs) && kind(le) <= 1 && kind(re) <= 1 && kind(loop) == 2 && u.IntScalar {
		// Numba computes an array expression's elements with its
		// scalar operators, converting to the loop's type after: an
		// int64 with a uint64 adds (and divides by 0, giving 0) in
		// int64 although the array is float64
		ct = types.Int64
	}
	return &types.Signature{Args: []types.Type{ct, ct}, Return: out}, true
}

// arrayCompare types a comparison with an array operand: a bool
// array; the operands compare in the type of the comparison's loop.
func arrayCompare(op string, l, r types.Type) (*types.Signature, bool) {
	u := UfuncOf(Op(op))
	le, ls, ln := elementType(l)
	re, rs, rn := elementType(r)
	if kind(le) > 2 || kind(re) > 2 || u == nil || !u.Predicate {
		return nil, false
	}
	common, ok := loopType(u.Loops, []types.Type{le, re}, ls || rs)
	if !ok || kind(common) > 2 {
		return nil, false
	}
	out := &types.Array{Dtype: types.Bool, NDim: max(ln, rn), Layout: types.LayoutC}
	return &types.Signature{Args: []types.Type{common, common}, Return: out}, true
}

// arrayUnary types -a, +a and ~a: elementwise, in the loop the
// operator's ufunc selects for the array's dtype (its own).
func arrayUnary(op string, arr *types.Array) (*types.Signature, bool) {
	u := UfuncOf(Op(op))
	if u == nil || kind(arr.Dtype) > 2 {
		return nil, false
	}
	loop, ok := arrayLoop(u, []types.Type{arr.Dtype}, false)
	if u.BoolCopy && types.Equal(arr.Dtype, types.Bool) {
		loop, ok = types.Bool, true
	}
	if !ok {
		return nil, false
	}
	return sig(&types.Array{Dtype: loop, NDim: arr.NDim, Layout: types.LayoutC}, loop), true
}

// IsArray reports whether t is an array.
func IsArray(t types.Type) bool {
	_, ok := t.(*types.Array)
	return ok
}

// Matmul types np.dot(a, b) and a @ b for 1-D and 2-D arrays: a
// scalar for two vectors, else an array, of the dtype of NumPy's
// multiply loop for the two (bool @ bool is bool, int32 @ int32 int32,
// float32 @ float32 float32).
func Matmul(a, b *types.Array) (types.Type, bool) {
	for _, x := range []*types.Array{a, b} {
		if x.NDim < 1 || x.NDim > 2 {
			return nil, false
		}
	}
	elem, ok := loopType(UfuncOf(Op("mul")).Loops, []types.Type{a.Dtype, b.Dtype}, false)
	if !ok || kind(elem) > 2 {
		return nil, false
	}
	switch {
	case a.NDim == 1 && b.NDim == 1:
		return elem, true
	case a.NDim == 2 && b.NDim == 2:
		return &types.Array{Dtype: elem, NDim: 2, Layout: types.LayoutC}, true
	}
	return &types.Array{Dtype: elem, NDim: 1, Layout: types.LayoutC}, true
}
