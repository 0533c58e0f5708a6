package lltext

import (
	"fmt"

	"github.com/llir/llvm/ir"
	"github.com/llir/llvm/ir/types"
	"github.com/llir/llvm/ir/value"
)

// namedVar is a local that (*ir.Func).AssignIDs numbers when unnamed.
type namedVar interface {
	value.Named
	ID() int64
	SetID(id int64)
	IsUnnamed() bool
}

// assignIDs numbers f's unnamed parameters, blocks and non-void
// results as (*ir.Func).AssignIDs does, without comparing each result's
// type with void through its text.
func assignIDs(f *ir.Func) error {
	id := int64(0)
	set := func(n namedVar) error {
		if !n.IsUnnamed() {
			return nil
		}
		if n.ID() != 0 && n.ID() != id {
			return fmt.Errorf("lltext: invalid local ID in function %s: expected %%%d, got %%%d", f.Ident(), id, n.ID())
		}
		n.SetID(id)
		id++
		return nil
	}
	for _, p := range f.Params {
		if err := set(p); err != nil {
			return err
		}
	}
	for _, b := range f.Blocks {
		if err := set(b); err != nil {
			return err
		}
		for _, inst := range b.Insts {
			if n, ok := inst.(namedVar); ok && !isVoid(n.Type()) {
				if err := set(n); err != nil {
					return err
				}
			}
		}
		if n, ok := b.Term.(namedVar); ok && !isVoid(n.Type()) {
			if err := set(n); err != nil {
				return err
			}
		}
	}
	return nil
}

// isVoid is types.Equal(t, types.Void), but for a pointer type, which
// llir compares by its text (never "void").
func isVoid(t types.Type) bool {
	switch t.(type) {
	case *types.PointerType:
		return false
	case *types.VoidType:
		return true
	}
	return types.Equal(t, types.Void)
}
