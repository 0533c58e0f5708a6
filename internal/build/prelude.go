package build

import (
	"fmt"
	"strings"

	"github.com/pynjit/pynjit/internal/diag"
	"github.com/pynjit/pynjit/internal/lib/prelude"
	"github.com/pynjit/pynjit/internal/source"
)

// The NumPy functions of the prelude (package prelude) are typed as the
// user's callees are, so their errors are first found inside the
// prelude's source, which the user never wrote. preludeErrors moves each
// to the user's call (np.cumsum(a) at the line that calls it), worded
// as a refusal of that call's arguments, with a note naming the prelude
// line where typing failed.

// preludeErrors returns ds with the errors found inside the prelude
// moved to the user's call of the prelude function, and the prelude's
// warnings and notes (which the user cannot act on) left out.
func preludeErrors(ds diag.List) diag.List {
	var out diag.List
	for _, d := range ds {
		if !inPrelude(d.File) {
			out = append(out, d)
			continue
		}
		if d.Severity != diag.Error {
			continue
		}
		if moved := atUserCall(d); moved != nil {
			out = append(out, moved)
		} else {
			out = append(out, d) // no user call on record: shown where it is
		}
	}
	return out
}

// inPrelude reports whether f is the prelude's source.
func inPrelude(f *source.File) bool { return f != nil && f.Name == prelude.FileName }

// atUserCall is d moved to the innermost call outside the prelude that
// led to it (infer's "During: resolving callee" note there), or nil.
func atUserCall(d *diag.Diagnostic) *diag.Diagnostic {
	const resolving = "During: resolving callee "
	for i, n := range d.Notes {
		if inPrelude(n.File) || !strings.HasPrefix(n.Message, resolving) {
			continue
		}
		call, _, _ := strings.Cut(strings.TrimPrefix(n.Message, resolving), " at ")
		name, _, _ := strings.Cut(call, "(")
		np := "np." + name
		if prelude.Has(name) {
			call = "np." + call
		}
		moved := &diag.Diagnostic{Severity: d.Severity, Code: d.Code, File: n.File, Span: n.Span,
			Message:     fmt.Sprintf("%s is unsupported in nopython mode: %s", call, d.Message),
			Suggestions: d.Suggestions}
		moved.Notes = append(moved.Notes, diag.Related{File: d.File, Span: d.Span,
			Message: fmt.Sprintf("%s is written in Python in pynjit's prelude; typing it failed at line %d", np, d.Span.Start.Line)})
		for _, pn := range d.Notes[:i] {
			if !strings.HasPrefix(pn.Message, "During: ") {
				moved.Notes = append(moved.Notes, pn) // what the prelude's error explains
			}
		}
		moved.Notes = append(moved.Notes, d.Notes[i+1:]...)
		return moved
	}
	return nil
}
