package build

import (
	"regexp"

	"github.com/pynjit/pynjit/internal/diag"
	"github.com/pynjit/pynjit/internal/source"
	"github.com/pynjit/pynjit/internal/syntax"
)

// Numba reports one root cause per chain of errors: a variable whose
// assignment failed has no value and no type, and nothing more is said
// about it. pynjit's later stages do not know that an assignment failed
// (lowering stops at the failing expression, so the variable looks never
// assigned; typing finds it without a type), and report it again:
// `y = undefined_thing + x; return y` gives a NameError and then a false
// UnboundLocalError. rootCauses drops such derived reports.

// derivedMessage matches the reports about a local variable that follow
// from a failed assignment to it, capturing its name.
var derivedMessage = regexp.MustCompile(`^(?:UnboundLocalError: cannot access local variable '(\w+)'|cannot determine the type of '(\w+)')`)

// rootCauses returns ds without the reports about a variable that an
// earlier assignment to it, in the same function, failed to give a
// value: an error lies inside that assignment, which starts before the
// report.
func (fe *frontEnd) rootCauses(ds diag.List) diag.List {
	out := ds[:0:0]
	for _, d := range ds {
		if !fe.derived(d, ds) {
			out = append(out, d)
		}
	}
	return out
}

func (fe *frontEnd) derived(d *diag.Diagnostic, ds diag.List) bool {
	m := derivedMessage.FindStringSubmatch(d.Message)
	if m == nil {
		return false
	}
	name := m[1] + m[2]
	def := fe.enclosingDef(d.File, d.Span)
	if def == nil {
		return false
	}
	failed := false
	syntax.Inspect(def, func(n syntax.Node) bool {
		if failed {
			return false
		}
		s, ok := n.(syntax.Stmt)
		if !ok || !binds(s, name) || !s.Span().Start.Before(d.Span.Start) {
			return true
		}
		for _, e := range ds {
			if e != d && e.Severity == diag.Error && e.File == d.File && within(e.Span, s.Span()) && !derivedMessage.MatchString(e.Message) {
				failed = true
			}
		}
		return true
	})
	return failed
}

// enclosingDef is the top-level function of file whose span holds sp.
func (fe *frontEnd) enclosingDef(file *source.File, sp source.Span) *syntax.FunctionDef {
	for _, fn := range fe.allFuncs() {
		if fe.fileOf(fn) == file && within(sp, fn.Def.Span()) {
			return fn.Def
		}
	}
	return nil
}

// binds reports whether the simple statement s assigns the name.
func binds(s syntax.Stmt, name string) bool {
	var targets []syntax.Expr
	switch s := s.(type) {
	case *syntax.Assign:
		targets = s.Targets
	case *syntax.AugAssign:
		targets = []syntax.Expr{s.Target}
	case *syntax.AnnAssign:
		targets = []syntax.Expr{s.Target}
	default:
		return false
	}
	found := false
	for _, t := range targets {
		syntax.Inspect(t, func(n syntax.Node) bool {
			if x, ok := n.(*syntax.Name); ok && x.Id == name {
				found = true
			}
			return !found
		})
	}
	return found
}

// within reports whether span a lies inside span b.
func within(a, b source.Span) bool {
	return !a.Start.Before(b.Start) && !b.End.Before(a.End)
}
