package syntax

import "github.com/pynjit/pynjit/internal/source"

// From 3.12 (PEP 701) an f-string is not one STRING token: the scanner
// splits it as CPython's tokenizer does, into FSTRING_START (the prefix
// and quotes), FSTRING_MIDDLE (literal text), the ordinary tokens of each
// replacement field, from its '{' to its '}', and FSTRING_END (the
// closing quotes). A field may hold any expression, strings with the
// f-string's own quotes and other f-strings among them, so the end of an
// f-string is only known by scanning its fields.

// fstringState is one f-string being scanned: CPython's tokenizer_mode of
// kind TOK_FSTRING_MODE.
type fstringState struct {
	quote     byte
	quoteSize int
	raw       bool
	start     source.Pos // of the FSTRING_START token
	// inField is set while the scanner reads a replacement field's
	// tokens (CPython's TOK_REGULAR_MODE on this entry).
	inField bool
	// depth counts the brackets open inside the f-string's fields
	// (curly_bracket_depth); fieldDepth is the depth of the innermost
	// field, -1 outside any (curly_bracket_expr_start_depth): a field in
	// a format spec is at fieldDepth 1.
	depth, fieldDepth int
	inSpec            bool // in a format spec (in_format_spec)
	// debug is set by an '=' in a field, until the field ends
	// (f_string_debug); exprStart and exprEnd are the byte offsets of
	// CPython 3.13's record of the last field's expression
	// (last_expr_buffer, last_expr_end), exprEnd -1 while it is open: see
	// recordExpr.
	debug              bool
	exprStart, exprEnd int
}

// maxFieldNesting is how deeply replacement fields may nest through
// format specs (CPython's MAX_EXPR_NESTING), and maxFStrings how deeply
// f-strings may nest (MAXFSTRINGLEVEL).
const (
	maxFieldNesting = 3
	maxFStrings     = 150
)

// fstring returns the innermost f-string being scanned, or nil.
func (s *scanner) fstring() *fstringState {
	if len(s.fstrings) == 0 {
		return nil
	}
	return &s.fstrings[len(s.fstrings)-1]
}

// fstringStart scans the prefix and opening quotes of an f-string whose
// prefix starts at start and whose quote is at q, and enters it.
func (s *scanner) fstringStart(p source.Pos, start, q int) {
	quote := s.text[q]
	size := 1
	if q+2 < len(s.text) && s.text[q+1] == quote && s.text[q+2] == quote {
		size = 3
	}
	s.pos = q + size
	if len(s.fstrings)+1 >= maxFStrings {
		s.fail(s.posAt(q), "too many nested f-strings")
		return
	}
	raw := false
	for _, c := range s.text[start:q] {
		raw = raw || c|0x20 == 'r'
	}
	s.emit(tFStringStart, s.src[start:s.pos], p)
	s.fstrings = append(s.fstrings, fstringState{quote: quote, quoteSize: size, raw: raw, start: p, fieldDepth: -1, exprEnd: -1})
}

// fstringNext scans the next token of the f-string st outside its
// fields: FSTRING_END, FSTRING_MIDDLE, or nothing when a field starts
// here (its '{' is scanned as an ordinary token). It is CPython's
// tok_get_fstring_mode.
func (s *scanner) fstringNext(st *fstringState) bool {
	text := s.text
	start := s.pos
	p := s.posAt(start)
	if start < len(text) && text[start] == '{' && !(start+1 < len(text) && text[start+1] == '{') {
		return s.enterField(st, p)
	}
	if s.atQuotes(st, start) {
		s.pos = start + st.quoteSize
		s.emit(tFStringEnd, s.src[start:s.pos], p)
		s.fstrings = s.fstrings[:len(s.fstrings)-1]
		return true
	}
	inSpec := st.inSpec && st.fieldDepth >= 0
	unicodeEscape := false
	for i := start; ; {
		if i >= len(text) {
			s.pos = i
			return s.unterminatedFString(st, i)
		}
		c := text[i]
		switch {
		case c == '\n' || c == '\r':
			if st.quoteSize == 1 && inSpec {
				// a newline ends a single-quoted f-string's format spec:
				// the field's tokens go on
				s.middle(start, i, i, p)
				st.inField, st.inSpec = true, false
				return true
			}
			if st.quoteSize == 1 {
				s.pos = i
				return s.unterminatedFString(st, i)
			}
			i = s.newlineInToken(i)
			continue
		case c == st.quote && s.atQuotes(st, i):
			s.middle(start, i, i, p)
			return true
		case c == '{':
			if i+1 < len(text) && text[i+1] == '{' && !inSpec {
				// "{{" is a literal "{": the token keeps one, and its
				// span both
				s.middle(start, i+1, i+2, p)
				return true
			}
			s.middle(start, i, i, p)
			// CPython's loop over the literal text records every '{' it
			// meets
			st.exprStart, st.exprEnd = i+1, -1
			return s.failed() || s.enterFieldAt(st)
		case c == '}':
			if unicodeEscape {
				s.middle(start, i+1, i+1, p)
				return true
			}
			if i+1 < len(text) && text[i+1] == '}' && !inSpec && st.depth == 0 {
				s.middle(start, i+1, i+2, p)
				return true
			}
			// the end of a field (or a stray '}', which the ordinary
			// scanner reports)
			s.middle(start, i, i, p)
			st.inField, st.inSpec = true, false
			return true
		case c == '\\':
			i++
			if i < len(text) && text[i] == '\r' && i+1 < len(text) && text[i+1] == '\n' {
				i++
			}
			if i >= len(text) {
				continue
			}
			switch e := text[i]; {
			case e == '{' || e == '}':
				// the brace is read on the next round
			case e == '\n' || e == '\r':
				i = s.newlineInToken(i)
			case e == 'N' && !st.raw:
				i++
				if i < len(text) && text[i] == '{' {
					unicodeEscape = true
					i++
				}
			default:
				i++
			}
			continue
		}
		i++
	}
}

// atQuotes reports whether the closing quotes of st start at byte i.
func (s *scanner) atQuotes(st *fstringState, i int) bool {
	if i+st.quoteSize > len(s.text) {
		return false
	}
	for k := 0; k < st.quoteSize; k++ {
		if s.text[i+k] != st.quote {
			return false
		}
	}
	return true
}

// middle emits the FSTRING_MIDDLE token whose text is bytes [start, end)
// and which ends at byte stop (after a doubled brace, one past the text),
// and continues the scan at stop.
func (s *scanner) middle(start, end, stop int, p source.Pos) {
	s.pos = stop
	t := mkTok(tFStringMiddle, s.src[start:end], p, s.posAt(stop))
	s.push(t)
	s.lastSig = tFStringMiddle
}

// enterField starts scanning the replacement field whose '{' is next,
// with no literal text before it: CPython goes to the field's tokens
// straight away, and still thinks itself in the format spec it may be in
// (which decides what recordExpr records).
func (s *scanner) enterField(st *fstringState, p source.Pos) bool {
	inSpec := st.inSpec
	if !s.enterFieldAt(st) {
		return false
	}
	st.inSpec = inSpec
	return s.next()
}

// enterFieldAt switches st to its field's tokens, after checking how
// deeply fields nest.
func (s *scanner) enterFieldAt(st *fstringState) bool {
	st.fieldDepth++
	if st.fieldDepth >= maxFieldNesting {
		s.fail(s.posAt(max(s.pos-1, 0)), "f-string: expressions nested too deeply")
		return false
	}
	st.inField, st.inSpec = true, false
	return true
}

// unterminatedFString reports an f-string whose line or file ends before
// its closing quotes, at its start.
func (s *scanner) unterminatedFString(st *fstringState, i int) bool {
	if st.quoteSize == 3 {
		last := s.line
		if i > 0 && i == len(s.text) && (s.text[i-1] == '\n' || s.text[i-1] == '\r') {
			last--
		}
		s.fail(st.start, "unterminated triple-quoted f-string literal (detected at line %d)", last)
		return false
	}
	s.fail(st.start, "unterminated f-string literal (detected at line %d)", s.line)
	return false
}

// fieldPunctuation handles, inside an f-string's field, the ':' that
// starts its format spec; it reports whether it emitted the token.
func (s *scanner) fieldPunctuation(st *fstringState, c byte, p source.Pos) bool {
	if c != ':' || st.fieldDepth < 0 || st.depth-1 != st.fieldDepth {
		return false
	}
	s.pos++
	s.emit(tOp, ":", p)
	s.tokens[len(s.tokens)-1].spec = true
	st.inField, st.inSpec = false, true
	return true
}

// recordExpr keeps CPython 3.13's record of a field's expression, which
// its tokenizer updates at a '{', '}', '!' or ':' (the first character
// of "!=" and ":=" too) in a field at its own level (cursor 0) or, while
// in a format spec or after an '=', one bracket deeper: a '{' starts the
// record after it, the first of the others after that ends it. At such
// a token after an '=', the record's text is what 3.13 makes the debug
// field's text (its "metadata"), if that token is the one that follows
// the '=' and its spaces; s.debugTexts keeps it by the index of the
// token about to be emitted. A field inside a format spec that follows
// another with no literal text between them is not recorded (its '{' is
// not at cursor 0 and nothing is in a spec yet), so its text is the
// previous field's, as in CPython 3.13.0.
func (s *scanner) recordExpr(st *fstringState, c byte) {
	if st.fieldDepth < 0 || c != '{' && c != '}' && c != '!' && c != ':' {
		return
	}
	cursor := st.depth
	if c != '{' {
		cursor--
	}
	if cursor != 0 && (cursor != 1 || !st.debug && !st.inSpec) {
		return
	}
	if c == '{' {
		st.exprStart, st.exprEnd = s.pos+1, -1
		return
	}
	if st.exprEnd < 0 {
		st.exprEnd = s.pos
	}
	if st.debug && st.exprStart <= st.exprEnd {
		if s.debugTexts == nil {
			s.debugTexts = map[int]string{}
		}
		s.debugTexts[len(s.tokens)] = withoutComments(normalizeNewlines(s.src[st.exprStart:st.exprEnd]))
	}
}

// closeBracket updates st for a closing bracket c that matched its
// opening one: a '}' at a field's depth ends the field.
func (s *scanner) closeBracket(st *fstringState, c byte) {
	st.depth--
	if c == '}' && st.depth == st.fieldDepth {
		st.debug = false
		st.fieldDepth--
		// back in the format spec of an enclosing field: 3.12 knows it
		// (it reads "{{" there as a field, and a newline as the spec's
		// end), 3.13 forgets
		st.inField, st.inSpec = false, s.version == Python312 && st.fieldDepth >= 0
	}
}
