package codegen

import (
	"github.com/llir/llvm/ir/constant"
	"github.com/llir/llvm/ir/value"

	pir "github.com/pynjit/pynjit/internal/ir"
)

// directVars marks the variables code generation keeps as SSA values
// rather than in a stack slot (an alloca, a store and a load each): those
// assigned once, not arrays (the slots of arrays hold the references a
// raise releases), not checked for being bound, and read only where their
// assignment dominates the read: after it in its own block, or anywhere
// in another block when it is in the entry block, which every path runs
// to its end before any other (a parameter that is never reassigned).
// Most of a straight-line function's temporaries are such (100,000
// statements: 1.2M of 1.6M instructions were their slots, stores and
// loads), and an f-string of 100,000 fields of a parameter loaded it
// 100,000 times.
func (c *fn) directVars() []bool {
	vars := c.spec.Func.Vars
	assigns := make([]int32, len(vars))
	defBlock := make([]int32, len(vars))
	defPos := make([]int32, len(vars))
	bad := make([]bool, len(vars))
	read := func(bi, pos int, v *pir.Var) {
		if v == nil {
			return
		}
		switch {
		case assigns[v.ID] != 1:
			bad[v.ID] = true
		case defBlock[v.ID] == int32(bi):
			if defPos[v.ID] >= int32(pos) {
				bad[v.ID] = true
			}
		case defBlock[v.ID] != 0:
			bad[v.ID] = true
		}
	}
	for bi, b := range c.spec.Func.Blocks {
		for pos, inst := range b.Insts {
			if a, ok := inst.(*pir.Assign); ok {
				assigns[a.Target.ID]++
				defBlock[a.Target.ID], defPos[a.Target.ID] = int32(bi), int32(pos)
			}
		}
	}
	var operands []*pir.Var // reused: a slice an instruction was an allocation each
	for bi, b := range c.spec.Func.Blocks {
		for pos, inst := range b.Insts {
			switch inst := inst.(type) {
			case *pir.Assign:
				operands = pir.AppendOperands(operands[:0], inst.Value)
				for _, v := range operands {
					read(bi, pos, v)
				}
			case *pir.SetItem:
				read(bi, pos, inst.Target)
				read(bi, pos, inst.Index)
				read(bi, pos, inst.Value)
			case *pir.Branch:
				read(bi, pos, inst.Cond)
			case *pir.Return:
				read(bi, pos, inst.Value)
			case *pir.CheckBound:
				bad[inst.Var.ID] = true
			case *pir.Jump, *pir.Raise:
			default:
				// an instruction whose reads are not known here
				for i := range bad {
					bad[i] = true
				}
			}
		}
	}
	direct := make([]bool, len(vars))
	for _, v := range vars {
		t := c.spec.VarTypes[v.ID]
		direct[v.ID] = assigns[v.ID] == 1 && !bad[v.ID] && t != nil && !isArray(t) && llType(t) != nil
	}
	return direct
}

// directValue is the value of direct variable v: undefined, as its slot
// would have been, where its assignment generated nothing.
func (c *fn) directValue(v *pir.Var) value.Value {
	if x := c.vals[v.ID]; x != nil {
		return x
	}
	return constant.NewUndef(llType(c.typeOf(v)))
}

// hasValue reports whether v has a run-time value: a slot, or a direct
// variable's.
func (c *fn) hasValue(v *pir.Var) bool { return c.slots[v.ID] != nil || c.direct[v.ID] }
