package syntax

import (
	"fmt"
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
	if enc == "" || hasBOM(text) {
		// a BOM says UTF-8, whatever else the file declares
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

func hasBOM(text []byte) bool {
	return len(text) >= 3 && text[0] == 0xEF && text[1] == 0xBB && text[2] == 0xBF
}

// declaredEncoding returns the lower-cased, normalized encoding named in
// the first two lines, or "".
func declaredEncoding(text []byte) string {
	name, _ := encodingCookie(text)
	if name == "" {
		return ""
	}
	name = strings.ToLower(strings.ReplaceAll(name, "_", "-"))
	if strings.HasPrefix(name, "utf-8-") {
		return "utf-8"
	}
	if strings.HasPrefix(name, "latin-1-") || strings.HasPrefix(name, "iso-8859-1-") || strings.HasPrefix(name, "iso-latin-1") {
		return "latin-1"
	}
	return name
}

// encodingProblem returns CPython's error for the encoding declaration of
// text, and the declaration's line, if version v refuses it: a name its
// codecs do not know, or one other than UTF-8 in a file that starts with
// a byte order mark.
func encodingProblem(text []byte, v Version) (string, int) {
	name, line := encodingCookie(text)
	if name == "" {
		return "", 0
	}
	normal := normalCodecName(name)
	if hasBOM(text) && normal != "utf-8" {
		return fmt.Sprintf("encoding problem: %s with BOM", normal), line
	}
	if normal != "utf-8" && normal != "iso-8859-1" && !knownCodec(name, v) {
		return "unknown encoding: " + name, line
	}
	return "", 0
}

// normalCodecName is the tokenizer's get_normal_name: the names of UTF-8
// and Latin-1 (of their first twelve characters, lower-cased, '_' read as
// '-') become "utf-8" and "iso-8859-1"; others stay as written.
func normalCodecName(name string) string {
	buf := strings.ToLower(strings.ReplaceAll(name[:min(len(name), 12)], "_", "-"))
	switch {
	case buf == "utf-8" || strings.HasPrefix(buf, "utf-8-"):
		return "utf-8"
	case buf == "latin-1" || buf == "iso-8859-1" || buf == "iso-latin-1" ||
		strings.HasPrefix(buf, "latin-1-") || strings.HasPrefix(buf, "iso-8859-1-") || strings.HasPrefix(buf, "iso-latin-1-"):
		return "iso-8859-1"
	}
	return name
}

// encodingCookie returns the encoding named by a PEP 263 declaration in
// the first two lines, as written, and its line; "" if there is none.
func encodingCookie(text []byte) (string, int) {
	if hasBOM(text) {
		text = text[3:]
	}
	for i := 0; i < 2; i++ {
		end := 0
		for end < len(text) && text[end] != '\n' && text[end] != '\r' {
			end++
		}
		line := text[:end]
		if m := codingCookie.FindSubmatch(line); m != nil {
			return string(m[1]), i + 1
		}
		trimmed := strings.TrimLeft(string(line), " \t\f")
		if trimmed != "" && !strings.HasPrefix(trimmed, "#") {
			return "", 0
		}
		if end >= len(text) {
			return "", 0
		}
		if text[end] == '\r' && end+1 < len(text) && text[end+1] == '\n' {
			end++
		}
		text = text[end+1:]
	}
	return "", 0
}
