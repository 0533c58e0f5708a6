package syntax

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/ianaindex"
)

// codingCookie is PEP 263's encoding declaration.
var codingCookie = regexp.MustCompile(`^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)`)

// DecodeSource returns text as UTF-8: a file whose encoding declaration
// (PEP 263) names another encoding, such as latin-1, is converted, as
// CPython does before tokenizing. Text that is already UTF-8 or declares
// an unknown encoding is returned unchanged.
func DecodeSource(text []byte) []byte {
	enc := declaredEncoding(text)
	if enc == "" {
		return text
	}
	switch enc {
	case "utf-8", "utf8", "utf-8-sig":
		return text
	case "latin-1", "latin1", "iso-8859-1", "iso8859-1", "l1":
		out := make([]byte, 0, len(text)+len(text)/8)
		for _, c := range text {
			out = utf8.AppendRune(out, rune(c))
		}
		return out
	}
	e, err := ianaindex.IANA.Encoding(enc)
	if err != nil || e == nil {
		return text
	}
	out, err := e.NewDecoder().Bytes(text)
	if err != nil {
		return text
	}
	return out
}

// declaredEncoding returns the lower-cased, normalized encoding named in
// the first two lines, or "".
func declaredEncoding(text []byte) string {
	for i := 0; i < 2; i++ {
		end := 0
		for end < len(text) && text[end] != '\n' && text[end] != '\r' {
			end++
		}
		line := text[:end]
		if m := codingCookie.FindSubmatch(line); m != nil {
			name := strings.ToLower(strings.ReplaceAll(string(m[1]), "_", "-"))
			if strings.HasPrefix(name, "utf-8-") {
				return "utf-8"
			}
			if strings.HasPrefix(name, "latin-1-") || strings.HasPrefix(name, "iso-8859-1-") || strings.HasPrefix(name, "iso-latin-1") {
				return "latin-1"
			}
			return name
		}
		trimmed := strings.TrimLeft(string(line), " \t\f")
		if trimmed != "" && !strings.HasPrefix(trimmed, "#") {
			return ""
		}
		if end >= len(text) {
			return ""
		}
		if text[end] == '\r' && end+1 < len(text) && text[end+1] == '\n' {
			end++
		}
		text = text[end+1:]
	}
	return ""
}
