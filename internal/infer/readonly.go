package infer

import (
	"github.com/pynjit/pynjit/internal/ir"
	"github.com/pynjit/pynjit/internal/lib"
	"github.com/pynjit/pynjit/internal/resolve"
	"github.com/pynjit/pynjit/internal/source"
	"github.com/pynjit/pynjit/internal/types"
)

// Numba freezes a global array read-only (its type is "readonly
// array(...)"), so a compiled function that writes to one, or to a view
// of one, fails to type: setitem and the in-place operators have no
// implementation for a readonly array. pynjit's array types carry no
// such flag; readonlyWrites follows the frozen arrays (resolve.ConstArray)
// through the function's copies, views, subscripts and iteration, and
// refuses the writes to them with Numba's words.

// A frozenArray is the frozen array a variable is or views: its name,
// what it is (resolve.Global.Describe) and why Numba freezes it, for the
// error.
type frozenArray struct{ name, what, why string }

// Why Numba freezes an array.
const (
	frozenGlobal  = "as Numba freezes a global array"
	frozenClosure = "as Numba freezes the arrays a jitted function closes over"
)

// readonlyWrites reports every item assignment and in-place operation
// whose target is, or views, a frozen module array.
func (t *typer) readonlyWrites() {
	frozen := map[int]frozenArray{} // variable ID: the frozen array it views
	for changed := true; changed; {
		changed = false
		for _, b := range t.r.Func.Blocks {
			for _, inst := range b.Insts {
				a, ok := inst.(*ir.Assign)
				if !ok || frozen[a.Target.ID].name != "" {
					continue
				}
				if f := t.frozenSource(a, frozen); f.name != "" {
					frozen[a.Target.ID] = f
					changed = true
				}
			}
		}
	}
	if len(frozen) == 0 {
		return
	}
	reported := map[source.Pos]bool{} // M[0] += 1 is one error, at its in-place add
	for _, b := range t.r.Func.Blocks {
		for _, inst := range b.Insts {
			if reported[inst.Span().Start] {
				continue
			}
			switch inst := inst.(type) {
			case *ir.SetItem:
				if f := frozen[inst.Target.ID]; f.name != "" {
					t.readonlyError(inst, "setitem", f, inst.Target, inst.Index, inst.Value)
					reported[inst.Span().Start] = true
				}
			case *ir.Assign:
				if v, ok := inst.Value.(*ir.BinOp); ok && v.Inplace && frozen[v.Lhs.ID].name != "" && lib.IsArray(t.typeOf(v.Lhs)) {
					t.readonlyError(inst, "i"+binaryKeys[v.Op], frozen[v.Lhs.ID], v.Lhs, v.Rhs)
					reported[inst.Span().Start] = true
				}
			}
		}
	}
}

// frozenSource is the frozen array a's value is or views, or none.
func (t *typer) frozenSource(a *ir.Assign, frozen map[int]frozenArray) frozenArray {
	if !lib.IsArray(t.typeOf(a.Target)) && !isIter(t.typeOf(a.Target)) {
		return frozenArray{}
	}
	switch v := a.Value.(type) {
	case *ir.Global:
		if _, ok := t.r.Globals[v.Name].(*resolve.ConstArray); ok {
			if g := t.scope().Globals[v.Name]; g != nil && g.Factory != "" {
				return frozenArray{v.Name, g.Describe(), frozenClosure}
			}
			return frozenArray{v.Name, "the module constant '" + v.Name + "'", frozenGlobal}
		}
	case *ir.GetAttr:
		if _, ok := t.r.Folded[a].(*resolve.ConstArray); ok {
			return frozenArray{v.Attr, "the module constant '" + v.Attr + "'", frozenGlobal} // m.TABLE of a module of the project
		}
		return frozen[v.Value.ID]
	case *ir.Copy:
		return frozen[v.Source.ID]
	case *ir.GetItem:
		return frozen[v.Value.ID]
	case *ir.StaticGetItem:
		return frozen[v.Value.ID]
	case *ir.GetIter:
		return frozen[v.Value.ID]
	case *ir.IterNext:
		return frozen[v.Iter.ID]
	case *ir.PairFirst:
		return frozen[v.Pair.ID]
	}
	return frozenArray{}
}

// readonlyError is Numba's refusal of operation op on the frozen array
// f, the first of operands.
func (t *typer) readonlyError(inst ir.Inst, op string, f frozenArray, operands ...*ir.Var) {
	args := make([]types.Type, len(operands))
	for i, x := range operands {
		args[i] = t.typeOf(x)
	}
	sig := "readonly " + types.ArgsString(args)
	t.errorf(inst, CodeTyping, "No implementation of function %s found for signature (%s): %s is frozen read-only, %s; copy it first (%s.copy()) to change it", op, sig, f.what, f.why, f.name)
}

// isIter reports whether x is the iterator of an array, or the pair an
// iterator's next gives: the views of a frozen array's rows pass
// through them.
func isIter(x types.Type) bool {
	switch x := x.(type) {
	case types.ArrayIter:
		return true
	case types.Pair:
		return lib.IsArray(x.First)
	}
	return false
}
