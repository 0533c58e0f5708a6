package syntax

import (
	"encoding/binary"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/pynjit/pynjit/internal/source"
)

// tokenKind classifies a token, as CPython's tokenizer does.
type tokenKind uint8

const (
	tEOF tokenKind = iota
	tNewline
	tIndent
	tDedent
	tName
	tNumber
	tString
	tOp
	tError // a tokenizer error; lit holds the message
	// From 3.12 an f-string is FSTRING_START, then FSTRING_MIDDLE text
	// and the tokens of replacement fields, then FSTRING_END.
	tFStringStart
	tFStringMiddle
	tFStringEnd
)

// token is one lexical token. Its positions are stored compactly (a file
// has many tokens, and their array is most of what parsing allocates);
// start and end return them as source positions. Only a string token (or
// an f-string's literal text) can span lines, and its text is the source
// text, so its end line is not stored: it is the start line plus the line
// breaks in the text.
type token struct {
	lit       string // the token's text; names are NFKC-normalized
	line, col int32
	endCol    int32
	kind      tokenKind
	// spec marks the ':' that starts an f-string field's format spec
	// (3.12+), where a lambda's colon cannot be.
	spec bool
	// inFString marks an error found inside an f-string (3.12+).
	inFString bool
}

func mkTok(kind tokenKind, lit string, start, end source.Pos) token {
	return token{kind: kind, lit: lit, line: int32(start.Line), col: int32(start.Col), endCol: int32(end.Col)}
}

func (t token) start() source.Pos { return source.Pos{Line: int(t.line), Col: int(t.col)} }

func (t token) end() source.Pos {
	line := int(t.line)
	if t.kind == tString || t.kind == tFStringMiddle {
		line += lineBreaks(t.lit)
	}
	return source.Pos{Line: line, Col: int(t.endCol)}
}

// lineBreaks counts the line endings in s: "\n", "\r\n" and a lone "\r".
func lineBreaks(s string) int {
	if strings.IndexByte(s, '\n') < 0 && strings.IndexByte(s, '\r') < 0 {
		return 0
	}
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] == '\n' || s[i] == '\r' && (i+1 == len(s) || s[i+1] != '\n') {
			n++
		}
	}
	return n
}

// scanner turns file text into tokens the way CPython 3.11's tokenizer
// does: logical lines, INDENT/DEDENT, implicit joining inside brackets and
// explicit joining with a backslash.
type scanner struct {
	text    []byte
	src     string // text as a string, so token texts are substrings, not copies
	version Version
	pos     int // byte offset of the next unread byte

	line      int // current line, 1-based
	lineStart int // byte offset where the current line starts
	// bufStart is where CPython's tokenizer buffer starts: the start of
	// the line it last read between tokens. A line read inside a token (a
	// string, an f-string's text, a backslash joining lines) leaves it,
	// and a bad line continuation's column is counted from it.
	bufStart int
	colOff   int  // cached: byte offset colChars was computed at
	colChars int  // character column of colOff
	ascii    bool // the text has no multi-byte characters: columns are byte offsets

	indents    []int // indentation columns (tab stops of 8)
	altIndents []int // the same with tabs counting 1, to detect ambiguity
	parens     []token
	atLineBeg  bool
	pendingEOF bool
	tokens     []token
	lastSig    tokenKind // kind of the last token that was not NEWLINE/INDENT/DEDENT
	ended      bool      // the EOF token has been appended
	// fstrings are the f-strings being scanned, innermost last (3.12+).
	fstrings []fstringState
	// debugTexts are the texts 3.13 gives debug fields, by the index of
	// the token after the '=' (see recordExpr).
	debugTexts map[int]string
}

// firstTokens bounds the scanner's first guess of a text's tokens (a
// token per 5 bytes): past it, push predicts the count from the tokens
// per byte of the text scanned so far, where the guess could be half the
// count (generated code of short statements has a token per 2.4 bytes,
// and the array then grew from a guess of 12 MB to 28).
const firstTokens = 4096

// scan tokenizes text as version v does. It always ends with tEOF, or
// with a tError token followed by tEOF when the text cannot be tokenized.
// From 3.13 it also returns the texts of debug fields in f-strings, by
// the index of the token that follows each one's '=' (see recordExpr).
func scan(text []byte, v Version) ([]token, map[int]string) {
	s := &scanner{text: text, src: string(text), version: v, line: 1, indents: []int{0}, altIndents: []int{0}, atLineBeg: true, ascii: isASCII(text)}
	if len(text) >= 3 && text[0] == 0xEF && text[1] == 0xBB && text[2] == 0xBF {
		s.pos = 3
		s.lineStart = 3
		s.colOff = 3
		s.bufStart = 3
	}
	s.tokens = make([]token, 0, min(len(text)/5+16, firstTokens))
	s.run()
	return s.tokens, s.debugTexts
}

// col returns the character column of byte offset off on the current line.
func (s *scanner) col(off int) int {
	if s.ascii {
		return off - s.lineStart
	}
	if off < s.colOff || s.colOff < s.lineStart {
		s.colOff, s.colChars = s.lineStart, 0
	}
	n := s.colChars
	for i := s.colOff; i < off; i++ {
		if s.text[i]&0xC0 != 0x80 {
			n++
		}
	}
	s.colOff, s.colChars = off, n
	return n
}

// isASCII reports whether text has only single-byte characters. It reads
// eight bytes at a time: most files are ASCII, and the check is made once.
func isASCII(text []byte) bool {
	i := 0
	for ; i+8 <= len(text); i += 8 {
		if binary.LittleEndian.Uint64(text[i:])&0x8080808080808080 != 0 {
			return false
		}
	}
	for ; i < len(text); i++ {
		if text[i] >= 0x80 {
			return false
		}
	}
	return true
}

func (s *scanner) posAt(off int) source.Pos { return source.Pos{Line: s.line, Col: s.col(off)} }

// newline records that a line ends at byte offset nl (the '\n' or '\r').
func (s *scanner) newline(nl int) int {
	next := nl + 1
	if s.text[nl] == '\r' && next < len(s.text) && s.text[next] == '\n' {
		next++
	}
	s.line++
	s.lineStart = next
	s.bufStart = next
	s.colOff, s.colChars = next, 0
	return next
}

// newlineInToken is newline for a line break inside a token, which
// leaves bufStart where it is.
func (s *scanner) newlineInToken(nl int) int {
	buf := s.bufStart
	next := s.newline(nl)
	s.bufStart = buf
	return next
}

// chars counts the characters of text[from:to].
func (s *scanner) chars(from, to int) int {
	if s.ascii {
		return to - from
	}
	n := 0
	for _, c := range s.text[from:to] {
		if c&0xC0 != 0x80 {
			n++
		}
	}
	return n
}

// push appends t to the tokens. A full array grows to the count the
// text read so far predicts for the whole text (its tokens per byte times
// the text's length, plus an eighth), and by half at least: generated
// code is uniform, so a large file's array grows about once, where
// append's growth by a quarter would copy it several times over (an
// f-string of 100,000 fields, a token per byte, allocated 46 MB for 10).
func (s *scanner) push(t token) {
	if n := len(s.tokens); n == cap(s.tokens) {
		est := int(int64(n) * int64(len(s.text)+1) / int64(s.pos+1))
		s.tokens = append(make([]token, 0, max(est+est/8, n+n/2, 16)), s.tokens...)
	}
	s.tokens = append(s.tokens, t)
}

func (s *scanner) emit(kind tokenKind, lit string, start source.Pos) {
	s.push(mkTok(kind, lit, start, s.posAt(s.pos)))
	if kind != tNewline && kind != tIndent && kind != tDedent {
		s.lastSig = kind
	}
}

// fail ends tokenization with an error token at p.
func (s *scanner) fail(p source.Pos, format string, args ...any) {
	t := mkTok(tError, fmt.Sprintf(format, args...), p, p)
	t.inFString = len(s.fstrings) > 0
	s.push(t)
	s.end(p)
}

// end appends the EOF token at p: tokenization is over.
func (s *scanner) end(p source.Pos) {
	s.push(mkTok(tEOF, "", p, p))
	s.ended = true
}

// failed reports whether tokenization is over (the name is for the
// error paths, which end it early).
func (s *scanner) failed() bool { return s.ended }

func (s *scanner) run() {
	for !s.failed() {
		if st := s.fstring(); st != nil && !st.inField {
			if !s.fstringNext(st) {
				return
			}
			continue
		}
		if s.atLineBeg {
			if !s.indentation() {
				continue
			}
			if s.failed() {
				return
			}
		}
		if !s.next() {
			return
		}
	}
}

// indentation measures the indentation of a new line and emits INDENT or
// DEDENT tokens. It returns false when the line was blank or a comment and
// has been skipped.
func (s *scanner) indentation() bool {
	col, alt := 0, 0
	contCol := -1 // the column of the first backslash joining lines here
	i := s.pos
	for i < len(s.text) {
		c := s.text[i]
		if c == ' ' {
			col++
			alt++
		} else if c == '\t' {
			col = (col/8 + 1) * 8
			alt++
		} else if c == '\f' {
			col, alt = 0, 0
		} else if c == '\\' && i+1 < len(s.text) && (s.text[i+1] == '\n' || s.text[i+1] == '\r') {
			// Indentation cannot be split over lines with backslashes:
			// the first one decides the indentation of what follows, and
			// a line they join to a blank one is blank.
			if contCol < 0 {
				contCol = col
			}
			if s.continuationAtEOF(i) {
				return true
			}
			i = s.newline(i + 1)
			continue
		} else {
			break
		}
		i++
	}
	if contCol >= 0 {
		col, alt = contCol, contCol
	}
	s.pos = i
	if i >= len(s.text) {
		s.atLineBeg = false
		return true
	}
	c := s.text[i]
	if c == '#' || c == '\n' || c == '\r' {
		// A blank or comment-only line: no tokens, no indentation change.
		for i < len(s.text) && s.text[i] != '\n' && s.text[i] != '\r' {
			i++
		}
		if i >= len(s.text) {
			s.pos = i
			s.atLineBeg = false
			return true
		}
		s.pos = s.newline(i)
		return false
	}
	s.atLineBeg = false
	if len(s.parens) > 0 {
		return true
	}
	top := s.indents[len(s.indents)-1]
	altTop := s.altIndents[len(s.altIndents)-1]
	p := s.posAt(s.pos)
	switch {
	case col == top:
		if alt != altTop {
			s.fail(p, "inconsistent use of tabs and spaces in indentation")
		}
	case col > top:
		if alt <= altTop {
			s.fail(p, "inconsistent use of tabs and spaces in indentation")
			return true
		}
		s.indents = append(s.indents, col)
		s.altIndents = append(s.altIndents, alt)
		s.push(mkTok(tIndent, "", source.Pos{Line: s.line}, p))
	default:
		for len(s.indents) > 1 && col < s.indents[len(s.indents)-1] {
			s.indents = s.indents[:len(s.indents)-1]
			s.altIndents = s.altIndents[:len(s.altIndents)-1]
			s.push(mkTok(tDedent, "", p, p))
		}
		if col != s.indents[len(s.indents)-1] {
			// CPython reports this at the end of the offending line.
			at := source.Pos{Line: s.line, Col: utf8.RuneCount(s.lineText())}
			s.push(mkTok(tError, "unindent does not match any outer indentation level", at, at))
			s.end(p)
			return true
		}
		if alt != s.altIndents[len(s.altIndents)-1] {
			s.fail(p, "inconsistent use of tabs and spaces in indentation")
		}
	}
	return true
}

// continuationAtEOF reports, when the backslash at byte i joins its line
// to nothing but the end of the file, CPython's "unexpected EOF while
// parsing", just after the backslash.
func (s *scanner) continuationAtEOF(i int) bool {
	nl := i + 1
	if s.text[nl] == '\r' && nl+1 < len(s.text) && s.text[nl+1] == '\n' {
		nl++
	}
	if nl+1 < len(s.text) {
		return false
	}
	s.pos = len(s.text)
	s.fail(s.posAt(i+1), "unexpected EOF while parsing")
	return true
}

// lineText returns the current line without its ending.
func (s *scanner) lineText() []byte {
	e := s.lineStart
	for e < len(s.text) && s.text[e] != '\n' && s.text[e] != '\r' {
		e++
	}
	return s.text[s.lineStart:e]
}

// finish emits the tokens that close the file: NEWLINE if needed, DEDENTs
// and EOF.
func (s *scanner) finish() {
	p := s.posAt(s.pos)
	if len(s.parens) > 0 {
		// The parser reports unclosed brackets; give it EOF where it is.
		s.end(p)
		return
	}
	if len(s.tokens) > 0 && s.lastSig != tEOF {
		last := s.tokens[len(s.tokens)-1].kind
		if last != tNewline && last != tDedent && last != tIndent {
			s.push(mkTok(tNewline, "", p, source.Pos{Line: p.Line, Col: p.Col + 1}))
		}
	}
	for len(s.indents) > 1 {
		s.indents = s.indents[:len(s.indents)-1]
		s.push(mkTok(tDedent, "", p, p))
	}
	s.end(p)
}

// next scans one token (or skips whitespace and comments). It returns
// false at the end of input.
func (s *scanner) next() bool {
	comment := -1 // where a comment before the next token starts
	for s.pos < len(s.text) {
		c := s.text[s.pos]
		if c == ' ' || c == '\t' || c == '\f' {
			s.pos++
			continue
		}
		if c == '#' {
			comment = s.pos
			for s.pos < len(s.text) && s.text[s.pos] != '\n' && s.text[s.pos] != '\r' {
				s.pos++
			}
			continue
		}
		if c == '\\' {
			nl := s.pos + 1
			if nl < len(s.text) && (s.text[nl] == '\n' || s.text[nl] == '\r') {
				if s.continuationAtEOF(s.pos) {
					return false
				}
				s.pos = s.newlineInToken(nl)
				continue
			}
			if nl >= len(s.text) {
				s.fail(s.posAt(s.pos+1), "unexpected EOF while parsing")
				return false
			}
			// CPython counts the column from the start of its buffer,
			// which may be lines up (after a string or joined lines)
			s.fail(source.Pos{Line: s.line, Col: s.chars(s.bufStart, s.pos+1)}, "unexpected character after line continuation character")
			return false
		}
		break
	}
	if s.pos >= len(s.text) {
		s.finish()
		return false
	}
	start := s.pos
	p := s.posAt(start)
	c := s.text[start]
	switch {
	case c == '\n' || c == '\r':
		// CPython's NEWLINE token starts at the comment before it, if any
		at := p
		if comment >= 0 {
			at = s.posAt(comment)
		}
		next := s.newline(start)
		if len(s.parens) == 0 && s.lastSig != tNewline && len(s.tokens) > 0 && s.tokens[len(s.tokens)-1].kind != tNewline {
			s.push(mkTok(tNewline, "", at, source.Pos{Line: p.Line, Col: p.Col + 1}))
			s.atLineBeg = true
		} else if len(s.parens) == 0 {
			s.atLineBeg = true
		}
		s.pos = next
		return true
	case isDigit(c) || (c == '.' && start+1 < len(s.text) && isDigit(s.text[start+1])):
		s.number(p)
		return true
	case c == '"' || c == '\'':
		s.str(p, start, start)
		return true
	case c < utf8.RuneSelf && (isASCIILetter(c) || c == '_') || c >= utf8.RuneSelf:
		return s.nameOrString(p)
	}
	return s.operator(p)
}

func isDigit(c byte) bool       { return c >= '0' && c <= '9' }
func isASCIILetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

// identByte tells the ASCII bytes that continue an identifier (letters,
// digits, '_'): one load per byte in the scanner's most frequent loop.
var identByte = func() (t [256]bool) {
	for c := 0; c < utf8.RuneSelf; c++ {
		t[c] = isASCIILetter(byte(c)) || isDigit(byte(c)) || c == '_'
	}
	return t
}()

func isIDStart(r rune) bool {
	return r == '_' || unicode.IsLetter(r) || unicode.Is(unicode.Nl, r) || unicode.Is(unicode.Other_ID_Start, r)
}

func isIDContinue(r rune) bool {
	return isIDStart(r) || unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Mc, r) || unicode.IsDigit(r) ||
		unicode.Is(unicode.Pc, r) || unicode.Is(unicode.Other_ID_Continue, r)
}

// nameOrString scans an identifier, or a string literal with a prefix.
func (s *scanner) nameOrString(p source.Pos) bool {
	start := s.pos
	ascii := true
	for s.pos < len(s.text) {
		c := s.text[s.pos]
		if identByte[c] {
			s.pos++
			continue
		}
		if c < utf8.RuneSelf {
			break
		}
		r, size := utf8.DecodeRune(s.text[s.pos:])
		if r == utf8.RuneError && size == 1 {
			s.fail(p, "(unicode error) 'utf-8' codec can't decode byte 0x%x", s.text[s.pos])
			return false
		}
		ok := isIDContinue(r)
		if s.pos == start {
			ok = isIDStart(r)
		}
		if !ok {
			if s.pos == start {
				s.invalidCharacter(p, r)
				return false
			}
			break
		}
		ascii = false
		s.pos += size
	}
	word := s.src[start:s.pos]
	if s.pos < len(s.text) && (s.text[s.pos] == '"' || s.text[s.pos] == '\'') && isStringPrefix(word) {
		if s.version >= Python312 && (word[0]|0x20 == 'f' || len(word) == 2 && word[1]|0x20 == 'f') {
			s.fstringStart(p, start, s.pos)
			return true
		}
		s.str(p, start, s.pos)
		return true
	}
	if !ascii {
		word = norm.NFKC.String(word)
		first, _ := utf8.DecodeRuneInString(word)
		if !isIDStart(first) {
			s.invalidCharacter(p, first)
			return false
		}
	}
	s.emit(tName, word, p)
	return true
}

func isStringPrefix(w string) bool {
	if len(w) > 2 {
		return false
	}
	var r, b, u, f int
	for i := 0; i < len(w); i++ {
		switch w[i] | 0x20 {
		case 'r':
			r++
		case 'b':
			b++
		case 'u':
			u++
		case 'f':
			f++
		default:
			return false
		}
	}
	if r > 1 || b > 1 || u > 1 || f > 1 {
		return false
	}
	if u == 1 {
		return len(w) == 1
	}
	return !(b == 1 && f == 1)
}

// str scans a string literal whose prefix starts at start and whose quote
// is at q. The token keeps the whole text, prefix and quotes included.
func (s *scanner) str(p source.Pos, start, q int) {
	quote := s.text[q]
	triple := q+2 < len(s.text) && s.text[q+1] == quote && s.text[q+2] == quote
	i := q + 1
	if triple {
		i = q + 3
	}
	unterminated := "unterminated string literal (detected at line %d)"
	for {
		if i >= len(s.text) {
			i = len(s.text) // a final backslash may have stepped past the end
			s.pos = i
			if s.closesFString(quote, triple) {
				s.fail(p, "f-string: expecting '}'")
				return
			}
			// the line CPython detects it at is the last it read: not an
			// empty one after the text's last line break
			last := s.line
			if i > 0 && (s.text[i-1] == '\n' || s.text[i-1] == '\r') {
				last--
			}
			if triple {
				s.fail(p, "unterminated triple-quoted string literal (detected at line %d)", last)
			} else {
				s.fail(p, unterminated, last)
			}
			return
		}
		c := s.text[i]
		if !stringStop[c] {
			i++
			continue
		}
		switch {
		case c == '\\':
			if i+1 < len(s.text) && (s.text[i+1] == '\n' || s.text[i+1] == '\r') {
				i = s.newlineInToken(i + 1)
				continue
			}
			if i+1 < len(s.text) && s.text[i+1] == quote && s.version >= Python313 {
				unterminated = "unterminated string literal (detected at line %d); perhaps you escaped the end quote?"
			}
			i = min(i+2, len(s.text))
			continue
		case c == '\n' || c == '\r':
			if !triple {
				s.pos = i
				if s.closesFString(quote, triple) {
					s.fail(p, "f-string: expecting '}'")
					return
				}
				s.fail(p, unterminated, s.line)
				return
			}
			i = s.newlineInToken(i)
			continue
		case c == quote:
			if !triple {
				s.pos = i + 1
				s.emit(tString, s.src[start:s.pos], p)
				return
			}
			if i+2 < len(s.text) && s.text[i+1] == quote && s.text[i+2] == quote {
				s.pos = i + 3
				s.emit(tString, s.src[start:s.pos], p)
				return
			}
		}
		i++
	}
}

// closesFString reports whether an unterminated string inside an
// f-string's field has the f-string's own quotes: then it is the
// f-string's end, and the field its "}" is missing.
func (s *scanner) closesFString(quote byte, triple bool) bool {
	st := s.fstring()
	return st != nil && st.quote == quote && (st.quoteSize == 3) == triple
}

// stringStop tells the bytes a string literal's scan must look at: the
// rest are skipped with one load each.
var stringStop = func() (t [256]bool) {
	for _, c := range "\\\n\r'\"" {
		t[c] = true
	}
	return t
}()

// number scans a numeric literal; the parser converts it to a value.
func (s *scanner) number(p source.Pos) {
	start := s.pos
	t := s.text
	i := start
	digits := func(ok func(byte) bool) bool {
		// digits with single underscores between them; false on a bad '_'.
		if i >= len(t) || !ok(t[i]) {
			return false
		}
		for i < len(t) {
			if ok(t[i]) {
				i++
				continue
			}
			if t[i] == '_' {
				if i+1 < len(t) && ok(t[i+1]) {
					i++
					continue
				}
				return false
			}
			break
		}
		return true
	}
	isDec := isDigit
	// bad reports msg at the last character read, as CPython's tokenizer
	// does for malformed literals.
	bad := func(msg string) {
		s.pos = i
		s.fail(s.posAt(max(i-1, start)), "%s", msg)
	}
	badDecimal := func() {
		// at the literal's last character, where CPython's tokenizer
		// stands when it sees the letter after it
		s.pos = i
		s.fail(s.posAt(max(i-1, start)), "invalid decimal literal")
	}
	if t[i] == '0' && i+1 < len(t) && (t[i+1]|0x20 == 'x' || t[i+1]|0x20 == 'o' || t[i+1]|0x20 == 'b') {
		kind := t[i+1] | 0x20
		i += 2
		var ok func(byte) bool
		var name string
		switch kind {
		case 'x':
			ok = func(c byte) bool { return isDigit(c) || (c|0x20 >= 'a' && c|0x20 <= 'f') }
			name = "hexadecimal"
		case 'o':
			ok = func(c byte) bool { return c >= '0' && c <= '7' }
			name = "octal"
		default:
			ok = func(c byte) bool { return c == '0' || c == '1' }
			name = "binary"
		}
		if i < len(t) && t[i] == '_' {
			i++
		}
		if !digits(ok) {
			if i < len(t) && isDigit(t[i]) {
				i++
				bad(fmt.Sprintf("invalid digit '%c' in %s literal", t[i-1], name))
				return
			}
			bad("invalid " + name + " literal")
			return
		}
		if i < len(t) && isDigit(t[i]) {
			i++
			bad(fmt.Sprintf("invalid digit '%c' in %s literal", t[i-1], name))
			return
		}
		if s.identAfter(i) {
			bad("invalid " + name + " literal")
			return
		}
		s.pos = i
		s.emit(tNumber, s.src[start:i], p)
		return
	}
	isFloat := false
	if t[i] != '.' {
		if !digits(isDec) {
			bad("invalid decimal literal")
			return
		}
	}
	if i < len(t) && t[i] == '.' {
		isFloat = true
		i++
		if i < len(t) && isDigit(t[i]) && !digits(isDec) {
			bad("invalid decimal literal")
			return
		}
	}
	if i < len(t) && t[i]|0x20 == 'e' {
		j := i + 1
		if j < len(t) && (t[j] == '+' || t[j] == '-') {
			j++
		}
		if j < len(t) && isDigit(t[j]) {
			i = j
			if !digits(isDec) {
				bad("invalid decimal literal")
				return
			}
			isFloat = true
		} else if !isFloat && s.identAfter(i) {
			badDecimal()
			return
		}
	}
	if i < len(t) && t[i]|0x20 == 'j' {
		i++
		isFloat = true
	}
	if !isFloat {
		lit := t[start:i]
		if len(lit) > 1 && lit[0] == '0' {
			for _, c := range lit {
				if c != '0' && c != '_' {
					s.pos = start
					s.fail(p, "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers")
					return
				}
			}
		}
	}
	if s.identAfter(i) {
		if t[i-1]|0x20 == 'j' {
			bad("invalid imaginary literal")
			return
		}
		badDecimal()
		return
	}
	s.pos = i
	s.emit(tNumber, s.src[start:i], p)
}

// identAfter reports whether an identifier character follows a number at
// byte i, which CPython's tokenizer rejects ("1abc"), except for the
// keywords that may follow a number directly ("1if x else y", "1or 2").
// From 3.12 only ASCII ones count: a non-ASCII name after a number is two
// tokens, which the parser refuses.
func (s *scanner) identAfter(i int) bool {
	if i >= len(s.text) {
		return false
	}
	c := s.text[i]
	if c >= utf8.RuneSelf && s.version <= Python311 {
		// 3.11's tokenizer refuses any identifier character
		r, _ := utf8.DecodeRune(s.text[i:])
		return isIDStart(r)
	}
	if !(isASCIILetter(c) || c == '_') {
		return false
	}
	for _, kw := range [...]string{"and", "else", "for", "if", "in", "is", "not", "or"} {
		if hasWordAt(s.text, i, kw) {
			return false
		}
	}
	return true
}

func hasWordAt(t []byte, i int, w string) bool {
	return len(t)-i >= len(w) && string(t[i:i+len(w)]) == w
}

// operatorAt returns the operator token at the start of rest, longest
// match first, or "".
func operatorAt(rest []byte) string {
	c := rest[0]
	next := byte(0)
	if len(rest) > 1 {
		next = rest[1]
	}
	third := byte(0)
	if len(rest) > 2 {
		third = rest[2]
	}
	switch c {
	case '(':
		return "("
	case ')':
		return ")"
	case '[':
		return "["
	case ']':
		return "]"
	case '{':
		return "{"
	case '}':
		return "}"
	case ',':
		return ","
	case ';':
		return ";"
	case '~':
		return "~"
	case '.':
		if next == '.' && third == '.' {
			return "..."
		}
		return "."
	case ':':
		if next == '=' {
			return ":="
		}
		return ":"
	case '=':
		if next == '=' {
			return "=="
		}
		return "="
	case '!':
		if next == '=' {
			return "!="
		}
		return ""
	case '-':
		switch next {
		case '=':
			return "-="
		case '>':
			return "->"
		}
		return "-"
	case '*':
		if next == '*' {
			if third == '=' {
				return "**="
			}
			return "**"
		}
		if next == '=' {
			return "*="
		}
		return "*"
	case '/':
		if next == '/' {
			if third == '=' {
				return "//="
			}
			return "//"
		}
		if next == '=' {
			return "/="
		}
		return "/"
	case '<':
		if next == '<' {
			if third == '=' {
				return "<<="
			}
			return "<<"
		}
		if next == '=' {
			return "<="
		}
		return "<"
	case '>':
		if next == '>' {
			if third == '=' {
				return ">>="
			}
			return ">>"
		}
		if next == '=' {
			return ">="
		}
		return ">"
	case '+', '%', '&', '|', '^', '@':
		if next == '=' {
			return [...]string{'+': "+=", '%': "%=", '&': "&=", '|': "|=", '^': "^=", '@': "@="}[c]
		}
		return [...]string{'+': "+", '%': "%", '&': "&", '|': "|", '^': "^", '@': "@"}[c]
	}
	return ""
}

func closerOf(open string) string {
	switch open {
	case "(":
		return ")"
	case "[":
		return "]"
	}
	return "}"
}

// maxParens is CPython's limit on open brackets (its tokenizer's
// MAXLEVEL).
const maxParens = 200

func (s *scanner) operator(p source.Pos) bool {
	start := s.pos
	rest := s.text[start:]
	st := s.fstring()
	if st != nil && s.version >= Python313 {
		s.recordExpr(st, rest[0])
	}
	if st != nil && s.fieldPunctuation(st, rest[0], p) {
		return true
	}
	if op := operatorAt(rest); op != "" {
		s.pos += len(op)
		switch op {
		case "(", "[", "{":
			if len(s.parens) >= maxParens {
				s.fail(p, "too many nested parentheses")
				return false
			}
			s.emit(tOp, op, p)
			s.parens = append(s.parens, s.tokens[len(s.tokens)-1])
			if st != nil {
				st.depth++
			}
			return true
		case ")", "]", "}":
			if st != nil && st.depth == 0 && op == "}" {
				s.fail(p, "f-string: single '}' is not allowed")
				return false
			}
			if len(s.parens) == 0 {
				s.fail(p, "unmatched '%s'", op)
				return false
			}
			open := s.parens[len(s.parens)-1]
			if closerOf(open.lit) != op {
				if st != nil && open.lit == "{" && st.depth-1 == st.fieldDepth {
					s.fail(p, "f-string: unmatched '%s'", op)
					return false
				}
				if open.start().Line != p.Line {
					s.fail(p, "closing parenthesis '%s' does not match opening parenthesis '%s' on line %d", op, open.lit, open.start().Line)
				} else {
					s.fail(p, "closing parenthesis '%s' does not match opening parenthesis '%s'", op, open.lit)
				}
				return false
			}
			s.parens = s.parens[:len(s.parens)-1]
			s.emit(tOp, op, p)
			if st != nil {
				s.closeBracket(st, op[0])
			}
			return true
		}
		s.emit(tOp, op, p)
		if op == "=" && st != nil && st.fieldDepth >= 0 {
			st.debug = true
		}
		return true
	}
	r, _ := utf8.DecodeRune(rest)
	switch r {
	case '!', '$', '?', '`':
		if s.version >= Python312 {
			// a token the parser refuses where it meets it
			s.pos++
			s.emit(tOp, string(r), p)
			return true
		}
		s.fail(p, "invalid syntax")
	default:
		if r == utf8.RuneError {
			s.fail(p, "(unicode error) 'utf-8' codec can't decode byte 0x%x in position %d: invalid start byte", rest[0], start)
		} else {
			s.invalidCharacter(p, r)
		}
	}
	return false
}

// invalidCharacter reports a character that cannot start a token, as
// CPython does: printable or not.
func (s *scanner) invalidCharacter(p source.Pos, r rune) {
	if unicode.IsPrint(r) {
		s.fail(p, "invalid character '%c' (U+%04X)", r, r)
	} else {
		s.fail(p, "invalid non-printable character U+%04X", r)
	}
}
