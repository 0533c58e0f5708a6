package astdump

import (
	"math"
	"math/big"
	"reflect"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/pynjit/pynjit/internal/source"
	"github.com/pynjit/pynjit/internal/syntax"
)

// Dump returns the tree in the format of version v's ast.dump(tree) with
// its default arguments: annotated fields, no attributes, no
// indentation. Versions differ in the fields they know (type_params from
// 3.12, default_value from 3.13) and in what they leave out: 3.13 omits
// empty lists and absent values.
func Dump(m *syntax.Module, v syntax.Version) string {
	d := dumper{v: v}
	d.value(m)
	return d.b.String()
}

// dumper writes one tree in one version's format.
type dumper struct {
	b strings.Builder
	v syntax.Version
}

func typeName(n syntax.Node) string { return reflect.TypeOf(n).Elem().Name() }

var operatorNames = [...]string{"", "Add", "Sub", "Mult", "MatMult", "Div", "Mod", "Pow", "LShift", "RShift", "BitOr", "BitXor", "BitAnd", "FloorDiv"}
var unaryNames = [...]string{"", "Invert", "Not", "UAdd", "USub"}
var cmpNames = [...]string{"", "Eq", "NotEq", "Lt", "LtE", "Gt", "GtE", "Is", "IsNot", "In", "NotIn"}
var ctxNames = [...]string{"Load", "Store", "Del"}

// isNone reports whether v is an absent optional value.
func isNone(v any) bool {
	if v == nil {
		return true
	}
	rv := reflect.ValueOf(v)
	switch rv.Kind() {
	case reflect.Pointer, reflect.Interface:
		return rv.IsNil()
	}
	return false
}

// isEmptyList reports whether v is a list with nothing in it.
func isEmptyList(v any) bool {
	rv := reflect.ValueOf(v)
	return rv.Kind() == reflect.Slice && rv.Len() == 0
}

func (d *dumper) value(v any) {
	b := &d.b
	switch v := v.(type) {
	case syntax.Operator:
		b.WriteString(operatorNames[v] + "()")
		return
	case syntax.UnaryOpKind:
		b.WriteString(unaryNames[v] + "()")
		return
	case syntax.BoolOpKind:
		if v == syntax.And {
			b.WriteString("And()")
		} else {
			b.WriteString("Or()")
		}
		return
	case syntax.CmpOp:
		b.WriteString(cmpNames[v] + "()")
		return
	case syntax.ExprContext:
		b.WriteString(ctxNames[v] + "()")
		return
	case string:
		b.WriteString(reprStr(v, d.v))
		return
	case *string:
		b.WriteString(reprStr(*v, d.v))
		return
	case int:
		b.WriteString(strconv.Itoa(v))
		return
	case constant:
		b.WriteString(reprConstant(v.v, d.v))
		return
	}
	if isNone(v) {
		b.WriteString("None")
		return
	}
	if n, ok := v.(syntax.Node); ok {
		b.WriteString(className(n))
		b.WriteByte('(')
		first := true
		for _, f := range fieldsOf(n, d.v) {
			if f.optional && isNone(f.value) {
				continue
			}
			if d.v >= syntax.Python313 && (isNone(f.value) || isEmptyList(f.value)) {
				continue
			}
			if !first {
				b.WriteString(", ")
			}
			first = false
			b.WriteString(f.name)
			b.WriteByte('=')
			d.value(f.value)
		}
		b.WriteByte(')')
		return
	}
	rv := reflect.ValueOf(v)
	if rv.Kind() == reflect.Slice {
		b.WriteByte('[')
		for i := 0; i < rv.Len(); i++ {
			if i > 0 {
				b.WriteString(", ")
			}
			d.value(rv.Index(i).Interface())
		}
		b.WriteByte(']')
		return
	}
	b.WriteString("<?>")
}

// reprConstant formats a Constant's value as version ver's repr does.
func reprConstant(v any, ver syntax.Version) string {
	switch v := v.(type) {
	case syntax.NoneValue:
		return "None"
	case syntax.EllipsisValue:
		return "Ellipsis"
	case bool:
		if v {
			return "True"
		}
		return "False"
	case *big.Int:
		return v.String()
	case float64:
		return ReprFloat(v)
	case syntax.Imaginary:
		return reprImag(float64(v))
	case string:
		return reprStr(v, ver)
	case syntax.Bytes:
		return reprBytes(string(v))
	}
	return "<?>"
}

// ReprFloat formats f as Python's repr(float) does: the shortest string
// that round-trips, in fixed notation for exponents -4 <= e < 16.
func ReprFloat(f float64) string {
	switch {
	case math.IsInf(f, 1):
		return "inf"
	case math.IsInf(f, -1):
		return "-inf"
	case math.IsNaN(f):
		return "nan"
	}
	return pyFloatFormat(f, true)
}

// pyFloatFormat applies Python's 'r' formatting; addDot adds ".0" to
// integral values in fixed notation.
func pyFloatFormat(f float64, addDot bool) string {
	s := strconv.FormatFloat(f, 'e', -1, 64)
	sign := ""
	if s[0] == '-' {
		sign, s = "-", s[1:]
	}
	mant, expStr, _ := strings.Cut(s, "e")
	exp, _ := strconv.Atoi(expStr)
	digits := strings.Replace(mant, ".", "", 1)
	decpt := exp + 1
	if decpt > -4 && decpt <= 16 {
		var out string
		switch {
		case decpt <= 0:
			out = "0." + strings.Repeat("0", -decpt) + digits
		case decpt >= len(digits):
			out = digits + strings.Repeat("0", decpt-len(digits))
			if addDot {
				out += ".0"
			}
		default:
			out = digits[:decpt] + "." + digits[decpt:]
		}
		return sign + out
	}
	m := digits[:1]
	if len(digits) > 1 {
		m += "." + digits[1:]
	}
	e := decpt - 1
	es := "+"
	if e < 0 {
		es = "-"
		e = -e
	}
	return sign + m + "e" + es + pad2(e)
}

func pad2(e int) string {
	if e < 10 {
		return "0" + strconv.Itoa(e)
	}
	return strconv.Itoa(e)
}

// reprImag formats an imaginary literal such as 1j or 1.5e+20j.
func reprImag(f float64) string {
	switch {
	case math.IsInf(f, 1):
		return "infj"
	case math.IsNaN(f):
		return "nanj"
	}
	return pyFloatFormat(f, false) + "j"
}

// reprStr formats s as version v's repr(str): single quotes unless s
// holds a single quote and no double quote, and escapes for what is not
// printable in that version's Unicode. Lone surrogates, kept in
// generalized UTF-8, print as \udxxx.
func reprStr(s string, v syntax.Version) string {
	quote := byte('\'')
	if strings.IndexByte(s, '\'') >= 0 && strings.IndexByte(s, '"') < 0 {
		quote = '"'
	}
	var b strings.Builder
	b.Grow(len(s) + 2)
	b.WriteByte(quote)
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case c == quote || c == '\\':
				b.WriteByte('\\')
				b.WriteByte(c)
			case c == '\t':
				b.WriteString(`\t`)
			case c == '\n':
				b.WriteString(`\n`)
			case c == '\r':
				b.WriteString(`\r`)
			case c < ' ' || c == 0x7f:
				b.WriteString(`\x`)
				b.WriteString(hex2(int(c)))
			default:
				b.WriteByte(c)
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			if sur, ok := surrogate(s[i:]); ok {
				b.WriteString(`\u` + hexN(int(sur), 4))
				i += 3
				continue
			}
			b.WriteString(`\x` + hex2(int(c)))
			i++
			continue
		}
		switch {
		case isPrintable(r, v):
			b.WriteString(s[i : i+size])
		case r < 0x100:
			b.WriteString(`\x` + hex2(int(r)))
		case r < 0x10000:
			b.WriteString(`\u` + hexN(int(r), 4))
		default:
			b.WriteString(`\U` + hexN(int(r), 8))
		}
		i += size
	}
	b.WriteByte(quote)
	return b.String()
}

// surrogate decodes a generalized-UTF-8 lone surrogate at the start of s.
func surrogate(s string) (rune, bool) {
	if len(s) < 3 || s[0] != 0xED || s[1] < 0xA0 || s[1] > 0xBF || s[2]&0xC0 != 0x80 {
		return 0, false
	}
	return rune(s[0]&0x0F)<<12 | rune(s[1]&0x3F)<<6 | rune(s[2]&0x3F), true
}

// Go's unicode tables are Unicode 15.0, as CPython 3.12's are; CPython
// 3.11's are Unicode 14.0, where the characters 15.0 assigned are
// unassigned and therefore not printable, and CPython 3.13's are Unicode
// 15.1, which assigned a few more. TestPrintableMatchesCPython compares
// all code points with each version.

// newInUnicode15 holds the characters Unicode 15.0 assigned.
var newInUnicode15 = &unicode.RangeTable{
	R16: []unicode.Range16{
		{0xCF3, 0xCF3, 1},
		{0xECE, 0xECE, 1},
	},
	R32: []unicode.Range32{
		{0x10EFD, 0x10EFF, 1},
		{0x1123F, 0x11241, 1},
		{0x11B00, 0x11B09, 1},
		{0x11F00, 0x11F10, 1},
		{0x11F12, 0x11F3A, 1},
		{0x11F3E, 0x11F59, 1},
		{0x1342F, 0x1342F, 1},
		{0x13440, 0x13455, 1},
		{0x1B132, 0x1B132, 1},
		{0x1B155, 0x1B155, 1},
		{0x1D2C0, 0x1D2D3, 1},
		{0x1DF25, 0x1DF2A, 1},
		{0x1E030, 0x1E06D, 1},
		{0x1E08F, 0x1E08F, 1},
		{0x1E4D0, 0x1E4F9, 1},
		{0x1F6DC, 0x1F6DC, 1},
		{0x1F774, 0x1F776, 1},
		{0x1F77B, 0x1F77F, 1},
		{0x1F7D9, 0x1F7D9, 1},
		{0x1FA75, 0x1FA77, 1},
		{0x1FA87, 0x1FA88, 1},
		{0x1FAAD, 0x1FAAF, 1},
		{0x1FABB, 0x1FABD, 1},
		{0x1FABF, 0x1FABF, 1},
		{0x1FACE, 0x1FACF, 1},
		{0x1FADA, 0x1FADB, 1},
		{0x1FAE8, 0x1FAE8, 1},
		{0x1FAF7, 0x1FAF8, 1},
		{0x2B739, 0x2B739, 1},
		{0x31350, 0x323AF, 1},
	},
}

// newInUnicode151 holds the characters Unicode 15.1 assigned: ideographic
// description characters and CJK Unified Ideographs Extension I.
var newInUnicode151 = &unicode.RangeTable{
	R16: []unicode.Range16{
		{0x2FFC, 0x2FFF, 1},
		{0x31EF, 0x31EF, 1},
	},
	R32: []unicode.Range32{
		{0x2EBF0, 0x2EE5D, 1},
	},
}

// isPrintable is version v's str.isprintable for one character:
// everything but the Other and Separator categories, except the ASCII
// space.
func isPrintable(r rune, v syntax.Version) bool {
	switch {
	case r == ' ':
		return true
	case v >= syntax.Python313 && unicode.Is(newInUnicode151, r):
		return true
	case v <= syntax.Python311 && unicode.Is(newInUnicode15, r):
		return false
	}
	return unicode.IsPrint(r) && !unicode.Is(unicode.Zs, r)
}

func hex2(v int) string { return hexN(v, 2) }

func hexN(v, n int) string {
	s := strconv.FormatInt(int64(v), 16)
	return strings.Repeat("0", n-len(s)) + s
}

// reprBytes formats b as Python's repr(bytes).
func reprBytes(s string) string {
	quote := byte('\'')
	if strings.IndexByte(s, '\'') >= 0 && strings.IndexByte(s, '"') < 0 {
		quote = '"'
	}
	var b strings.Builder
	b.WriteByte('b')
	b.WriteByte(quote)
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == quote || c == '\\':
			b.WriteByte('\\')
			b.WriteByte(c)
		case c == '\t':
			b.WriteString(`\t`)
		case c == '\n':
			b.WriteString(`\n`)
		case c == '\r':
			b.WriteString(`\r`)
		case c < ' ' || c >= 0x7f:
			b.WriteString(`\x` + hex2(int(c)))
		default:
			b.WriteByte(c)
		}
	}
	b.WriteByte(quote)
	return b.String()
}

// Pos is one node's position as CPython reports it: 1-based lines,
// 0-based columns in UTF-8 bytes.
type Pos struct {
	Type                                       string
	Lineno, ColOffset, EndLineno, EndColOffset int
}

// Positions lists the position of every node CPython gives one, in a
// pre-order walk over fields in CPython's order, with columns converted
// from our characters to CPython's UTF-8 bytes.
func Positions(f *source.File, m *syntax.Module) []Pos {
	var out []Pos
	var walk func(v any)
	walk = func(v any) {
		if isNone(v) {
			return
		}
		if n, ok := v.(syntax.Node); ok {
			if hasPosition(n) {
				s := n.Span()
				out = append(out, Pos{
					Type:   className(n),
					Lineno: s.Start.Line, ColOffset: f.ByteCol(s.Start.Line, s.Start.Col),
					EndLineno: s.End.Line, EndColOffset: f.ByteCol(s.End.Line, s.End.Col),
				})
			}
			for _, fl := range fieldsOf(n, syntax.Latest) {
				walk(fl.value)
			}
			return
		}
		rv := reflect.ValueOf(v)
		if rv.Kind() == reflect.Slice && rv.Type().Elem().Kind() != reflect.String {
			for i := 0; i < rv.Len(); i++ {
				walk(rv.Index(i).Interface())
			}
		}
	}
	walk(m)
	return out
}
