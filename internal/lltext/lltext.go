// Package lltext prints the LLVM text of an llir module, byte for byte
// what llir's (*ir.Module).String gives, in time and memory linear in the
// module and without llir's string per instruction, per block and per
// function: the instructions pynjit generates are printed straight into
// one buffer, any other (or any with a part the fast path does not
// print, such as metadata or atomic orderings) through llir's own
// LLString.
package lltext

import (
	"fmt"
	"slices"

	"github.com/llir/llvm/ir"
	"github.com/llir/llvm/ir/types"
	"github.com/llir/llvm/ir/value"
)

// printer appends LLVM text to buf.
type printer struct {
	buf []byte
	// total and left count the module's instructions (terminators
	// included) and those not yet printed, by which room predicts the
	// rest of the text
	total, left int
	// types and globals memoize the text of types and global identifiers
	types   map[types.Type]string
	globals map[value.Value]string
}

// Bytes returns the LLVM text of m.
func Bytes(m *ir.Module) ([]byte, error) {
	p := &printer{types: map[types.Type]string{}, globals: map[value.Value]string{}}
	for _, f := range m.Funcs {
		for _, b := range f.Blocks {
			p.total += len(b.Insts) + 1
		}
	}
	p.left = p.total
	p.buf = make([]byte, 0, sizeHint(m, p.total))
	if err := p.module(m); err != nil {
		return nil, err
	}
	return p.buf, nil
}

// instBytes is a little more than the text of an instruction pynjit
// generates takes, most often: it averages about 33 bytes.
const instBytes = 40

// sizeHint is a little more than the text of m, of insts instructions,
// takes, most often.
func sizeHint(m *ir.Module, insts int) int {
	return 4096 + 256*(len(m.Globals)+len(m.Funcs)) + instBytes*insts
}

// room makes sure the buffer has room for the next instruction; where it
// has not, it grows it to what the text printed so far predicts for the
// instructions left, and an eighth more: by append's quarter, the text of
// an f-string of 100,000 fields (41 bytes a call) was copied four times
// over.
func (p *printer) room() {
	const most = 1024 // an instruction's text, but for long operand lists
	if cap(p.buf)-len(p.buf) >= most {
		return
	}
	per := instBytes
	if done := p.total - p.left; done > 0 {
		per = len(p.buf)/done + 1
	}
	p.buf = slices.Grow(p.buf, per*p.left+per*p.left/8+most)
}

// line ends a line of text.
func (p *printer) line() {
	p.buf = append(p.buf, '\n')
}

// started reports whether anything has been printed (llir separates the
// module's sections by a blank line only after the first).
func (p *printer) started() bool {
	return len(p.buf) > 0
}

func (p *printer) str(s string) {
	p.buf = append(p.buf, s...)
}

func (p *printer) printf(format string, args ...any) {
	p.buf = fmt.Appendf(p.buf, format, args...)
}

// lines prints a section of the module's definitions, each on its line
// as llir writes it.
func lines[T interface{ LLString() string }](p *printer, defs []T) {
	p.section(len(defs))
	for _, d := range defs {
		p.str(d.LLString())
		p.line()
	}
}

// section separates a non-empty section from what came before it.
func (p *printer) section(n int) {
	if n > 0 && p.started() {
		p.line()
	}
}

// module prints m as (*ir.Module).WriteTo does.
func (p *printer) module(m *ir.Module) error {
	if len(m.NamedMetadataDefs) > 1 {
		// llir prints them in natural order, with a sort of its own
		return p.whole(m)
	}
	if err := m.AssignGlobalIDs(); err != nil {
		return fmt.Errorf("lltext: global IDs of the module: %w", err)
	}
	if err := m.AssignMetadataIDs(); err != nil {
		return fmt.Errorf("lltext: metadata IDs of the module: %w", err)
	}
	if m.SourceFilename != "" {
		p.printf("source_filename = %s\n", quote(m.SourceFilename))
	}
	if m.DataLayout != "" {
		p.printf("target datalayout = %s\n", quote(m.DataLayout))
	}
	if m.TargetTriple != "" {
		p.printf("target triple = %s\n", quote(m.TargetTriple))
	}
	p.section(len(m.ModuleAsms))
	for _, asm := range m.ModuleAsms {
		p.printf("module asm %s\n", quote(asm))
	}
	p.section(len(m.TypeDefs))
	for _, t := range m.TypeDefs {
		p.printf("%s = type %s\n", t, t.LLString())
	}
	lines(p, m.ComdatDefs)
	lines(p, m.Globals)
	lines(p, m.Aliases)
	lines(p, m.IFuncs)
	p.section(len(m.Funcs))
	for i, f := range m.Funcs {
		if i != 0 {
			p.line()
		}
		if err := p.fn(f); err != nil {
			return err
		}
		p.line()
	}
	p.section(len(m.AttrGroupDefs))
	for _, a := range m.AttrGroupDefs {
		p.str(a.LLString())
		p.line()
	}
	p.section(len(m.NamedMetadataDefs))
	for _, md := range m.NamedMetadataDefs {
		p.printf("%s = %s\n", md.Ident(), md.LLString())
	}
	p.section(len(m.MetadataDefs))
	for _, md := range m.MetadataDefs {
		p.printf("%s = %s\n", md.Ident(), md.LLString())
	}
	p.section(len(m.UseListOrders))
	for _, u := range m.UseListOrders {
		p.printf("%v\n", u)
	}
	p.section(len(m.UseListOrderBBs))
	for _, u := range m.UseListOrderBBs {
		p.printf("%v\n", u)
	}
	return nil
}

// whole prints m through llir.
func (p *printer) whole(m *ir.Module) error {
	p.str(m.String())
	return nil
}
