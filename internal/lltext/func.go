package lltext

import (
	"fmt"

	"github.com/llir/llvm/ir"
	"github.com/llir/llvm/ir/enum"
)

// fn prints a function as (*ir.Func).LLString does: a declaration, or a
// definition in an unusual calling convention, through llir; a
// definition's blocks instruction by instruction.
func (p *printer) fn(f *ir.Func) error {
	if len(f.Blocks) == 0 || f.CallingConv != enum.CallingConvNone {
		p.str(f.LLString())
		return nil
	}
	if err := assignIDs(f); err != nil {
		return err
	}
	p.str("define")
	if f.Linkage != enum.LinkageNone {
		p.printf(" %s", f.Linkage)
	}
	p.header(f)
	for _, md := range f.Metadata {
		p.printf(" %s", md)
	}
	p.str(" {")
	p.line()
	for i, b := range f.Blocks {
		if i != 0 {
			p.line()
		}
		if err := p.block(f, b); err != nil {
			return err
		}
		p.line()
	}
	if len(f.UseListOrders) > 0 {
		p.line()
	}
	for _, u := range f.UseListOrders {
		p.printf("\t%s\n", u)
	}
	p.str("}")
	return nil
}

// header prints what follows "define" in a function's first line, but
// the calling convention (a function with one is printed by llir).
func (p *printer) header(f *ir.Func) {
	if f.Preemption != enum.PreemptionNone {
		p.printf(" %s", f.Preemption)
	}
	if f.Visibility != enum.VisibilityNone {
		p.printf(" %s", f.Visibility)
	}
	if f.DLLStorageClass != enum.DLLStorageClassNone {
		p.printf(" %s", f.DLLStorageClass)
	}
	for _, attr := range f.ReturnAttrs {
		p.printf(" %s", attr)
	}
	p.buf = append(p.buf, ' ')
	p.typ(f.Sig.RetType)
	p.buf = append(p.buf, ' ')
	p.global(f)
	p.buf = append(p.buf, '(')
	for i, param := range f.Params {
		if i != 0 {
			p.str(", ")
		}
		p.typ(param.Typ)
		for _, attr := range param.Attrs {
			p.printf(" %s", attr)
		}
		p.buf = append(p.buf, ' ')
		p.local(&param.LocalIdent)
	}
	if f.Sig.Variadic {
		if len(f.Params) > 0 {
			p.str(", ")
		}
		p.str("...")
	}
	p.buf = append(p.buf, ')')
	if f.UnnamedAddr != enum.UnnamedAddrNone {
		p.printf(" %s", f.UnnamedAddr)
	}
	if f.AddrSpace != 0 {
		p.printf(" %s", f.AddrSpace)
	}
	for _, attr := range f.FuncAttrs {
		p.printf(" %s", attr)
	}
	if f.Section != "" {
		p.printf(" section %s", quote(f.Section))
	}
	if f.Partition != "" {
		p.printf(" partition %s", quote(f.Partition))
	}
	if f.Comdat != nil {
		if f.Comdat.Name == f.Name() {
			p.str(" comdat")
		} else {
			p.printf(" %s", f.Comdat)
		}
	}
	if f.Align != 0 {
		p.printf(" %s", f.Align)
	}
	if f.GC != "" {
		p.printf(" gc %s", quote(f.GC))
	}
	if f.Prefix != nil {
		p.printf(" prefix %s", f.Prefix)
	}
	if f.Prologue != nil {
		p.printf(" prologue %s", f.Prologue)
	}
	if f.Personality != nil {
		p.printf(" personality %s", f.Personality)
	}
}

// block prints a basic block as (*ir.Block).LLString does.
func (p *printer) block(f *ir.Func, b *ir.Block) error {
	p.label(b)
	p.line()
	for _, inst := range b.Insts {
		p.room()
		p.buf = append(p.buf, '\t')
		p.inst(inst)
		p.line()
		p.left--
	}
	if b.Term == nil {
		return fmt.Errorf("lltext: block %s of function %s has no terminator", b.Ident(), f.Ident())
	}
	p.room()
	p.left--
	p.buf = append(p.buf, '\t')
	p.term(b.Term)
	return nil
}
