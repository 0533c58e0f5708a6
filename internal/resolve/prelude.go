package resolve

import (
	"github.com/pynjit/pynjit/internal/lib/prelude"
	"github.com/pynjit/pynjit/internal/source"
	"github.com/pynjit/pynjit/internal/syntax"
)

// The NumPy functions written in Python (package prelude) are the
// functions of a module the program never imports: a use of np.cumsum
// is typed (lib.Member) as a call of that module's cumsum, which the
// later stages specialize and compile as any project function that is
// not built itself: internal, and in no header or export. The module is
// resolved only when a module of the program names one of its
// functions (as an attribute, np.cumsum, or a from-import), so that a
// program that uses none pays nothing for it.

// loadPrelude resolves the prelude into the program when a module
// resolved so far names one of its functions, and reports whether it
// did.
func (l *linker) loadPrelude() bool {
	for _, r := range l.all {
		if namesPrelude(r.m.AST) {
			f := source.NewFile(prelude.FileName, prelude.Source())
			m, diags := syntax.Parse(f)
			if m == nil || len(diags) > 0 {
				panic("resolve: the prelude does not parse: " + diags[0].Message)
			}
			l.load(&Source{File: f, AST: m, Name: prelude.ModuleName})
			return true
		}
	}
	return false
}

// namesPrelude reports whether m names a prelude function.
func namesPrelude(m *syntax.Module) bool {
	found := false
	syntax.Inspect(m, func(n syntax.Node) bool {
		switch n := n.(type) {
		case *syntax.Attribute:
			found = found || prelude.Has(n.Attr)
		case *syntax.Alias:
			found = found || prelude.Has(n.Name)
		}
		return !found
	})
	return found
}

// IsPrelude reports whether m is the prelude.
func (m *Module) IsPrelude() bool { return m.Name == prelude.ModuleName }
