package lltext

import (
	"strconv"

	"github.com/llir/llvm/ir"
	"github.com/llir/llvm/ir/enum"
	"github.com/llir/llvm/ir/types"
	"github.com/llir/llvm/ir/value"
)

// inst prints an instruction as its LLString method does: the ones
// pynjit generates, without metadata or the rarer flags, directly; any
// other through LLString.
func (p *printer) inst(inst ir.Instruction) {
	switch i := inst.(type) {
	case *ir.InstAlloca:
		if len(i.Metadata) == 0 && !i.InAlloca && !i.SwiftError && i.NElems == nil && i.AddrSpace == 0 {
			p.result(&i.LocalIdent, "alloca ")
			p.typ(i.ElemType)
			p.align(i.Align)
			return
		}
	case *ir.InstLoad:
		if len(i.Metadata) == 0 && !i.Atomic && !i.Volatile && i.SyncScope == "" && i.Ordering == enum.AtomicOrderingNone {
			p.result(&i.LocalIdent, "load ")
			p.typ(i.ElemType)
			p.str(", ")
			p.value(i.Src)
			p.align(i.Align)
			return
		}
	case *ir.InstStore:
		if len(i.Metadata) == 0 && !i.Atomic && !i.Volatile && i.SyncScope == "" && i.Ordering == enum.AtomicOrderingNone {
			p.str("store ")
			p.value(i.Src)
			p.str(", ")
			p.value(i.Dst)
			p.align(i.Align)
			return
		}
	case *ir.InstGetElementPtr:
		if len(i.Metadata) == 0 {
			if i.InBounds {
				p.result(&i.LocalIdent, "getelementptr inbounds ")
			} else {
				p.result(&i.LocalIdent, "getelementptr ")
			}
			p.typ(i.ElemType)
			p.str(", ")
			p.value(i.Src)
			p.values(i.Indices)
			return
		}
	case *ir.InstAdd:
		if len(i.Metadata) == 0 && len(i.OverflowFlags) == 0 {
			p.binary(&i.LocalIdent, "add ", i.X, i.Y)
			return
		}
	case *ir.InstSub:
		if len(i.Metadata) == 0 && len(i.OverflowFlags) == 0 {
			p.binary(&i.LocalIdent, "sub ", i.X, i.Y)
			return
		}
	case *ir.InstMul:
		if len(i.Metadata) == 0 && len(i.OverflowFlags) == 0 {
			p.binary(&i.LocalIdent, "mul ", i.X, i.Y)
			return
		}
	case *ir.InstShl:
		if len(i.Metadata) == 0 && len(i.OverflowFlags) == 0 {
			p.binary(&i.LocalIdent, "shl ", i.X, i.Y)
			return
		}
	case *ir.InstSDiv:
		if len(i.Metadata) == 0 && !i.Exact {
			p.binary(&i.LocalIdent, "sdiv ", i.X, i.Y)
			return
		}
	case *ir.InstUDiv:
		if len(i.Metadata) == 0 && !i.Exact {
			p.binary(&i.LocalIdent, "udiv ", i.X, i.Y)
			return
		}
	case *ir.InstLShr:
		if len(i.Metadata) == 0 && !i.Exact {
			p.binary(&i.LocalIdent, "lshr ", i.X, i.Y)
			return
		}
	case *ir.InstAShr:
		if len(i.Metadata) == 0 && !i.Exact {
			p.binary(&i.LocalIdent, "ashr ", i.X, i.Y)
			return
		}
	case *ir.InstSRem:
		if len(i.Metadata) == 0 {
			p.binary(&i.LocalIdent, "srem ", i.X, i.Y)
			return
		}
	case *ir.InstURem:
		if len(i.Metadata) == 0 {
			p.binary(&i.LocalIdent, "urem ", i.X, i.Y)
			return
		}
	case *ir.InstAnd:
		if len(i.Metadata) == 0 {
			p.binary(&i.LocalIdent, "and ", i.X, i.Y)
			return
		}
	case *ir.InstOr:
		if len(i.Metadata) == 0 {
			p.binary(&i.LocalIdent, "or ", i.X, i.Y)
			return
		}
	case *ir.InstXor:
		if len(i.Metadata) == 0 {
			p.binary(&i.LocalIdent, "xor ", i.X, i.Y)
			return
		}
	case *ir.InstFAdd:
		if len(i.Metadata) == 0 && len(i.FastMathFlags) == 0 {
			p.binary(&i.LocalIdent, "fadd ", i.X, i.Y)
			return
		}
	case *ir.InstFSub:
		if len(i.Metadata) == 0 && len(i.FastMathFlags) == 0 {
			p.binary(&i.LocalIdent, "fsub ", i.X, i.Y)
			return
		}
	case *ir.InstFMul:
		if len(i.Metadata) == 0 && len(i.FastMathFlags) == 0 {
			p.binary(&i.LocalIdent, "fmul ", i.X, i.Y)
			return
		}
	case *ir.InstFDiv:
		if len(i.Metadata) == 0 && len(i.FastMathFlags) == 0 {
			p.binary(&i.LocalIdent, "fdiv ", i.X, i.Y)
			return
		}
	case *ir.InstFRem:
		if len(i.Metadata) == 0 && len(i.FastMathFlags) == 0 {
			p.binary(&i.LocalIdent, "frem ", i.X, i.Y)
			return
		}
	case *ir.InstFNeg:
		if len(i.Metadata) == 0 && len(i.FastMathFlags) == 0 {
			p.result(&i.LocalIdent, "fneg ")
			p.value(i.X)
			return
		}
	case *ir.InstICmp:
		if len(i.Metadata) == 0 {
			p.result(&i.LocalIdent, "icmp ")
			p.cmp(i.Pred.String(), i.X, i.Y)
			return
		}
	case *ir.InstFCmp:
		if len(i.Metadata) == 0 && len(i.FastMathFlags) == 0 {
			p.result(&i.LocalIdent, "fcmp ")
			p.cmp(i.Pred.String(), i.X, i.Y)
			return
		}
	case *ir.InstPhi:
		if len(i.Metadata) == 0 && len(i.FastMathFlags) == 0 {
			p.result(&i.LocalIdent, "phi ")
			p.typ(i.Typ)
			p.buf = append(p.buf, ' ')
			for k, inc := range i.Incs {
				if k != 0 {
					p.str(", ")
				}
				p.str("[ ")
				p.ident(inc.X)
				p.str(", ")
				p.ident(inc.Pred)
				p.str(" ]")
			}
			return
		}
	case *ir.InstSelect:
		if len(i.Metadata) == 0 && len(i.FastMathFlags) == 0 {
			p.result(&i.LocalIdent, "select ")
			p.value(i.Cond)
			p.str(", ")
			p.value(i.ValueTrue)
			p.str(", ")
			p.value(i.ValueFalse)
			return
		}
	case *ir.InstCall:
		if p.call(i) {
			return
		}
	case *ir.InstExtractValue:
		if len(i.Metadata) == 0 {
			p.result(&i.LocalIdent, "extractvalue ")
			p.value(i.X)
			p.indices(i.Indices)
			return
		}
	case *ir.InstInsertValue:
		if len(i.Metadata) == 0 {
			p.result(&i.LocalIdent, "insertvalue ")
			p.value(i.X)
			p.str(", ")
			p.value(i.Elem)
			p.indices(i.Indices)
			return
		}
	case *ir.InstTrunc:
		if len(i.Metadata) == 0 {
			p.conv(&i.LocalIdent, "trunc ", i.From, i.To)
			return
		}
	case *ir.InstZExt:
		if len(i.Metadata) == 0 {
			p.conv(&i.LocalIdent, "zext ", i.From, i.To)
			return
		}
	case *ir.InstSExt:
		if len(i.Metadata) == 0 {
			p.conv(&i.LocalIdent, "sext ", i.From, i.To)
			return
		}
	case *ir.InstFPTrunc:
		if len(i.Metadata) == 0 {
			p.conv(&i.LocalIdent, "fptrunc ", i.From, i.To)
			return
		}
	case *ir.InstFPExt:
		if len(i.Metadata) == 0 {
			p.conv(&i.LocalIdent, "fpext ", i.From, i.To)
			return
		}
	case *ir.InstFPToUI:
		if len(i.Metadata) == 0 {
			p.conv(&i.LocalIdent, "fptoui ", i.From, i.To)
			return
		}
	case *ir.InstFPToSI:
		if len(i.Metadata) == 0 {
			p.conv(&i.LocalIdent, "fptosi ", i.From, i.To)
			return
		}
	case *ir.InstUIToFP:
		if len(i.Metadata) == 0 {
			p.conv(&i.LocalIdent, "uitofp ", i.From, i.To)
			return
		}
	case *ir.InstSIToFP:
		if len(i.Metadata) == 0 {
			p.conv(&i.LocalIdent, "sitofp ", i.From, i.To)
			return
		}
	case *ir.InstPtrToInt:
		if len(i.Metadata) == 0 {
			p.conv(&i.LocalIdent, "ptrtoint ", i.From, i.To)
			return
		}
	case *ir.InstIntToPtr:
		if len(i.Metadata) == 0 {
			p.conv(&i.LocalIdent, "inttoptr ", i.From, i.To)
			return
		}
	case *ir.InstBitCast:
		if len(i.Metadata) == 0 {
			p.conv(&i.LocalIdent, "bitcast ", i.From, i.To)
			return
		}
	}
	p.str(inst.LLString())
}

// call prints a call without the rarer parts (tail, flags, calling
// convention, return attributes, address space, operand bundles,
// metadata), or reports that it has them.
func (p *printer) call(i *ir.InstCall) bool {
	if len(i.Metadata) != 0 || i.Tail != enum.TailNone || len(i.FastMathFlags) != 0 || i.CallingConv != enum.CallingConvNone ||
		len(i.ReturnAttrs) != 0 || i.AddrSpace != 0 || len(i.OperandBundles) != 0 {
		return false
	}
	t := i.Type()
	if !t.Equal(types.Void) {
		p.local(&i.LocalIdent)
		p.str(" = ")
	}
	p.str("call ")
	if sig := i.Sig(); sig.Variadic {
		t = sig
	}
	p.typ(t)
	p.buf = append(p.buf, ' ')
	p.ident(i.Callee)
	p.buf = append(p.buf, '(')
	for k, arg := range i.Args {
		if k != 0 {
			p.str(", ")
		}
		p.value(arg)
	}
	p.buf = append(p.buf, ')')
	for _, attr := range i.FuncAttrs {
		p.printf(" %s", attr)
	}
	return true
}

// result prints "%id = op".
func (p *printer) result(id *ir.LocalIdent, op string) {
	p.local(id)
	p.str(" = ")
	p.str(op)
}

// binary prints "%id = op x, y" with x's type.
func (p *printer) binary(id *ir.LocalIdent, op string, x, y value.Value) {
	p.result(id, op)
	p.value(x)
	p.str(", ")
	p.ident(y)
}

// cmp prints "pred x, y" with x's type.
func (p *printer) cmp(pred string, x, y value.Value) {
	p.str(pred)
	p.buf = append(p.buf, ' ')
	p.value(x)
	p.str(", ")
	p.ident(y)
}

// conv prints "%id = op from to type".
func (p *printer) conv(id *ir.LocalIdent, op string, from value.Value, to types.Type) {
	p.result(id, op)
	p.value(from)
	p.str(" to ")
	p.typ(to)
}

// values prints ", v" for each operand.
func (p *printer) values(vs []value.Value) {
	for _, v := range vs {
		p.str(", ")
		p.value(v)
	}
}

// indices prints ", i" for each aggregate index.
func (p *printer) indices(is []uint64) {
	for _, i := range is {
		p.str(", ")
		p.buf = strconv.AppendUint(p.buf, i, 10)
	}
}

// align prints ", align n" unless a is zero.
func (p *printer) align(a ir.Align) {
	if a != 0 {
		p.str(", align ")
		p.buf = strconv.AppendUint(p.buf, uint64(a), 10)
	}
}

// term prints a terminator as its LLString method does.
func (p *printer) term(t ir.Terminator) {
	switch t := t.(type) {
	case *ir.TermRet:
		if len(t.Metadata) == 0 {
			if t.X == nil {
				p.str("ret void")
			} else {
				p.str("ret ")
				p.value(t.X)
			}
			return
		}
	case *ir.TermBr:
		if len(t.Metadata) == 0 {
			p.str("br ")
			p.value(t.Target)
			return
		}
	case *ir.TermCondBr:
		if len(t.Metadata) == 0 {
			p.str("br ")
			p.value(t.Cond)
			p.str(", ")
			p.value(t.TargetTrue)
			p.str(", ")
			p.value(t.TargetFalse)
			return
		}
	case *ir.TermSwitch:
		if len(t.Metadata) == 0 {
			p.str("switch ")
			p.value(t.X)
			p.str(", ")
			p.value(t.TargetDefault)
			p.str(" [\n")
			for _, c := range t.Cases {
				p.str("\t\t")
				p.value(c.X)
				p.str(", ")
				p.value(c.Target)
				p.buf = append(p.buf, '\n')
			}
			p.str("\t]")
			return
		}
	case *ir.TermUnreachable:
		if len(t.Metadata) == 0 {
			p.str("unreachable")
			return
		}
	}
	p.str(t.LLString())
}
