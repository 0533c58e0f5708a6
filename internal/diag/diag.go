// Package diag defines diagnostics as plain values. Every stage of the
// compiler returns them; only the command line renders them.
package diag

import (
	"fmt"
	"sort"

	"github.com/pynjit/pynjit/internal/source"
)

// Severity says how serious a diagnostic is.
type Severity int

// The severities, from most to least serious.
const (
	Error Severity = iota
	Warning
	Note
)

// String returns the lower-case name used in text and json output.
func (s Severity) String() string {
	switch s {
	case Error:
		return "error"
	case Warning:
		return "warning"
	default:
		return "note"
	}
}

// Code is a stable identifier for a class of diagnostic, such as
// "E-syntax" or "E-unknown-attribute". Codes never change once published.
type Code string

// Codes used by more than one stage.
const (
	CodeSyntax      Code = "E-syntax"
	CodeInternal    Code = "E-internal"
	CodeUnsupported Code = "E-unsupported"
)

// Related is a secondary message with its own span, such as
// "During: typing of call at foo.py:12:5".
type Related struct {
	File    *source.File
	Span    source.Span
	Message string
}

// Diagnostic is one message about the user's program.
type Diagnostic struct {
	Severity Severity
	Code     Code
	File     *source.File
	Span     source.Span
	Message  string
	Notes    []Related
	// Suggestions are short fixes, e.g. "did you mean 'sqrt'?".
	Suggestions []string
}

// Error formats d as file:line:col: severity: message, so a Diagnostic can
// travel as an error.
func (d *Diagnostic) Error() string {
	name := "<unknown>"
	if d.File != nil {
		name = d.File.Name
	}
	return fmt.Sprintf("%s:%s: %s: %s", name, d.Span.Start, d.Severity, d.Message)
}

// List is an ordered collection of diagnostics.
type List []*Diagnostic

// Add appends a diagnostic built from its parts and returns it so callers
// can attach notes.
func (l *List) Add(sev Severity, code Code, f *source.File, span source.Span, format string, args ...any) *Diagnostic {
	d := &Diagnostic{Severity: sev, Code: code, File: f, Span: span, Message: fmt.Sprintf(format, args...)}
	*l = append(*l, d)
	return d
}

// Errorf appends an error diagnostic.
func (l *List) Errorf(code Code, f *source.File, span source.Span, format string, args ...any) *Diagnostic {
	return l.Add(Error, code, f, span, format, args...)
}

// HasErrors reports whether any diagnostic in l is an error.
func (l List) HasErrors() bool {
	for _, d := range l {
		if d.Severity == Error {
			return true
		}
	}
	return false
}

// Sort orders diagnostics by file name, then position, keeping the
// original order among equals.
func (l List) Sort() {
	sort.SliceStable(l, func(i, j int) bool {
		a, b := l[i], l[j]
		an, bn := "", ""
		if a.File != nil {
			an = a.File.Name
		}
		if b.File != nil {
			bn = b.File.Name
		}
		if an != bn {
			return an < bn
		}
		return a.Span.Start.Before(b.Span.Start)
	})
}

// Dedupe drops every diagnostic that repeats an earlier one: same
// severity, code, file, span and message. A function that fails to type
// is reported once even when several callers ask for it; the notes of
// the first report are kept.
func (l List) Dedupe() List {
	type key struct {
		sev  Severity
		code Code
		file *source.File
		span source.Span
		msg  string
	}
	seen := map[key]bool{}
	out := l[:0:0]
	for _, d := range l {
		k := key{d.Severity, d.Code, d.File, d.Span, d.Message}
		if !seen[k] {
			seen[k] = true
			out = append(out, d)
		}
	}
	return out
}
