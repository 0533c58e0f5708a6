package types

import (
	"fmt"
	"strconv"
	"strings"
)

// scalarNames maps Numba's type names and aliases to types.
var scalarNames = map[string]Type{
	"int8": Int8, "int16": Int16, "int32": Int32, "int64": Int64,
	"uint8": Uint8, "uint16": Uint16, "uint32": Uint32, "uint64": Uint64,
	"i1": Int8, "i2": Int16, "i4": Int32, "i8": Int64,
	"u1": Uint8, "u2": Uint16, "u4": Uint32, "u8": Uint64,
	"intp": Int64, "uintp": Uint64, "int_": Int64, "intc": Int32, "uintc": Uint32,
	"float32": Float32, "float64": Float64, "f4": Float32, "f8": Float64,
	"float_": Float64, "double": Float64, "float": Float64, "int": Int64,
	"complex64": Complex64, "complex128": Complex128, "c8": Complex64, "c16": Complex128,
	"bool": Bool, "boolean": Bool, "b1": Bool, "bool_": Bool,
	"none": None, "void": None,
}

// SyntaxError is a malformed signature or type; Col is the 0-based
// column in the string where parsing failed.
type SyntaxError struct {
	Text string
	Col  int
	Msg  string
}

func (e *SyntaxError) Error() string {
	return fmt.Sprintf("invalid type signature %q at column %d: %s", e.Text, e.Col+1, e.Msg)
}

// typeParser reads Numba's type syntax.
type typeParser struct {
	s   string
	pos int
}

func (p *typeParser) fail(msg string) { panic(&SyntaxError{Text: p.s, Col: p.pos, Msg: msg}) }

func (p *typeParser) space() {
	for p.pos < len(p.s) && (p.s[p.pos] == ' ' || p.s[p.pos] == '\t') {
		p.pos++
	}
}

func (p *typeParser) peek() byte {
	p.space()
	if p.pos < len(p.s) {
		return p.s[p.pos]
	}
	return 0
}

func (p *typeParser) expect(c byte) {
	if p.peek() != c {
		p.fail(fmt.Sprintf("expected %q", c))
	}
	p.pos++
}

func (p *typeParser) word() string {
	p.space()
	start := p.pos
	for p.pos < len(p.s) {
		c := p.s[p.pos]
		if c == '_' || c == '.' || c >= '0' && c <= '9' || c|0x20 >= 'a' && c|0x20 <= 'z' {
			p.pos++
			continue
		}
		break
	}
	if start == p.pos {
		p.fail("expected a type name")
	}
	return p.s[start:p.pos]
}

// typ parses one type, with array suffixes: float64[:], int32[:, ::1].
func (p *typeParser) typ() Type {
	start := p.pos
	name := strings.TrimPrefix(p.word(), "types.")
	name = strings.TrimPrefix(name, "numba.")
	var t Type
	switch name {
	case "UniTuple":
		p.expect('(')
		elem := p.typ()
		p.expect(',')
		n, err := strconv.Atoi(p.word())
		if err != nil || n < 0 {
			p.fail("expected a tuple length")
		}
		p.expect(')')
		elems := make([]Type, n)
		for i := range elems {
			elems[i] = elem
		}
		t = &Tuple{Elems: elems}
	case "Tuple":
		p.expect('(')
		p.expect('(')
		var elems []Type
		for p.peek() != ')' {
			elems = append(elems, p.typ())
			if p.peek() != ',' {
				break
			}
			p.pos++
		}
		p.expect(')')
		p.expect(')')
		t = &Tuple{Elems: elems}
	default:
		var ok bool
		t, ok = scalarNames[name]
		if !ok {
			p.pos = start
			p.space()
			p.fail(fmt.Sprintf("unknown type %q", name))
		}
	}
	if p.peek() == '[' {
		p.pos++
		arr := &Array{Dtype: t, Layout: LayoutA}
		for {
			p.space()
			switch {
			case strings.HasPrefix(p.s[p.pos:], "::1"):
				p.pos += 3
				if arr.NDim == 0 {
					arr.Layout = LayoutF
				} else {
					arr.Layout = LayoutC
				}
			case strings.HasPrefix(p.s[p.pos:], ":"):
				p.pos++
			default:
				p.fail("expected ':' in an array type")
			}
			arr.NDim++
			if p.peek() != ',' {
				break
			}
			p.pos++
		}
		p.expect(']')
		if arr.NDim > 1 && arr.Layout == LayoutF {
			arr.Layout = LayoutF
		}
		if arr.NDim == 1 && arr.Layout != LayoutA {
			arr.Layout = LayoutC
		}
		t = arr
	}
	return t
}

func parseWith(s string, f func(p *typeParser)) (err error) {
	p := &typeParser{s: s}
	defer func() {
		if r := recover(); r != nil {
			se, ok := r.(*SyntaxError)
			if !ok {
				panic(r)
			}
			err = se
		}
	}()
	f(p)
	if p.peek() != 0 {
		p.fail("unexpected text")
	}
	return nil
}

// ParseType parses a type in Numba's syntax: int64, float64, f8, b1,
// UniTuple(int64, 2), Tuple((int64, float64)), float64[:], int32[:, ::1].
func ParseType(s string) (Type, error) {
	var t Type
	err := parseWith(s, func(p *typeParser) { t = p.typ() })
	return t, err
}

// ParseSignature parses a Numba signature string such as
// "int64(int64, int64)" or "Tuple((int64, float64))(float64)". A
// signature without a return type, "(int64, float64)", has a nil Return.
func ParseSignature(s string) (*Signature, error) {
	sig := &Signature{}
	err := parseWith(s, func(p *typeParser) {
		if p.peek() != '(' {
			sig.Return = p.typ()
		}
		p.expect('(')
		for p.peek() != ')' {
			sig.Args = append(sig.Args, p.typ())
			if p.peek() != ',' {
				break
			}
			p.pos++
		}
		p.expect(')')
	})
	if err != nil {
		return nil, err
	}
	return sig, nil
}
