package ir

import (
	"github.com/pynjit/pynjit/internal/resolve"
	"github.com/pynjit/pynjit/internal/syntax"
)

// pynjit has no list type: a list display is only a value as the
// argument of np.array (np.array([[1, 2], [3, x]])), where it means the
// same as a tuple display. It is lowered to a BuildTuple (its nested
// displays too), which the np.array template reads as nested sequences;
// everywhere else a list display stays unsupported.

// isNumpyArray reports whether fn names NumPy's array function: np.array
// or numpy.array of an imported numpy, or array from numpy import array,
// not shadowed by a local.
func (b *builder) isNumpyArray(fn syntax.Expr) bool {
	switch fn := fn.(type) {
	case *syntax.Attribute:
		n, ok := fn.Value.(*syntax.Name)
		if !ok || fn.Attr != "array" || b.locals[n.Id] != nil {
			return false
		}
		g := b.m.Globals[n.Id]
		return g != nil && g.Kind == resolve.GlobalModule && g.Module == "numpy" && g.Attr == ""
	case *syntax.Name:
		g := b.m.Globals[fn.Id]
		return b.locals[fn.Id] == nil && g != nil && g.Kind == resolve.GlobalModuleAttr && g.Module == "numpy" && g.Attr == "array"
	}
	return false
}

// display lowers an argument of np.array: a list or tuple display as a
// tuple of its items, each lowered the same way; anything else as an
// expression.
func (b *builder) display(e syntax.Expr) *Var {
	var elts []syntax.Expr
	switch e := e.(type) {
	case *syntax.List:
		elts = e.Elts
	case *syntax.Tuple:
		elts = e.Elts
	default:
		return b.expr(e)
	}
	items := make([]*Var, 0, len(elts))
	for _, x := range elts {
		v := b.display(x)
		if v == nil {
			return nil
		}
		items = append(items, v)
	}
	return b.assign(e.Span(), &BuildTuple{Items: items})
}
