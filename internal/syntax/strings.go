package syntax

import (
	"strings"
	"unicode/utf8"

	"github.com/pynjit/pynjit/internal/source"
)

// stringParts is one STRING token split into prefix flags and body.
type stringParts struct {
	tok   token
	raw   bool
	bytes bool
	fstr  bool
	u     bool
	body  string // between the quotes
	// bodyOff is the byte offset of body in the token's text.
	bodyOff int
	// at, in an f-string, is where the last replacement field was found:
	// the next one is looked for from there, not from the token's start.
	at *bodyCursor
	// span, in an f-string, is the token's span, which its format specs
	// take (the token's end line is counted once, not once a field).
	span source.Span
	// errAt is where a bad escape or byte is reported from 3.12; before,
	// it is the token after the literal.
	errAt source.Pos
}

// bodyCursor is a place in the body of a string token: an index into the
// body with its newlines normalized, the index into the token's text,
// and the line and column in the file.
type bodyCursor struct {
	norm, raw, line, col int
}

// advance moves c forward to the normalized index norm of sp's body
// ("\r\n" and "\r" in the token's text are one "\n" in body), counting
// lines and characters.
func (c *bodyCursor) advance(sp stringParts, norm int) {
	text := sp.tok.lit
	for c.norm < norm && c.raw < len(text) {
		switch ch := text[c.raw]; ch {
		case '\r', '\n':
			if ch == '\r' && c.raw+1 < len(text) && text[c.raw+1] == '\n' {
				c.raw++
			}
			c.raw++
			c.norm++
			c.line++
			c.col = 0
		default:
			_, size := utf8.DecodeRuneInString(text[c.raw:])
			c.raw += size
			c.norm += size
			c.col++
		}
	}
}

func splitString(t token) stringParts {
	sp := stringParts{tok: t}
	i := 0
	for ; i < len(t.lit) && t.lit[i] != '\'' && t.lit[i] != '"'; i++ {
		switch t.lit[i] | 0x20 {
		case 'r':
			sp.raw = true
		case 'b':
			sp.bytes = true
		case 'f':
			sp.fstr = true
		case 'u':
			sp.u = t.lit[i] == 'u' // CPython gives kind 'u' to u'' only, not U''
		}
	}
	q := 1
	if len(t.lit)-i >= 6 && t.lit[i+1] == t.lit[i] && t.lit[i+2] == t.lit[i] {
		q = 3
	}
	sp.bodyOff = i + q
	sp.body = normalizeNewlines(t.lit[i+q : len(t.lit)-q])
	if sp.fstr {
		// the prefix and quotes are ASCII, on the token's first line
		sp.at = &bodyCursor{raw: sp.bodyOff, line: t.start().Line, col: t.start().Col + sp.bodyOff}
		sp.span = t.span()
	}
	return sp
}

// normalizeNewlines turns \r\n and \r into \n, as CPython's universal
// newline reading does before tokenizing.
func normalizeNewlines(s string) string {
	if strings.IndexByte(s, '\r') < 0 {
		return s
	}
	s = strings.ReplaceAll(s, "\r\n", "\n")
	return strings.ReplaceAll(s, "\r", "\n")
}

// strings parses one or more adjacent STRING tokens into a Constant or,
// when any is an f-string, a JoinedStr.
func (p *parser) strings() Expr {
	if p.version >= Python312 {
		return p.stringsFrom312()
	}
	start := p.tok().start()
	var buf [2]stringParts // most literals are one or two tokens
	parts := buf[:0]
	for p.tok().kind == tString {
		parts = append(parts, splitString(*p.advance()))
	}
	whole := p.spanFrom(start)
	anyF, anyBytes, allBytes := false, false, true
	for _, sp := range parts {
		anyF = anyF || sp.fstr
		anyBytes = anyBytes || sp.bytes
		allBytes = allBytes && sp.bytes
	}
	if anyBytes && !allBytes {
		p.mixedStrings(parts)
	}
	if allBytes {
		var b strings.Builder
		for _, sp := range parts {
			b.WriteString(p.decodeBytes(sp))
		}
		return setSpan(&Constant{Value: Bytes(b.String())}, whole)
	}
	if !anyF {
		text := func(sp stringParts) string {
			if sp.raw || strings.IndexByte(sp.body, '\\') < 0 {
				p.checkUTF8(sp, sp.body, false)
				return sp.body
			}
			return p.decodeStr(sp, sp.body)
		}
		var value string
		if len(parts) == 1 {
			value = text(parts[0]) // most literals: no copy
		} else {
			var b strings.Builder
			for _, sp := range parts {
				b.WriteString(text(sp))
			}
			value = b.String()
		}
		c := p.constant(value, whole)
		if parts[0].u {
			c.Kind = "u"
		}
		return c
	}
	j := &joinedBuilder{whole: whole}
	for _, sp := range parts {
		if !sp.fstr {
			if sp.raw {
				j.lit.WriteString(sp.body)
			} else {
				j.lit.WriteString(p.decodeStr(sp, sp.body))
			}
			continue
		}
		p.fstring(sp, j, 0)
	}
	j.flush()
	if j.values == nil {
		j.values = []Expr{}
	}
	return setSpan(&JoinedStr{Values: j.values}, whole)
}

// mixedStrings reports bytes and str literals side by side, as 3.11
// finds it: reading the literals in order, it decodes each (and parses
// an f-string's fields) before it checks that its kind is the first's,
// so an error in a literal before the first of the other kind comes
// first.
func (p *parser) mixedStrings(parts []stringParts) {
	j := &joinedBuilder{}
	for i, sp := range parts {
		switch {
		case sp.bytes:
			p.decodeBytes(sp)
		case sp.fstr && i > 0 && parts[0].bytes:
			// its fields are parsed only after the check
		case sp.fstr:
			p.fstring(sp, j, 0)
		case sp.raw || strings.IndexByte(sp.body, '\\') < 0:
			p.checkUTF8(sp, sp.body, false)
		default:
			p.decodeStr(sp, sp.body)
		}
		if sp.bytes != parts[0].bytes {
			break
		}
	}
	p.failAtNext("cannot mix bytes and nonbytes literals")
}

// fstringFail reports an error found while splitting an f-string. CPython
// raises these without a location, so they point at the token after the
// string.
func (p *parser) fstringFail(format string, args ...any) {
	p.failAtNext(format, args...)
}

// joinedBuilder accumulates the values of a JoinedStr, merging adjacent
// literal text into one Constant as CPython does.
type joinedBuilder struct {
	whole  source.Span
	lit    strings.Builder
	values []Expr
}

func (j *joinedBuilder) flush() { j.flushAt(j.whole) }

// flushAt ends the pending literal text as a Constant with the given span.
// CPython 3.11 gives literal text the span of the whole string sequence,
// except for the text that ends a format spec, which gets the span of the
// string token holding it.
func (j *joinedBuilder) flushAt(span source.Span) {
	if j.lit.Len() == 0 {
		return
	}
	j.values = append(j.values, setSpan(&Constant{Value: j.lit.String()}, span))
	j.lit.Reset()
}

// fstring parses the body of one f-string token into j. level is 0 for
// the string itself and 1 inside a format spec.
func (p *parser) fstring(sp stringParts, j *joinedBuilder, level int) {
	body := sp.body
	i := p.fstringBody(sp, body, 0, j, level)
	if i < len(body) {
		p.fstringFail("f-string: single '}' is not allowed")
	}
}

// fstringBody parses literal text and replacement fields of body from i
// until the end or, inside a format spec (level 1), an unmatched '}'. It
// returns the index where it stopped.
func (p *parser) fstringBody(sp stringParts, body string, i int, j *joinedBuilder, level int) int {
	for i < len(body) {
		c := body[i]
		switch {
		case c == '{':
			if level == 0 && i+1 < len(body) && body[i+1] == '{' {
				j.lit.WriteByte('{')
				i += 2
				continue
			}
			if level >= 2 {
				p.fstringFail("f-string: expressions nested too deeply")
			}
			i = p.fstringField(sp, body, i, j, level)
		case c == '}':
			if level > 0 {
				return i
			}
			if i+1 < len(body) && body[i+1] == '}' {
				j.lit.WriteByte('}')
				i += 2
				continue
			}
			p.fstringFail("f-string: single '}' is not allowed")
		default:
			k := i
			for k < len(body) && body[k] != '{' && body[k] != '}' {
				if body[k] == '\\' && !sp.raw && k+1 < len(body) {
					if k+2 < len(body) && body[k+1] == 'N' && body[k+2] == '{' {
						e := strings.IndexByte(body[k:], '}')
						if e < 0 {
							k = len(body) // decodeStr reports the malformed \N escape
							break
						}
						k += e + 1
						continue
					}
					if body[k+1] != '{' && body[k+1] != '}' {
						k += 2
						continue
					}
				}
				k++
			}
			if sp.raw {
				j.lit.WriteString(body[i:k])
			} else {
				j.lit.WriteString(p.decodeStr(sp, body[i:k]))
			}
			i = k
		}
	}
	return i
}

// fstringField parses one replacement field starting at the '{' at i and
// returns the index after its closing '}'.
func (p *parser) fstringField(sp stringParts, body string, i int, j *joinedBuilder, level int) int {
	exprStart := i + 1
	k := exprStart
	var nest []byte
	var quote byte
	tripleQuote := false
	for k < len(body) {
		c := body[k]
		if c == '\\' {
			p.fstringFail("f-string expression part cannot include a backslash")
		}
		if quote != 0 {
			if c == quote {
				if !tripleQuote {
					quote = 0
				} else if k+2 < len(body) && body[k+1] == quote && body[k+2] == quote {
					quote = 0
					k += 2
				}
			}
			k++
			continue
		}
		switch c {
		case '\'', '"':
			if k+2 < len(body) && body[k+1] == c && body[k+2] == c {
				tripleQuote = true
				k += 2
			} else {
				tripleQuote = false
			}
			quote = c
			k++
			continue
		case '[', '(', '{':
			if len(nest) >= 200 {
				p.fstringFail("f-string: too many nested parenthesis")
			}
			nest = append(nest, c)
			k++
			continue
		case '#':
			p.fstringFail("f-string expression part cannot include '#'")
		case ']', ')', '}':
			if len(nest) == 0 {
				if c == '}' {
					break
				}
				p.fstringFail("f-string: unmatched '%c'", c)
			}
			if c == '}' && len(nest) == 0 {
				break
			}
			open := nest[len(nest)-1]
			if !(open == '(' && c == ')' || open == '[' && c == ']' || open == '{' && c == '}') {
				p.fstringFail("f-string: closing parenthesis '%c' does not match opening parenthesis '%c'", c, open)
			}
			nest = nest[:len(nest)-1]
			k++
			continue
		case '!':
			if len(nest) == 0 && !(k+1 < len(body) && body[k+1] == '=') {
				break
			}
			if k+1 < len(body) && body[k+1] == '=' {
				k += 2
				continue
			}
			k++
			continue
		case ':':
			if len(nest) == 0 {
				break
			}
			k++
			continue
		case '=':
			if len(nest) == 0 && !(k+1 < len(body) && body[k+1] == '=') && !(k > exprStart && strings.IndexByte("=!<>", body[k-1]) >= 0) {
				break
			}
			if k+1 < len(body) && body[k+1] == '=' {
				k += 2
				continue
			}
			k++
			continue
		default:
			k++
			continue
		}
		break
	}
	if quote != 0 {
		p.fstringFail("f-string: unterminated string")
	}
	if k >= len(body) {
		if len(nest) > 0 {
			p.fstringFail("f-string: unmatched '%c'", nest[len(nest)-1])
		}
		p.fstringFail("f-string: expecting '}'")
	}
	exprText := body[exprStart:k]
	if strings.TrimLeft(exprText, " \t\n\f") == "" {
		if c := body[k]; c == '!' || c == ':' || c == '=' {
			p.fstringFail("f-string: expression required before '%c'", c)
		}
		p.fstringFail("f-string: empty expression not allowed")
	}
	value := p.fstringExpr(sp, exprStart, exprText)
	fv := &FormattedValue{Value: value, Conversion: -1}
	debug := false
	if body[k] == '=' {
		k++
		for k < len(body) && strings.IndexByte(" \t\n\f\r\v", body[k]) >= 0 {
			k++
		}
		j.lit.WriteString(body[exprStart:k])
		debug = true
	}
	j.flush()
	if k < len(body) && body[k] == '!' {
		k++
		if k >= len(body) {
			p.fstringFail("f-string: expecting '}'")
		}
		switch body[k] {
		case 's', 'r', 'a':
			fv.Conversion = int(body[k])
		default:
			p.fstringFail("f-string: invalid conversion character: expected 's', 'r', or 'a'")
		}
		k++
		if k < len(body) && body[k] != ':' && body[k] != '}' {
			p.fstringFail("f-string: expecting '}'")
		}
	}
	if k < len(body) && body[k] == ':' {
		spec := &joinedBuilder{whole: j.whole}
		k = p.fstringBody(sp, body, k+1, spec, level+1)
		spec.flushAt(sp.span)
		if spec.values == nil {
			spec.values = []Expr{}
		}
		fv.FormatSpec = setSpan(&JoinedStr{Values: spec.values}, sp.span)
	}
	if debug && fv.FormatSpec == nil && fv.Conversion == -1 {
		fv.Conversion = 'r'
	}
	if k >= len(body) || body[k] != '}' {
		p.fstringFail("f-string: expecting '}'")
	}
	j.values = append(j.values, setSpan(fv, j.whole))
	return k + 1
}

// fstringExpr parses the expression text of a replacement field, with
// positions in the file: CPython 3.11 gives them their real place.
func (p *parser) fstringExpr(sp stringParts, exprStart int, text string) Expr {
	// the fields of a token come in order, format specs' included
	sp.at.advance(sp, exprStart)
	line, col, rawStart := sp.at.line, sp.at.col, sp.at.raw
	sp.at.advance(sp, exprStart+len(text))
	toks := scanExpr([]byte(sp.tok.lit[rawStart:sp.at.raw]), line, col)
	// the field's parser takes its nodes from this one's slabs and gives
	// them back: a slab of its own per field wasted most of it
	sub := &parser{file: p.file, version: p.version, toks: toks, sub: true, prev: -1, arena: p.arena}
	var e Expr
	func() {
		defer func() {
			if r := recover(); r != nil {
				if se, ok := r.(*syntaxError); ok {
					// CPython reports errors inside a replacement field at
					// their column in the parenthesized field text, on the
					// field's line.
					// The prefix is the parser's: the tokenizer's own errors
					// have none ("$" is the parser's "invalid syntax").
					if se.kind != errToken && se.kind != errRunAhead || se.msg == "invalid syntax" {
						se.msg = "f-string: " + se.msg
					}
					se.span.Start = unshift(se.span.Start, line, col)
					se.span.End = unshift(se.span.End, line, col)
					panic(se)
				}
				panic(r)
			}
		}()
		e = sub.starExpressions()
		if sub.tok().kind != tEOF {
			sub.syntaxErrorAt(*sub.tok())
		}
	}()
	p.arena = sub.arena
	return e
}

// unshift maps a file position inside a replacement field that starts at
// line:col to the column in the parenthesized field text, on the field's
// line.
func unshift(p source.Pos, line, col int) source.Pos {
	if p.Line == line {
		p.Col -= col - 1
	}
	p.Line = line
	return p
}

// scanExpr tokenizes the text of an f-string replacement field that starts
// at line:col of the file. Like CPython, it wraps the text in parentheses
// placed just around it, which shows in the span of an unparenthesized
// tuple such as f"{3,}".
func scanExpr(text []byte, line, col int) []token {
	wrapped := make([]byte, 0, len(text)+2)
	wrapped = append(append(append(wrapped, '('), text...), ')')
	s := &scanner{text: wrapped, src: string(wrapped), version: Python311, line: 1, indents: []int{0}, altIndents: []int{0}}
	s.tokens = make([]token, 0, 8)
	for !s.failed() {
		if !s.next() {
			break
		}
	}
	if !s.failed() {
		s.end(s.posAt(s.pos))
	}
	// 3.11 moves a token's columns to the file's only when the token
	// ends on the field's first line: a string spanning lines keeps the
	// column it has in the parenthesized text
	shift := func(p source.Pos, endLine int) source.Pos {
		if endLine == 1 {
			p.Col += col - 1
		}
		p.Line += line - 1
		return p
	}
	toks := s.tokens[:0]
	for _, t := range s.tokens {
		if t.kind == tNewline {
			continue
		}
		end := t.end()
		toks = append(toks, mkTok(t.kind, t.lit, shift(t.start(), end.Line), shift(end, end.Line)))
	}
	return toks
}

// decodeStr decodes the escapes of a (non-raw) str literal fragment.
func (p *parser) decodeStr(sp stringParts, s string) string {
	p.checkUTF8(sp, s, true)
	if strings.IndexByte(s, '\\') < 0 {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		c := s[i]
		if c != '\\' {
			b.WriteByte(c)
			i++
			continue
		}
		if i+1 >= len(s) {
			b.WriteByte('\\')
			i++
			continue
		}
		e := s[i+1]
		i += 2
		switch e {
		case '\n':
		case '\\':
			b.WriteByte('\\')
		case '\'':
			b.WriteByte('\'')
		case '"':
			b.WriteByte('"')
		case 'a':
			b.WriteByte(7)
		case 'b':
			b.WriteByte(8)
		case 'f':
			b.WriteByte(12)
		case 'n':
			b.WriteByte('\n')
		case 'r':
			b.WriteByte('\r')
		case 't':
			b.WriteByte('\t')
		case 'v':
			b.WriteByte(11)
		case '0', '1', '2', '3', '4', '5', '6', '7':
			v := int(e - '0')
			for n := 0; n < 2 && i < len(s) && s[i] >= '0' && s[i] <= '7'; n++ {
				v = v*8 + int(s[i]-'0')
				i++
			}
			writeRune(&b, rune(v))
		case 'x', 'u', 'U':
			n := map[byte]int{'x': 2, 'u': 4, 'U': 8}[e]
			v, ok := hexValue(s[i:], n)
			if !ok {
				bad := i
				for bad < len(s) && bad < i+n && isHexDigit(s[bad]) {
					bad++
				}
				p.escapeError(sp, s, i-2, bad, "truncated "+map[byte]string{'x': "\\xXX", 'u': "\\uXXXX", 'U': "\\UXXXXXXXX"}[e]+" escape")
			}
			if v > 0x10FFFF {
				p.escapeError(sp, s, i-2, i+n, "illegal Unicode character")
			}
			i += n
			writeRune(&b, rune(v))
		case 'N':
			if i >= len(s) || s[i] != '{' {
				p.escapeError(sp, s, i-2, i, "malformed \\N character escape")
			}
			end := strings.IndexByte(s[i:], '}')
			if end < 0 {
				p.escapeError(sp, s, i-2, len(s), "malformed \\N character escape")
			}
			if end == 1 {
				p.escapeError(sp, s, i-2, i+end, "malformed \\N character escape")
			}
			r, ok := lookupUnicodeName(s[i+1 : i+end])
			if !ok {
				p.escapeError(sp, s, i-2, i+end+1, "unknown Unicode character name")
			}
			writeRune(&b, r)
			i += end + 1
		default:
			b.WriteByte('\\')
			b.WriteByte(e)
		}
	}
	return b.String()
}

// writeRune writes r as UTF-8, keeping lone surrogates as their 3-byte
// generalized UTF-8 form (see Constant).
func writeRune(b *strings.Builder, r rune) {
	if r >= 0xD800 && r <= 0xDFFF {
		b.WriteByte(byte(0xE0 | r>>12))
		b.WriteByte(byte(0x80 | (r>>6)&0x3F))
		b.WriteByte(byte(0x80 | r&0x3F))
		return
	}
	b.WriteRune(r)
}

func hexValue(s string, n int) (int, bool) {
	if len(s) < n {
		return 0, false
	}
	v := 0
	for i := 0; i < n; i++ {
		c := s[i]
		switch {
		case c >= '0' && c <= '9':
			v = v*16 + int(c-'0')
		case c|0x20 >= 'a' && c|0x20 <= 'f':
			v = v*16 + int(c|0x20-'a'+10)
		default:
			return 0, false
		}
	}
	return v, true
}

// decodeBytes decodes a bytes literal; the result holds raw byte values.
func (p *parser) decodeBytes(sp stringParts) string {
	s := sp.body
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			p.decodeFail(sp, "bytes can only contain ASCII literal characters")
		}
	}
	if sp.raw || strings.IndexByte(s, '\\') < 0 {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		c := s[i]
		if c != '\\' || i+1 >= len(s) {
			b.WriteByte(c)
			i++
			continue
		}
		e := s[i+1]
		i += 2
		switch e {
		case '\n':
		case '\\', '\'', '"':
			b.WriteByte(e)
		case 'a':
			b.WriteByte(7)
		case 'b':
			b.WriteByte(8)
		case 'f':
			b.WriteByte(12)
		case 'n':
			b.WriteByte('\n')
		case 'r':
			b.WriteByte('\r')
		case 't':
			b.WriteByte('\t')
		case 'v':
			b.WriteByte(11)
		case '0', '1', '2', '3', '4', '5', '6', '7':
			v := int(e - '0')
			for n := 0; n < 2 && i < len(s) && s[i] >= '0' && s[i] <= '7'; n++ {
				v = v*8 + int(s[i]-'0')
				i++
			}
			b.WriteByte(byte(v))
		case 'x':
			v, ok := hexValue(s[i:], 2)
			if !ok {
				p.fail(sp.tok.span(), "(value error) invalid \\x escape at position %d", 0)
			}
			i += 2
			b.WriteByte(byte(v))
		default:
			b.WriteByte('\\')
			b.WriteByte(e)
		}
	}
	return b.String()
}

// lookupUnicodeName finds the character with the given Unicode name.
func lookupUnicodeName(name string) (rune, bool) {
	return unicodeByName(strings.ToUpper(name))
}

// The errors below are raised by CPython while it decodes a string token,
// after the parser has read the token that follows the string; that token
// is where CPython reports them.

// decodeFail reports an error in decoding the literal sp: at sp.errAt
// from 3.12, else at the token after the literal.
func (p *parser) decodeFail(sp stringParts, format string, args ...any) {
	if sp.errAt.IsValid() {
		p.fail(source.Span{Start: sp.errAt, End: sp.errAt}, format, args...)
	}
	p.failAtNext(format, args...)
}

// escapeError reports a bad escape in s spanning bytes [start, end), with
// the positions CPython's unicode-escape decoder gives: it decodes a copy
// of s in which every non-ASCII character is spelled as a 10-byte \U
// escape and a backslash before one (or at the end) as \u005c.
func (p *parser) escapeError(sp stringParts, s string, start, end int, reason string) {
	p.decodeFail(sp, "(unicode error) 'unicodeescape' codec can't decode bytes in position %d-%d: %s", escapeBufPos(s, start), escapeBufPos(s, end)-1, reason)
}

// escapeBufPos maps byte index i of s to the index in CPython's escaped
// copy (see escapeError).
func escapeBufPos(s string, i int) int {
	n := 0
	for k := 0; k < i && k < len(s); {
		if s[k] == '\\' {
			n++
			k++
			if k >= len(s) || s[k] >= utf8.RuneSelf {
				n += 5
			}
			if k >= i || k >= len(s) {
				break
			}
		}
		if s[k] >= utf8.RuneSelf {
			_, size := utf8.DecodeRuneInString(s[k:])
			n += 10
			k += size
			continue
		}
		n++
		k++
	}
	return n
}

func isHexDigit(c byte) bool {
	return c >= '0' && c <= '9' || c|0x20 >= 'a' && c|0x20 <= 'f'
}

// checkUTF8 reports text of a str literal that is not UTF-8 as CPython's
// UTF-8 decoder does. CPython decodes a literal without escapes whole,
// but one with escapes run by run of non-ASCII bytes, so perRun selects
// which positions the message counts from.
func (p *parser) checkUTF8(sp stringParts, s string, perRun bool) {
	if utf8.ValidString(s) {
		return
	}
	k := 0
	for k < len(s) {
		r, size := utf8.DecodeRuneInString(s[k:])
		if r == utf8.RuneError && size == 1 {
			break
		}
		k += size
	}
	data, at := s, k
	if perRun {
		lo, hi := k, k
		for lo > 0 && s[lo-1] >= utf8.RuneSelf {
			lo--
		}
		for hi < len(s) && s[hi] >= utf8.RuneSelf {
			hi++
		}
		data, at = s[lo:hi], k-lo
	}
	end, reason := utf8ErrorEnd(data, at)
	if end-at == 1 {
		p.decodeFail(sp, "(unicode error) 'utf-8' codec can't decode byte 0x%02x in position %d: %s", data[at], at, reason)
	}
	p.decodeFail(sp, "(unicode error) 'utf-8' codec can't decode bytes in position %d-%d: %s", at, end-1, reason)
}

// utf8ErrorEnd classifies the invalid UTF-8 sequence at data[at] the way
// CPython's decoder does and returns where the bad bytes end.
func utf8ErrorEnd(data string, at int) (int, string) {
	b0 := data[at]
	var need int
	lo, hi := byte(0x80), byte(0xBF)
	switch {
	case b0 >= 0xC2 && b0 <= 0xDF:
		need = 1
	case b0 >= 0xE0 && b0 <= 0xEF:
		need = 2
		if b0 == 0xE0 {
			lo = 0xA0
		} else if b0 == 0xED {
			hi = 0x9F
		}
	case b0 >= 0xF0 && b0 <= 0xF4:
		need = 3
		if b0 == 0xF0 {
			lo = 0x90
		} else if b0 == 0xF4 {
			hi = 0x8F
		}
	default:
		return at + 1, "invalid start byte"
	}
	k := at + 1
	for m := 0; m < need; m++ {
		if k >= len(data) {
			return len(data), "unexpected end of data"
		}
		c := data[k]
		if m > 0 {
			lo, hi = 0x80, 0xBF
		}
		if c < lo || c > hi {
			return k, "invalid continuation byte"
		}
		k++
	}
	return k, "invalid continuation byte"
}
