package syntax

import (
	"fmt"
	"runtime"

	"github.com/pynjit/pynjit/internal/diag"
	"github.com/pynjit/pynjit/internal/source"
)

// Parse parses a whole file as the Latest version of Python does; see
// ParseFor.
func Parse(f *source.File) (*Module, diag.List) { return ParseFor(f, Latest) }

// ParseFor parses a whole file as version v of CPython does. On a syntax
// error it returns a nil Module and one diagnostic, at the place that
// version reports it and with its message where we know it. It never
// panics on any input.
func ParseFor(f *source.File, v Version) (m *Module, diags diag.List) {
	if !v.valid() {
		v = Latest
	}
	p := &parser{file: f, prev: -1, version: v}
	defer func() {
		r := recover()
		if r == nil {
			return
		}
		m = nil
		if e, ok := r.(*syntaxError); ok {
			if t, ok := p.laterTokenError(e); ok {
				e = &syntaxError{span: source.Span{Start: t.start(), End: t.start()}, msg: t.lit, kind: errToken}
			}
			diags.Errorf(diag.CodeSyntax, f, e.span, "%s", e.msg)
			return
		}
		if _, ok := r.(runtime.Error); ok {
			var span source.Span
			if p.i < len(p.toks) {
				span = p.toks[p.i].span()
			}
			diags.Errorf(diag.CodeInternal, f, span, "internal parser error: %v", r)
			return
		}
		panic(r)
	}()
	if msg, line := encodingProblem(f.Text, v); msg != "" {
		at := source.Pos{Line: line}
		diags.Errorf(diag.CodeSyntax, f, source.Span{Start: at, End: at}, "%s", msg)
		return nil, diags
	}
	p.toks, p.debugTexts = scan(f.Text, v)
	return p.file_(), nil
}

// laterTokenError returns the tokenizer error that replaces the parser's
// error e. Once its parser has failed, CPython tokenizes the rest of the
// file, and the first error its tokenizer raises there wins over the
// parser's own, generic or not ("x = (1 2)" then an unterminated string
// on the next line is the string's error), except the errors it leaves to
// the parser (indentation, a bad continuation), "$" in 3.11 and, from
// 3.12, an error inside an f-string's field; an unexpected indent is not
// replaced.
func (p *parser) laterTokenError(e *syntaxError) (token, bool) {
	if e.kind == errToken || e.kind == errRunAhead || e.kind == errIndent || e.kind == errValue || len(p.toks) < 2 {
		return token{}, false
	}
	t := p.toks[len(p.toks)-2]
	if t.kind != tError || parserReported[t.lit] || t.lit == "invalid syntax" || t.inFString {
		return token{}, false
	}
	return t, true
}

// syntaxError unwinds the parser to Parse: CPython stops at the first
// syntax error, and so do we.
type syntaxError struct {
	span source.Span
	msg  string
	kind errKind
}

// errKind tells where a syntax error comes from, for the rules that
// report some errors in place of others.
type errKind uint8

const (
	errSpecific errKind = iota // a message of its own
	errGeneric                 // "invalid syntax" at the token that failed
	errToken                   // the tokenizer's
	errRunAhead                // the tokenizer's, found after a generic failure
	errBound                   // a bound on a TypeVarTuple or ParamSpec
	errIndent                  // an unexpected indent (CPython's IndentationError)
	// errValue is the ValueError CPython's AST constructors raise as its
	// parser runs (a debug field without a text): it ends the parse at
	// once, through any backtracking, and no later error replaces it
	errValue
)

// parser is a recursive-descent parser over the token slice, one method
// per grammar rule of CPython's Grammar/python.gram (simplified where the
// PEG alternatives can be decided by lookahead).
type parser struct {
	file    *source.File
	version Version
	toks    []token
	// debugTexts are 3.13's texts of debug fields (see recordExpr).
	debugTexts map[int]string
	i          int
	depth      int // expression nesting, bounded by maxDepth
	// prev is the index of the last consumed token other than
	// NEWLINE/INDENT/DEDENT, or -1; its end is computed only when a node
	// asks for it, which is less often than tokens are consumed.
	prev int
	// sub is set for the parser of an f-string replacement field.
	sub bool
	// overriding is set while an error is being replaced by an unclosed
	// bracket error.
	overriding bool
	// failedAt is the token where the last generic error was found.
	failedAt source.Pos
	arena
}

func (t token) span() source.Span { return source.Span{Start: t.start(), End: t.end()} }

func (p *parser) tok() *token { return &p.toks[p.i] }

func (p *parser) peek(k int) *token {
	if p.i+k < len(p.toks) {
		return &p.toks[p.i+k]
	}
	return &p.toks[len(p.toks)-1]
}

func (p *parser) advance() *token {
	t := &p.toks[p.i]
	if t.kind == tError {
		p.tokenError(*t)
	}
	if t.kind != tNewline && t.kind != tIndent && t.kind != tDedent {
		p.prev = p.i
	}
	if p.i < len(p.toks)-1 {
		p.i++
	}
	return t
}

// isOp reports whether the current token is the operator op.
func (p *parser) isOp(op string) bool {
	t := &p.toks[p.i]
	return t.kind == tOp && t.lit == op
}

// isKw reports whether the current token is the (hard or soft) keyword kw.
func (p *parser) isKw(kw string) bool {
	t := &p.toks[p.i]
	return t.kind == tName && t.lit == kw
}

func (p *parser) acceptOp(op string) bool {
	if p.isOp(op) {
		p.advance()
		return true
	}
	return false
}

func (p *parser) acceptKw(kw string) bool {
	if p.isKw(kw) {
		p.advance()
		return true
	}
	return false
}

func (p *parser) expectOp(op string) token {
	if !p.isOp(op) {
		if op == ":" {
			p.errorExpected("':'")
		}
		p.syntaxErrorAt(*p.tok())
	}
	return *p.advance()
}

func (p *parser) expectKw(kw string) token {
	if !p.isKw(kw) {
		p.syntaxErrorAt(*p.tok())
	}
	return *p.advance()
}

// spanFrom returns the span from start to the end of the last consumed
// token, which is how CPython's EXTRA computes node positions.
func (p *parser) spanFrom(start source.Pos) source.Span {
	return source.Span{Start: start, End: p.prevEnd()}
}

// prevEnd returns the end of the last consumed token other than
// NEWLINE/INDENT/DEDENT (the zero position before the first).
func (p *parser) prevEnd() source.Pos {
	if p.prev < 0 {
		return source.Pos{}
	}
	return p.toks[p.prev].end()
}

func (p *parser) fail(span source.Span, format string, args ...any) {
	p.failKind(errSpecific, span, format, args...)
}

func (p *parser) failKind(kind errKind, span source.Span, format string, args ...any) {
	if kind != errValue {
		p.overrideUnclosed()
	}
	panic(&syntaxError{span: span, msg: fmt.Sprintf(format, args...), kind: kind})
}

// failAtNext reports an error at the start of the current token, which is
// where CPython puts errors it raises without a location of their own.
func (p *parser) failAtNext(format string, args ...any) {
	if t := p.tok(); t.kind == tError {
		// CPython's tokenizer fails as it reads the token
		p.tokenError(*t)
	}
	at := p.tok().start()
	p.fail(source.Span{Start: at, End: at}, format, args...)
}

// overrideUnclosed mirrors CPython's last check before it reports a parser
// error: when the file ends inside brackets and the parser had read past
// the line of the innermost unclosed one, the real mistake is that
// bracket, so "'(' was never closed" is reported there instead.
func (p *parser) overrideUnclosed() {
	if p.sub || p.overriding {
		return
	}
	last := p.toks[len(p.toks)-1]
	if len(p.toks) > 1 && p.toks[len(p.toks)-2].kind == tError {
		return
	}
	open, ok := p.unclosed()
	if !ok || last.kind != tEOF {
		return
	}
	if p.tok().start().Line > open.start().Line {
		p.overriding = true
		panic(&syntaxError{span: open.span(), msg: fmt.Sprintf("'%s' was never closed", open.lit)})
	}
}

func (p *parser) errorExpected(what string) {
	// CPython points "expected ':'" at the token it found instead (a
	// NEWLINE starts at the comment before it)
	at := p.tok().start()
	p.fail(source.Span{Start: at, End: at}, "expected %s", what)
}

// syntaxErrorAt reports the generic error at token t, after first checking
// for the conditions CPython reports instead: tokenizer errors, unclosed
// brackets at the end of the file, and a few common mistakes.
func (p *parser) syntaxErrorAt(t token) {
	p.failedAt = t.start()
	if t.kind == tError {
		p.tokenError(t)
	}
	for j := p.i; j < len(p.toks) && t.kind != tIndent && t.kind != tDedent; j++ {
		if p.toks[j].kind == tError {
			// CPython's tokenizer runs ahead of a failing parse to the end
			// of the line; the errors it raises itself win over "invalid
			// syntax" there (not over an unexpected indent; those it
			// leaves to the parser do not).
			if p.toks[j].start().Line == t.start().Line && !parserReported[p.toks[j].lit] {
				p.tokenErrorKind(p.toks[j], errRunAhead)
			}
			break
		}
		if p.toks[j].kind == tNewline || p.toks[j].kind == tEOF {
			break
		}
	}
	switch t.kind {
	case tEOF:
		if open, ok := p.unclosed(); ok {
			p.fail(open.span(), "'%s' was never closed", open.lit)
		}
		p.fail(t.span(), "unexpected EOF while parsing")
	case tIndent:
		at := source.Pos{Line: t.end().Line, Col: max(t.end().Col-1, 0)}
		p.failKind(errIndent, source.Span{Start: at, End: at}, "unexpected indent")
	case tDedent:
		p.fail(t.span(), "unindent does not match any outer indentation level")
	}
	if open, ok := p.unclosedAtEOF(); ok && t.kind == tNewline {
		p.fail(open.span(), "'%s' was never closed", open.lit)
	}
	p.failKind(errGeneric, t.span(), "invalid syntax")
}

// parserReported lists the tokenizer errors CPython's tokenizer leaves
// to its parser to raise (an error code, not an exception): reading ahead
// past a failing parse does not raise them.
var parserReported = map[string]bool{
	"unexpected character after line continuation character": true,
	"unexpected EOF while parsing":                           true,
	"unindent does not match any outer indentation level":    true,
	"inconsistent use of tabs and spaces in indentation":     true,
	"too many levels of indentation":                         true,
}

// unclosed returns the innermost bracket still open at the end of the
// token stream.
func (p *parser) unclosed() (token, bool) {
	var stack []token
	for _, t := range p.toks {
		if t.kind != tOp {
			continue
		}
		switch t.lit {
		case "(", "[", "{":
			stack = append(stack, t)
		case ")", "]", "}":
			if len(stack) > 0 {
				stack = stack[:len(stack)-1]
			}
		}
	}
	if len(stack) == 0 {
		return token{}, false
	}
	return stack[len(stack)-1], true
}

func (p *parser) unclosedAtEOF() (token, bool) {
	if p.toks[len(p.toks)-1].kind == tEOF && len(p.toks) > 1 && p.toks[len(p.toks)-2].kind == tError {
		return token{}, false
	}
	return p.unclosed()
}

// tokenError reports a tokenizer error token.
func (p *parser) tokenError(t token) { p.tokenErrorKind(t, errToken) }

func (p *parser) tokenErrorKind(t token, kind errKind) {
	p.overriding = true
	at := t.start()
	if t.lit == "unexpected EOF while parsing" {
		if open, ok := p.unclosed(); ok {
			p.fail(open.span(), "'%s' was never closed", open.lit)
		}
	}
	p.failKind(kind, source.Span{Start: at, End: at}, "%s", t.lit)
}

// file_ parses file: [statements] ENDMARKER.
func (p *parser) file_() *Module {
	m := &Module{}
	for p.tok().kind != tEOF {
		if p.tok().kind == tNewline {
			p.advance()
			continue
		}
		if p.tok().kind == tIndent {
			p.syntaxErrorAt(*p.tok())
		}
		if p.tok().kind == tError {
			p.tokenError(*p.tok())
		}
		m.Body = p.statement(m.Body)
	}
	if len(p.toks) > 1 && p.toks[len(p.toks)-2].kind == tError {
		p.tokenError(p.toks[len(p.toks)-2])
	}
	if m.Body == nil {
		m.Body = []Stmt{}
	}
	return m
}

// attempt runs f and reports whether it parsed without a syntax error; on
// failure the parser is rewound. It is the PEG backtracking the few
// ambiguous rules (with-items, match) need.
func (p *parser) attempt(f func()) (ok bool) { return p.try(f) == nil }

// try runs f and returns the syntax error it raised, rewinding the
// parser, or nil.
func (p *parser) try(f func()) (err *syntaxError) {
	save, savePrev, heights, overriding := p.i, p.prev, p.marks(), p.overriding
	defer func() {
		if r := recover(); r != nil {
			se, isSyntax := r.(*syntaxError)
			if !isSyntax || se.kind == errValue {
				panic(r)
			}
			p.i, p.prev, p.overriding = save, savePrev, overriding
			p.rewind(heights)
			err = se
		}
	}()
	f()
	return nil
}

// setSpan is a shorthand that sets n's span and returns it.
func setSpan[N Node](n N, s source.Span) N {
	n.setSpan(s)
	return n
}
