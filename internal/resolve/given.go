package resolve

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/pynjit/pynjit/internal/diag"
	"github.com/pynjit/pynjit/internal/source"
	"github.com/pynjit/pynjit/internal/types"
)

// Given is a signature written outside the file: a --sig option, an
// entry of [tool.pynjit.signatures] in pyproject.toml, or a line of a
// signature file that pynjit trace wrote. Text is "add(int64, int64)" or
// "add: int64(int64, int64)".
type Given struct {
	Text string
	Kind OriginKind // FromFlag, FromConfig or FromTrace
	// File and Span are where Text is written, for diagnostics; a nil
	// File stands for the option itself, a file named --sig whose one
	// line is Text.
	File *source.File
	Span source.Span
}

// given applies a signature given outside the file: "add(int64, int64)"
// names the function before the parenthesis; "add: int64(int64, int64)"
// gives a return type. The name is the identifier the text starts with,
// so a colon inside the types (float64[:, :]) is no separator. A mistake
// in a --sig option or pyproject.toml is an error; in a recorded
// signature file, where the program may have changed since, a warning,
// and the entry is left out.
func (r *resolver) given(g Given) {
	s := g.Text
	file, base := g.File, source.Pos{Line: 1}
	if file == nil {
		file = source.NewFile("--sig", []byte(s))
	} else {
		base = g.Span.Start
	}
	span := func(from, to int) source.Span { // byte offsets into s
		col := func(off int) int { return base.Col + utf8.RuneCountInString(s[:min(off, len(s))]) }
		return source.Span{Start: source.Pos{Line: base.Line, Col: col(from)}, End: source.Pos{Line: base.Line, Col: col(to)}}
	}
	report := func(sp source.Span, format string, args ...any) {
		sev := diag.Error
		if g.Kind == FromTrace {
			sev = diag.Warning
		}
		r.diags.Add(sev, CodeSignature, file, sp, format, args...)
	}
	start := len(s) - len(strings.TrimLeft(s, " \t"))
	end := start
	for end < len(s) {
		c, size := utf8.DecodeRuneInString(s[end:])
		if c != '_' && !unicode.IsLetter(c) && !(end > start && unicode.IsDigit(c)) {
			break
		}
		end += size
	}
	name := s[start:end]
	sep := end + len(s[end:]) - len(strings.TrimLeft(s[end:], " \t"))
	var rest string
	switch {
	case name != "" && sep < len(s) && s[sep] == ':':
		rest = s[sep+1:]
		sep++
	case name != "" && sep < len(s) && s[sep] == '(':
		rest = s[sep:]
	default:
		report(span(0, len(s)), "expected NAME(TYPES...) or NAME: RETURN(TYPES...), e.g. add(int64, int64), got %q", s)
		return
	}
	fn := r.m.Lookup(name)
	if fn == nil {
		report(span(start, end), "no function %s in %s", name, r.m.File.Name)
		return
	}
	refused := report
	report = func(sp source.Span, format string, args ...any) {
		fn.Refused = true
		refused(sp, format, args...)
	}
	sig, err := types.ParseSignature(rest)
	if err != nil {
		msg := err.Error()
		if g.Kind == FromTrace {
			msg = "recorded " + strings.TrimSpace(s) + ", which pynjit cannot compile yet: " + msg
		}
		if se, ok := err.(*types.SyntaxError); ok {
			report(span(sep+se.Col, sep+se.Col+1), "%s", msg)
		} else {
			report(span(sep, len(s)), "%s", msg)
		}
		return
	}
	if u := unsupportedIn(sig); u != nil {
		at := sep + typeNameAt(rest, u)
		report(span(at, at+1), "%s", types.WhyUnrepresentable(u))
		return
	}
	if len(sig.Args) != len(fn.Def.Args.Args) {
		report(span(sep, len(s)), "%s takes %d parameters, the signature gives %d", name, len(fn.Def.Args.Args), len(sig.Args))
		return
	}
	if !fn.Compiled || g.Kind != FromTrace {
		// an explicit signature asks for nopython mode, as --sig always has
		fn.Compiled, fn.NoPython = true, true
	}
	fn.ExportNames = appendName(fn.ExportNames, fn.Name)
	o := Origin{Kind: g.Kind, File: file, Span: span(0, len(s))}
	if g.File == nil {
		o.File = nil
	}
	fn.offer(Sig{Signature: sig, Origin: o})
}
