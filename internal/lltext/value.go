package lltext

import (
	"math/bits"
	"strconv"

	"github.com/llir/llvm/ir"
	"github.com/llir/llvm/ir/constant"
	"github.com/llir/llvm/ir/types"
	"github.com/llir/llvm/ir/value"
)

// quote is LLVM's quoted string: printable ASCII but for '"' and '\' as
// is, any other byte as \XX.
func quote(s string) string {
	const hex = "0123456789ABCDEF"
	b := make([]byte, 0, len(s)+2)
	b = append(b, '"')
	for i := 0; i < len(s); i++ {
		c := s[i]
		if ' ' <= c && c <= '~' && c != '"' && c != '\\' {
			b = append(b, c)
		} else {
			b = append(b, '\\', hex[c>>4], hex[c&0xF])
		}
	}
	return string(append(b, '"'))
}

// typ prints t as its String method does. llir makes a pointer type
// per instruction whose result is one (alloca, getelementptr), and
// pynjit a structure type per use of some (a function's result): those
// are printed from their parts rather than memoized.
func (p *printer) typ(t types.Type) {
	switch t := t.(type) {
	case *types.IntType:
		if t.TypeName == "" {
			p.buf = append(p.buf, 'i')
			p.buf = strconv.AppendUint(p.buf, t.BitSize, 10)
			return
		}
	case *types.PointerType:
		if t.TypeName == "" && t.AddrSpace == 0 {
			p.typ(t.ElemType)
			p.buf = append(p.buf, '*')
			return
		}
	case *types.StructType:
		if t.TypeName == "" && !t.Opaque && !t.Packed && len(t.Fields) > 0 {
			p.str("{ ")
			for i, f := range t.Fields {
				if i != 0 {
					p.str(", ")
				}
				p.typ(f)
			}
			p.str(" }")
			return
		}
	}
	s, ok := p.types[t]
	if !ok {
		s = t.String()
		p.types[t] = s
	}
	p.str(s)
}

// value prints an operand with its type, as its String method does.
func (p *printer) value(v value.Value) {
	switch c := v.(type) {
	case *constant.Int:
		p.typ(c.Typ)
		p.buf = append(p.buf, ' ')
		p.intIdent(c)
		return
	case *ir.Func, *ir.Global:
		p.typ(v.Type())
		p.buf = append(p.buf, ' ')
		p.global(v)
		return
	case *constant.ZeroInitializer, *constant.Undef:
		p.typ(v.Type())
		p.buf = append(p.buf, ' ')
		p.str(v.Ident())
		return
	}
	if id := localIdent(v); id != nil {
		p.typ(v.Type())
		p.buf = append(p.buf, ' ')
		p.local(id)
		return
	}
	p.str(v.String())
}

// ident prints an operand without its type, as its Ident method does.
func (p *printer) ident(v value.Value) {
	switch c := v.(type) {
	case *constant.Int:
		p.intIdent(c)
		return
	case *ir.Func, *ir.Global:
		p.global(v)
		return
	}
	if id := localIdent(v); id != nil {
		p.local(id)
		return
	}
	p.str(v.Ident())
}

// global prints a global's identifier.
func (p *printer) global(v value.Value) {
	s, ok := p.globals[v]
	if !ok {
		s = v.Ident()
		p.globals[v] = s
	}
	p.str(s)
}

// intIdent prints an integer constant as (*constant.Int).Ident does:
// llir prints some values of 0x1000 and above in hexadecimal (those
// hexLooksSimpler finds), through big.Int's text in both bases, which
// took half the time of printing a tuple of 100,000 constants.
func (p *printer) intIdent(c *constant.Int) {
	if c.Typ.BitSize != 1 && c.X.IsInt64() && (c.X.Int64() < 0x1000 || !hexLooksSimpler(uint64(c.X.Int64()))) {
		p.buf = strconv.AppendInt(p.buf, c.X.Int64(), 10)
		return
	}
	p.str(c.Ident())
}

// hexLooksSimpler is llir's test for printing x (at least 0x1000) in
// hexadecimal: its hexadecimal digits' entropy is low enough for their
// number, and lower than its decimal digits' by 0.2.
func hexLooksSimpler(x uint64) bool {
	var buf [20]byte
	hex := strconv.AppendUint(buf[:0], x, 16)
	var maxHex float64
	switch n := min(len(hex), 16); {
	case n < 4:
		maxHex = 0
	case n <= 6:
		maxHex = 2.0 / float64(n)
	case n <= 10:
		maxHex = 3.0 / float64(n)
	default:
		maxHex = 4.0 / float64(n)
	}
	hexEntropy := digitEntropy(hex, 16)
	if hexEntropy > maxHex+0.01 {
		return false
	}
	return digitEntropy(strconv.AppendUint(buf[:0], x, 10), 10) >= hexEntropy+0.2
}

// digitEntropy is llir's entropy of a number's digits in base: the
// number of distinct digits over the number of digits, at most base.
func digitEntropy(digits []byte, base int) float64 {
	var seen uint32
	for _, d := range digits {
		if d <= '9' {
			seen |= 1 << (d - '0')
		} else {
			seen |= 1 << (d - 'a' + 10)
		}
	}
	return float64(bits.OnesCount32(seen)) / float64(min(len(digits), base))
}

// local prints a local identifier as its Ident method does.
func (p *printer) local(id *ir.LocalIdent) {
	if id.LocalName == "" {
		p.buf = append(p.buf, '%')
		p.buf = strconv.AppendInt(p.buf, id.LocalID, 10)
		return
	}
	if plainName(id.LocalName) {
		p.buf = append(p.buf, '%')
		p.str(id.LocalName)
		return
	}
	p.str(id.Ident())
}

// label prints a block's label as llir does.
func (p *printer) label(b *ir.Block) {
	id := &b.LocalIdent
	switch {
	case id.LocalName == "":
		p.buf = strconv.AppendInt(p.buf, id.LocalID, 10)
	case plainName(id.LocalName):
		p.str(id.LocalName)
	default:
		p.str(id.Ident()[1:])
	}
	p.buf = append(p.buf, ':')
}

// plainName reports whether name is printed as it is: only the
// characters of an unquoted identifier, and not a number (llir quotes
// those).
func plainName(name string) bool {
	digits := true
	for i := 0; i < len(name); i++ {
		c := name[i]
		switch {
		case '0' <= c && c <= '9':
		case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', c == '$', c == '-', c == '.', c == '_':
			digits = false
		default:
			return false
		}
	}
	return !digits
}

// localIdent is the local identifier of a parameter, a block or an
// instruction's result, or nil for any other value.
func localIdent(v value.Value) *ir.LocalIdent {
	switch v := v.(type) {
	case *ir.Param:
		return &v.LocalIdent
	case *ir.Block:
		return &v.LocalIdent
	case *ir.InstAlloca:
		return &v.LocalIdent
	case *ir.InstLoad:
		return &v.LocalIdent
	case *ir.InstGetElementPtr:
		return &v.LocalIdent
	case *ir.InstAdd:
		return &v.LocalIdent
	case *ir.InstSub:
		return &v.LocalIdent
	case *ir.InstMul:
		return &v.LocalIdent
	case *ir.InstSDiv:
		return &v.LocalIdent
	case *ir.InstUDiv:
		return &v.LocalIdent
	case *ir.InstSRem:
		return &v.LocalIdent
	case *ir.InstURem:
		return &v.LocalIdent
	case *ir.InstShl:
		return &v.LocalIdent
	case *ir.InstLShr:
		return &v.LocalIdent
	case *ir.InstAShr:
		return &v.LocalIdent
	case *ir.InstAnd:
		return &v.LocalIdent
	case *ir.InstOr:
		return &v.LocalIdent
	case *ir.InstXor:
		return &v.LocalIdent
	case *ir.InstFAdd:
		return &v.LocalIdent
	case *ir.InstFSub:
		return &v.LocalIdent
	case *ir.InstFMul:
		return &v.LocalIdent
	case *ir.InstFDiv:
		return &v.LocalIdent
	case *ir.InstFRem:
		return &v.LocalIdent
	case *ir.InstFNeg:
		return &v.LocalIdent
	case *ir.InstICmp:
		return &v.LocalIdent
	case *ir.InstFCmp:
		return &v.LocalIdent
	case *ir.InstPhi:
		return &v.LocalIdent
	case *ir.InstSelect:
		return &v.LocalIdent
	case *ir.InstCall:
		return &v.LocalIdent
	case *ir.InstExtractValue:
		return &v.LocalIdent
	case *ir.InstInsertValue:
		return &v.LocalIdent
	case *ir.InstTrunc:
		return &v.LocalIdent
	case *ir.InstZExt:
		return &v.LocalIdent
	case *ir.InstSExt:
		return &v.LocalIdent
	case *ir.InstFPTrunc:
		return &v.LocalIdent
	case *ir.InstFPExt:
		return &v.LocalIdent
	case *ir.InstFPToUI:
		return &v.LocalIdent
	case *ir.InstFPToSI:
		return &v.LocalIdent
	case *ir.InstUIToFP:
		return &v.LocalIdent
	case *ir.InstSIToFP:
		return &v.LocalIdent
	case *ir.InstPtrToInt:
		return &v.LocalIdent
	case *ir.InstIntToPtr:
		return &v.LocalIdent
	case *ir.InstBitCast:
		return &v.LocalIdent
	}
	return nil
}
