package infer

import (
	"slices"

	"github.com/pynjit/pynjit/internal/ir"
	"github.com/pynjit/pynjit/internal/syntax"
	"github.com/pynjit/pynjit/internal/types"
)

// reachable finds the blocks control can reach from the entry, taking
// only the branch a constant condition takes, as Numba prunes dead
// branches before it types a function: a function left only by return
// from while True: has no path to its end, whose implicit return None
// would otherwise make its return type none and float64 at once.
// A block for which dead returns true is entered but not left. The
// result is by block Label (package ir numbers blocks by their index):
// a map by block was a third of the typing of 100,000 branches.
func (t *typer) reachable(dead func(*ir.Block) bool) []bool {
	blocks := t.r.Func.Blocks
	seen := make([]bool, len(blocks))
	work := []*ir.Block{blocks[0]}
	for len(work) > 0 {
		b := work[len(work)-1]
		work = work[:len(work)-1]
		if seen[b.Label] {
			continue
		}
		seen[b.Label] = true
		if dead(b) {
			continue
		}
		next := b.Succs()
		if br, ok := b.Terminator().(*ir.Branch); ok {
			if truth, known := t.constTruth(br.Cond); known {
				next = [2]*ir.Block{br.False}
				if truth {
					next[0] = br.True
				}
			}
		}
		for _, s := range next {
			if s != nil {
				work = append(work, s)
			}
		}
	}
	return seen
}

// constTruth is the truth of v when it is a temporary assigned once to a
// literal, or to a test of a parameter against None (arg is None, arg is
// not None), which its type answers, as Numba prunes such branches: a
// parameter left out for its default None has type none, and any other
// type is never None.
func (t *typer) constTruth(v *ir.Var) (truth, known bool) {
	if !v.Temp || t.assigns[v.ID] != 1 {
		return false, false
	}
	if cmp, ok := t.firstDef[v.ID].(*ir.Compare); ok && (cmp.Op == syntax.Is || cmp.Op == syntax.IsNot) {
		return t.noneTest(cmp)
	}
	c, ok := t.firstDef[v.ID].(*ir.Const)
	if !ok {
		return false, false
	}
	switch x := c.Value.(type) {
	case bool:
		return x, true
	case int64:
		return x != 0, true
	case float64:
		return x != 0, true
	case ir.NoneConst:
		return false, true
	}
	return false, false
}

// noneTest is the truth of arg is None or arg is not None (either way
// round) for a parameter never assigned in the function.
func (t *typer) noneTest(cmp *ir.Compare) (truth, known bool) {
	arg, other := cmp.Lhs, cmp.Rhs
	if t.isNone(arg) {
		arg, other = other, arg
	}
	if !t.isNone(other) || arg.Temp || t.assigns[arg.ID] != 1 {
		return false, false
	}
	a, ok := t.firstDef[arg.ID].(*ir.Arg)
	if !ok {
		return false, false
	}
	isNone := types.Equal(t.r.Args[a.Index], types.None)
	return isNone == (cmp.Op == syntax.Is), true
}

// isNone reports whether v is a temporary assigned once to None.
func (t *typer) isNone(v *ir.Var) bool {
	if !v.Temp || t.assigns[v.ID] != 1 {
		return false
	}
	c, ok := t.firstDef[v.ID].(*ir.Const)
	if !ok {
		return false
	}
	_, none := c.Value.(ir.NoneConst)
	return none
}

// pruneNoReturn marks unreachable, once the callees are typed, the blocks
// only a call that never returns leads to (a loop over its result, the
// code after an if whose branches both call it): they never run, so they
// are neither checked nor compiled, as the rest of a block after such a
// call is not.
func (t *typer) pruneNoReturn() {
	live := t.reachable(func(b *ir.Block) bool {
		return t.r.Unreachable[b] || slices.ContainsFunc(b.Insts, t.r.NeverReturns)
	})
	for i, b := range t.r.Func.Blocks {
		if !live[i] {
			t.r.Unreachable[b] = true
		}
	}
}
