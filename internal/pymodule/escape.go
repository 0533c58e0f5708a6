package pymodule

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Every name and string the modules write (file and module names, the
// library's name, docstrings, messages) is user text: it is written
// through these, never pasted.

// pyString is a Python str literal of s, text from the parser: a lone
// surrogate, which the parser keeps in its 3-byte generalized UTF-8
// form, comes back as itself.
func pyString(s string) string {
	return `"` + pyEscape(s, false) + `"`
}

// pyPath is a Python str literal of s, a file name: bytes that are not
// UTF-8 become the surrogates of Python's surrogateescape, as
// os.fsdecode gives them, which os functions turn back into the bytes.
func pyPath(s string) string {
	return `"` + pyEscape(s, true) + `"`
}

// pyEscape is s written inside a Python string literal (of either
// quote, triple or not): backslashes, quotes, line ends and every other
// control or unprintable character escaped; printable UTF-8 as it is.
func pyEscape(s string, path bool) string {
	var b strings.Builder
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size <= 1 {
			if sur, ok := generalizedSurrogate(s[i:]); ok && !path {
				fmt.Fprintf(&b, `\u%04x`, sur)
				i += 3
				continue
			}
			fmt.Fprintf(&b, `\udc%02x`, s[i])
			i++
			continue
		}
		i += size
		switch r {
		case '\\':
			b.WriteString(`\\`)
		case '"':
			b.WriteString(`\"`)
		case '\'':
			b.WriteString(`\'`)
		case '\n':
			b.WriteString(`\n`)
		case '\r':
			b.WriteString(`\r`)
		case '\t':
			b.WriteString(`\t`)
		default:
			switch {
			case r < 0x20 || r == 0x7f:
				fmt.Fprintf(&b, `\x%02x`, r)
			case r < 0x80 || unicode.IsPrint(r):
				b.WriteRune(r)
			case r <= 0xffff:
				fmt.Fprintf(&b, `\u%04x`, r)
			default:
				fmt.Fprintf(&b, `\U%08x`, r)
			}
		}
	}
	return b.String()
}

// docText is s written inside the module's docstring, which is for
// reading: what is not UTF-8 (a file name's bytes, a lone surrogate)
// shows as U+FFFD, since CPython 3.13 cannot compile a docstring with a
// surrogate in it.
func docText(s string) string {
	return pyEscape(strings.ToValidUTF8(s, "\uFFFD"), false)
}

// hasSurrogate reports whether s, written as a Python literal, holds a
// surrogate (a lone one from the parser, or a byte that is not UTF-8),
// which CPython 3.13 cannot compile in a docstring.
func hasSurrogate(s string) bool {
	return !utf8.ValidString(s)
}

// generalizedSurrogate decodes a surrogate code point (U+D800 to
// U+DFFF) at the start of s, written as UTF-8 would write it were it
// allowed: ED A0..BF 80..BF.
func generalizedSurrogate(s string) (rune, bool) {
	if len(s) < 3 || s[0] != 0xed || s[1] < 0xa0 || s[1] > 0xbf || s[2] < 0x80 || s[2] > 0xbf {
		return 0, false
	}
	return 0xd000 | rune(s[1]&0x3f)<<6 | rune(s[2]&0x3f), true
}

// cString is a C string literal for s: quotes and backslashes escaped,
// every byte outside printable ASCII in octal (so UTF-8 passes
// unchanged), and every ? escaped, so that no trigraph (??/ is a
// backslash in ISO C modes) forms.
func cString(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == '"' || c == '\\' || c == '?':
			b.WriteByte('\\')
			b.WriteByte(c)
		case c < 0x20 || c >= 0x7f:
			fmt.Fprintf(&b, "\\%03o", c)
		default:
			b.WriteByte(c)
		}
	}
	b.WriteByte('"')
	return b.String()
}

// cText is s as CPython reads a C string of text (strict UTF-8, up to
// the first NUL): what is not UTF-8 (a lone surrogate) becomes U+FFFD.
func cText(s string) string {
	return strings.ToValidUTF8(s, "\uFFFD")
}
