package resolve

import (
	"strconv"
	"strings"

	"github.com/pynjit/pynjit/internal/types"
)

// TypeText spells t as a signature string does, so that what pynjit
// prints can be given back to --sig or a decorator: float64[:, ::1] for
// a C-contiguous 2-d array, UniTuple(int64, 2), Tuple((int64, float64)).
func TypeText(t types.Type) string {
	switch t := t.(type) {
	case *types.Array:
		dims := make([]string, t.NDim)
		for i := range dims {
			dims[i] = ":"
		}
		switch {
		case t.NDim == 0:
			return t.String()
		case t.Layout == types.LayoutC:
			dims[t.NDim-1] = "::1"
		case t.Layout == types.LayoutF:
			dims[0] = "::1"
		}
		return TypeText(t.Dtype) + "[" + strings.Join(dims, ", ") + "]"
	case *types.Tuple:
		if len(t.Elems) > 0 && t.IsUniform() {
			return "UniTuple(" + TypeText(t.Elems[0]) + ", " + strconv.Itoa(len(t.Elems)) + ")"
		}
		parts := make([]string, len(t.Elems))
		for i, e := range t.Elems {
			parts[i] = TypeText(e)
		}
		if len(parts) == 1 {
			return "Tuple((" + parts[0] + ",))"
		}
		return "Tuple((" + strings.Join(parts, ", ") + "))"
	}
	return t.String()
}

// SigText spells a function's signature as --sig takes it:
// add(int64, int64), or with a declared result add: int64(int64, int64).
func SigText(name string, s *types.Signature) string {
	parts := make([]string, len(s.Args))
	for i, a := range s.Args {
		parts[i] = TypeText(a)
	}
	args := "(" + strings.Join(parts, ", ") + ")"
	if s.Return != nil {
		return name + ": " + TypeText(s.Return) + args
	}
	return name + args
}
