package infer

import (
	"github.com/pynjit/pynjit/internal/lib"
	"github.com/pynjit/pynjit/internal/syntax"
	"github.com/pynjit/pynjit/internal/types"
)

// Unify returns the type both a and b convert to, as Numba unifies the
// types of a variable's assignments: integers and floats give a float,
// bool and an integer give the integer, integers widen to 64 bits.
func Unify(a, b types.Type) (types.Type, bool) {
	if types.Equal(a, b) {
		return a, true
	}
	if lib.IsComplex(a) && (lib.IsNumeric(b) || lib.IsComplex(b)) || lib.IsComplex(b) && lib.IsNumeric(a) {
		return types.Complex128, true
	}
	if x, ok := a.(*types.Array); ok {
		if y, ok := b.(*types.Array); ok && types.Equal(x.Dtype, y.Dtype) && x.NDim == y.NDim {
			return &types.Array{Dtype: x.Dtype, NDim: x.NDim, Layout: types.LayoutA}, true
		}
	}
	if lib.IsNumeric(a) && lib.IsNumeric(b) {
		return lib.Promote(a, b), true
	}
	if ta, ok := a.(*types.Tuple); ok {
		if tb, ok := b.(*types.Tuple); ok && len(ta.Elems) == len(tb.Elems) {
			elems := make([]types.Type, len(ta.Elems))
			for i := range elems {
				u, ok := Unify(ta.Elems[i], tb.Elems[i])
				if !ok {
					return nil, false
				}
				elems[i] = u
			}
			return &types.Tuple{Elems: elems}, true
		}
	}
	return nil, false
}

// supportedOperands says which operand types op accepts, for errors.
func supportedOperands(op syntax.Operator) string {
	switch op {
	case syntax.BitAnd, syntax.BitOr, syntax.BitXor, syntax.LShift, syntax.RShift:
		return "supported: integers and bool (the signed and unsigned widths in any mix); not floats, as in Python"
	case syntax.MatMult:
		return "supported: none yet (@ needs arrays)"
	}
	return "supported: numbers (bool, the signed and unsigned integer widths, float32, float64) in any mix"
}
