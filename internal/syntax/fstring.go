package syntax

import (
	"strings"

	"github.com/pynjit/pynjit/internal/source"
)

// The strings of 3.12 and later (PEP 701): an f-string comes as tokens
// (see scan_fstring.go) and is parsed by the grammar's fstring rule;
// adjacent literals are joined as CPython's _PyPegen_concatenate_strings
// does. Every literal part keeps its own position.

// stringsFrom312 parses one or more adjacent string and f-string literals.
func (p *parser) stringsFrom312() Expr {
	start := p.tok().start()
	var buf [2]Expr // most literals are one or two tokens
	parts := buf[:0]
	for {
		switch p.tok().kind {
		case tString:
			parts = append(parts, p.stringConstant())
			continue
		case tFStringStart:
			parts = append(parts, p.fstringLiteral())
			continue
		}
		break
	}
	return p.concatenate(parts, p.spanFrom(start))
}

// stringConstant parses one STRING token; a bad escape in it is reported
// at the token.
func (p *parser) stringConstant() *Constant {
	t := *p.advance()
	sp := splitString(t)
	sp.errAt = t.start()
	var v any
	switch {
	case sp.bytes:
		v = Bytes(p.decodeBytes(sp))
	case sp.raw || strings.IndexByte(sp.body, '\\') < 0:
		p.checkUTF8(sp, sp.body, false)
		v = sp.body
	default:
		v = p.decodeStr(sp, sp.body)
	}
	c := p.constant(v, t.span())
	if t.lit[0] == 'u' {
		c.Kind = "u" // not for U''
	}
	return c
}

// fstringLiteral parses FSTRING_START (FSTRING_MIDDLE | field)*
// FSTRING_END into a JoinedStr spanning them.
func (p *parser) fstringLiteral() Expr {
	open := *p.advance()
	raw := strings.ContainsAny(open.lit[:2], "rR")
	mark := p.exprs.mark()
	for p.tok().kind != tFStringEnd {
		switch t := p.tok(); {
		case t.kind == tFStringMiddle:
			p.advance()
			p.exprs.push(setSpan(&Constant{Value: normalizeNewlines(t.lit)}, t.span()))
		case t.kind == tOp && t.lit == "{":
			p.pushField(p.replacementField())
		default:
			p.syntaxErrorAt(*t)
		}
	}
	end := *p.advance()
	values := p.exprs.take(mark)
	// The literal parts, and the text of debug fields with them, are
	// decoded when the string ends (CPython reports their bad escapes at
	// its end quote); those that come out empty are dropped.
	out := values[:0]
	for _, v := range values {
		if c, ok := v.(*Constant); ok {
			sp := stringParts{raw: raw, errAt: end.start()}
			s := c.Value.(string)
			if !raw && strings.IndexByte(s, '\\') >= 0 {
				s = p.decodeStr(sp, s)
			} else {
				p.checkUTF8(sp, s, false)
			}
			if s == "" {
				continue
			}
			c.Value = s
		}
		out = append(out, v)
	}
	if out == nil {
		out = []Expr{}
	}
	return setSpan(&JoinedStr{Values: out}, source.Span{Start: open.start(), End: end.end()})
}

// pushField pushes a replacement field's value, or the two values of a
// debug field ("x=" and the formatted value).
func (p *parser) pushField(vs []Expr) {
	for _, v := range vs {
		p.exprs.push(v)
	}
}

// replacementField parses '{' (yield_expr | star_expressions) ['=']
// ['!' NAME] [':' format_spec] '}' and returns its FormattedValue,
// preceded by the text of the expression for a debug field (f"{x=}").
func (p *parser) replacementField() []Expr {
	openIdx := p.i
	open := *p.advance()
	start := open.start()
	if t := p.tok(); t.kind == tOp {
		switch t.lit {
		case "=", "!", ":", "}":
			p.fail(source.Span{Start: t.start(), End: t.end()}, "f-string: valid expression required before '%s'", t.lit)
		}
	}
	fv := &FormattedValue{Value: p.fieldValue(), Conversion: -1}
	debug, after := false, 0
	if p.isOp("=") {
		p.advance()
		debug, after = true, p.i
		if !p.isOp("!") && !p.isOp(":") && !p.isOp("}") {
			p.failAtNext("f-string: expecting '!', or ':', or '}'")
		}
	} else if !p.isOp("!") && !p.isOp(":") && !p.isOp("}") {
		p.fieldExpressionError(fv.Value)
	}
	var conv *token
	if p.isOp("!") {
		bang := *p.advance()
		t := p.tok()
		switch {
		case t.kind == tOp && (t.lit == ":" || t.lit == "}"):
			p.failAtNext("f-string: missing conversion character")
		case t.kind != tName || isKeyword(t.lit):
			p.failAtNext("f-string: invalid conversion character")
		case t.line != bang.line || t.col != bang.endCol:
			p.fail(source.Span{Start: bang.start(), End: t.end()}, "f-string: conversion type must come right after the exclamanation mark")
		}
		conv = t
		p.advance()
		if !p.isOp(":") && !p.isOp("}") {
			p.failAtNext("f-string: expecting ':' or '}'")
		}
	}
	if p.isOp(":") {
		fv.FormatSpec = p.formatSpec()
		if !p.isOp("}") {
			p.failAtNext("f-string: expecting '}', or format specs")
		}
	}
	if !p.isOp("}") {
		p.failAtNext("f-string: expecting '}'")
	}
	closeTok := *p.advance()
	fv.setSpan(source.Span{Start: start, End: closeTok.end()})
	if conv != nil {
		// checked once the field is whole, as CPython's action does
		if conv.lit != "s" && conv.lit != "r" && conv.lit != "a" {
			p.fail(conv.span(), "f-string: invalid conversion character %s: expected 's', 'r', or 'a'", pyRepr(conv.lit))
		}
		fv.Conversion = int(conv.lit[0])
	}
	if !debug {
		return []Expr{fv}
	}
	if fv.FormatSpec == nil && conv == nil {
		fv.Conversion = 'r'
	}
	// the text's span ends before the conversion, the format spec or the
	// '}', whichever comes first
	end := closeTok.start()
	switch {
	case conv != nil:
		end = source.Pos{Line: conv.start().Line, Col: conv.start().Col - 1}
	case fv.FormatSpec != nil:
		end = fv.FormatSpec.Span().Start
	}
	span := source.Span{Start: source.Pos{Line: start.Line, Col: start.Col + 1}, End: end}
	value := p.debugText(openIdx)
	if p.version >= Python313 {
		// 3.13 takes the text its tokenizer recorded for the token after
		// the '=' (recordExpr): none is a Constant without a value
		var ok bool
		if value, ok = p.debugTexts[after]; !ok {
			p.failKind(errValue, span, "field 'value' is required for Constant")
		}
	}
	return []Expr{setSpan(&Constant{Value: value}, span), fv}
}

// fieldValue parses a field's (yield_expr | star_expressions). When that
// fails with a generic error, CPython's second pass says what its PEG
// parser found: "expecting a valid expression after '{'" at the field's
// first token when no expression starts there (the first atom does not
// parse), else "expecting '=', or '!', or ':', or '}'" after the longest
// expression that does ("{x==!r}" is x, then "==").
func (p *parser) fieldValue() (e Expr) {
	first := p.i
	defer func() {
		r := recover()
		if r == nil {
			return
		}
		if se, ok := r.(*syntaxError); ok && (se.kind == errGeneric || se.kind == errRunAhead) {
			failed := p.failedAt
			p.i = first
			if !p.attempt(p.firstAtom) {
				p.overriding = false
				at := p.toks[first].start()
				p.fail(source.Span{Start: at, End: at}, "f-string: expecting a valid expression after '{'")
			}
			p.i = first
			if k := p.longestExpression(first, failed); k > first {
				p.overriding = false
				at := p.toks[k].start()
				p.fail(source.Span{Start: at, End: at}, "f-string: expecting '=', or '!', or ':', or '}'")
			}
		}
		panic(r)
	}()
	if p.isKw("yield") {
		return p.yieldExpr()
	}
	return p.starExpressions()
}

// maxPrefixTries bounds longestExpression's search, which parses once per
// try, so that an error costs linear time.
const maxPrefixTries = 16

// longestExpression returns the index k of the token after the longest
// run of tokens from first that parses as star_expressions, trying the
// ends before the token at failed (the end that failed), or first if none
// does. Each try ends the tokens with a '}' in place of token k.
func (p *parser) longestExpression(first int, failed source.Pos) int {
	end := first
	for end < len(p.toks)-1 && p.toks[end].start().Before(failed) {
		end++
	}
	for k, tries := end, 0; k > first && tries < maxPrefixTries; k, tries = k-1, tries+1 {
		orig := p.toks[k]
		p.toks[k] = token{kind: tOp, lit: "}", line: orig.line, col: orig.col, endCol: orig.col + 1}
		ok := p.attempt(func() {
			p.starExpressions()
			if p.i != k {
				p.syntaxErrorAt(*p.tok())
			}
		})
		p.toks[k] = orig
		p.i = first
		if ok {
			return k
		}
	}
	return first
}

// firstAtom parses the prefix operators and the atom an expression starts
// with.
func (p *parser) firstAtom() {
	for {
		t := p.tok()
		if t.kind == tOp && (t.lit == "+" || t.lit == "-" || t.lit == "~" || t.lit == "*") || t.kind == tName && (t.lit == "not" || t.lit == "await") {
			p.advance()
			continue
		}
		break
	}
	p.atom()
}

// fieldExpressionError reports what follows a field's expression when it
// is none of '=', '!', ':' and '}': a missing comma, as CPython's second
// pass sees it inside the brackets, or a token that cannot be there.
func (p *parser) fieldExpressionError(value Expr) {
	t := p.tok()
	if t.kind != tOp && t.kind != tFStringMiddle && t.kind != tFStringEnd && t.kind != tEOF && t.kind != tError &&
		!(t.kind == tName && isKeyword(t.lit) && t.lit != "None" && t.lit != "True" && t.lit != "False" && t.lit != "not" && t.lit != "lambda") {
		p.forgotComma(value)
	}
	if t.kind == tError {
		p.tokenError(*t)
	}
	p.failAtNext("f-string: expecting '=', or '!', or ':', or '}'")
}

// formatSpec parses ':' (FSTRING_MIDDLE | field)* into the format spec's
// JoinedStr (or, as 3.13 makes of literal parts alone, a Constant).
func (p *parser) formatSpec() Expr {
	colon := *p.advance()
	mark := p.exprs.mark()
	for {
		t := p.tok()
		if t.kind == tFStringMiddle {
			p.advance()
			sp := stringParts{tok: *t, body: normalizeNewlines(t.lit), errAt: t.start()}
			p.exprs.push(setSpan(&Constant{Value: p.decodeStr(sp, sp.body)}, t.span()))
			continue
		}
		if t.kind == tOp && t.lit == "{" {
			field := p.replacementField()
			if len(field) == 2 && p.version == Python312 {
				// 3.12 builds the debug text from the tokenizer's record of
				// the field, which it keeps for top-level fields only
				p.failKind(errValue, field[0].Span(), "field 'value' is required for Constant")
			}
			p.pushField(field)
			continue
		}
		break
	}
	spec := p.exprs.take(mark)
	span := p.spanFrom(colon.start())
	if p.version == Python312 {
		// 3.12 keeps every part, but an empty spec has no Constant
		if len(spec) == 1 && isEmptyStr(spec[0]) {
			spec = []Expr{}
		}
		return setSpan(&JoinedStr{Values: spec}, span)
	}
	kept := spec[:0]
	for _, e := range spec {
		if !isEmptyStr(e) {
			kept = append(kept, e)
		}
	}
	if _, isConst := first(kept).(*Constant); len(kept) == 0 || len(kept) == 1 && isConst {
		return setSpan(&JoinedStr{Values: kept}, span)
	}
	return p.concatenate(kept, span)
}

func first(es []Expr) Expr {
	if len(es) == 0 {
		return nil
	}
	return es[0]
}

// isEmptyStr reports whether e is the constant "".
func isEmptyStr(e Expr) bool {
	c, ok := e.(*Constant)
	if !ok {
		return false
	}
	s, ok := c.Value.(string)
	return ok && s == ""
}

// debugText returns the source text of a debug field whose '{' is token
// open: from after it to its first '!', ':' or '}' at its own bracket
// level, newlines normalized and comments left out, as CPython's
// tokenizer records it.
func (p *parser) debugText(open int) string {
	end, depth := open+1, 0
	for ; end < len(p.toks); end++ {
		t := &p.toks[end]
		if t.kind != tOp {
			continue
		}
		switch t.lit {
		case "(", "[", "{":
			depth++
			continue
		case ")", "]":
			depth--
			continue
		case "}", "!", "!=", ":":
			if depth > 0 {
				if t.lit == "}" {
					depth--
				}
				continue
			}
		default:
			continue
		}
		break
	}
	end = min(end, len(p.toks)-1)
	lo, hi := p.offset(p.toks[open].end()), p.offset(p.toks[end].start())
	if lo < 0 || hi < lo {
		return ""
	}
	return withoutComments(normalizeNewlines(string(p.file.Text[lo:hi])))
}

// withoutComments drops the comments of a debug field's text, as
// CPython's tokenizer does: from each '#' to the end of its line (a '#'
// in a string too).
func withoutComments(text string) string {
	if strings.IndexByte(text, '#') < 0 {
		return text
	}
	var b strings.Builder
	for i := 0; i < len(text); i++ {
		if text[i] == '#' {
			for i < len(text) && text[i] != '\n' {
				i++
			}
			if i < len(text) {
				b.WriteByte('\n')
			}
			continue
		}
		b.WriteByte(text[i])
	}
	return b.String()
}

// offset returns the byte offset of pos in the file's text.
func (p *parser) offset(pos source.Pos) int {
	off := p.file.Offset(pos)
	if pos.Line == 1 && strings.HasPrefix(string(p.file.Text[:min(3, len(p.file.Text))]), "\ufeff") {
		off += 3 // the scanner's columns on line 1 start after the BOM
	}
	return off
}

// pyRepr quotes s as Python's repr of a str does, for the ASCII names of
// conversions.
func pyRepr(s string) string {
	if strings.IndexByte(s, '\'') >= 0 && strings.IndexByte(s, '"') < 0 {
		return `"` + s + `"`
	}
	return "'" + strings.ReplaceAll(s, "'", `\'`) + "'"
}

// concatenate joins adjacent literals as CPython 3.12 and 3.13 do: bytes
// with bytes only; without f-strings, strings into one Constant; with
// them, into a JoinedStr whose runs of adjacent constants are folded into
// one (spanning from the first to the last) and whose empty constants
// are dropped.
func (p *parser) concatenate(parts []Expr, whole source.Span) Expr {
	fstringFound, unicodeFound, bytesFound := false, false, false
	n := 0
	for _, e := range parts {
		switch e := e.(type) {
		case *Constant:
			if _, ok := e.Value.(Bytes); ok {
				bytesFound = true
			} else {
				unicodeFound = true
			}
			n++
		case *JoinedStr:
			fstringFound = true
			n += len(e.Values)
		default:
			fstringFound = true
			n++
		}
	}
	if (unicodeFound || fstringFound) && bytesFound {
		p.failAtNext("cannot mix bytes and nonbytes literals")
	}
	if bytesFound {
		var b strings.Builder
		for _, e := range parts {
			b.WriteString(string(e.(*Constant).Value.(Bytes)))
		}
		c := p.constant(Bytes(b.String()), whole)
		c.Kind = parts[0].(*Constant).Kind
		return c
	}
	if !fstringFound && len(parts) == 1 {
		return parts[0]
	}
	flat := make([]Expr, 0, n)
	for _, e := range parts {
		if j, ok := e.(*JoinedStr); ok {
			flat = append(flat, j.Values...)
		} else {
			flat = append(flat, e)
		}
	}
	values := flat[:0]
	for i := 0; i < len(flat); i++ {
		e := flat[i]
		if c, ok := e.(*Constant); ok {
			if i+1 < len(flat) && isConstant(flat[i+1]) {
				var b strings.Builder
				last := c
				j := i
				for ; j < len(flat) && isConstant(flat[j]); j++ {
					last = flat[j].(*Constant)
					b.WriteString(last.Value.(string))
				}
				i = j - 1
				folded := setSpan(&Constant{Value: b.String(), Kind: c.Kind}, source.Span{Start: c.Span().Start, End: last.Span().End})
				e = folded
			}
			if fstringFound && isEmptyStr(e) {
				continue
			}
		}
		values = append(values, e)
	}
	if !fstringFound {
		return values[0]
	}
	return setSpan(&JoinedStr{Values: values}, whole)
}

func isConstant(e Expr) bool {
	_, ok := e.(*Constant)
	return ok
}
