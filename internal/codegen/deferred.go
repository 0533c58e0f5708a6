package codegen

import (
	"github.com/llir/llvm/ir"
	"github.com/llir/llvm/ir/constant"
	lt "github.com/llir/llvm/ir/types"
	"github.com/llir/llvm/ir/value"

	pir "github.com/pynjit/pynjit/internal/ir"
	"github.com/pynjit/pynjit/internal/types"
)

// A rareRaise is a check that raises through a runtime helper when it
// fails: ok is the common case; excused, made on the rare path only (nil
// for none), tells a failed ok that is no error after all (int() of
// exactly -2**63 on x86-64, a NaN from a NaN in math functions).
// Otherwise the helper "int name(params..., ret *out)" is called, which
// raises for these arguments, and the function is left. The call is on a
// path that never returns to the code after it, so a loop whose only
// calls are such raises has no call in it, and LLVM still unrolls it.
type rareRaise struct {
	ok      value.Value
	excused func() value.Value
	name    string
	args    []value.Value
	ret     lt.Type
	params  []lt.Type
}

// raiseUnless emits r's check. A check made by the value of an Assign
// that allows it (c.mayDefer) is deferred instead: the Assigns after it
// that only compare and copy scalars run first, and when they end in a
// Branch the check joins the branch's condition (deferredBranch). This
// is how "k = int(x); if 0 <= k < n:" tests k once: a k >= 0 cannot be
// the conversion's failure marker, so LLVM drops the marker's test from
// the branch's likely side.
func (c *fn) raiseUnless(r rareRaise) {
	c.flushDeferred() // checks are made in the order of their operations
	if c.mayDefer {
		c.mayDefer = false
		c.deferred = &r
		return
	}
	c.emitRaise(r, nil)
}

// emitRaise emits r's check, going on in a new block; when the check is
// excused, resume (if not nil) is where it goes on instead.
func (c *fn) emitRaise(r rareRaise, resume *ir.Block) {
	rare, fail, cont := c.newBlock("rare"), c.newBlock("raise"), c.newBlock("ok")
	if resume == nil {
		resume = cont
	}
	c.cur.NewCondBr(c.expect(r.ok, true), cont, rare)
	c.cur = rare
	if r.excused != nil {
		c.cur.NewCondBr(r.excused(), resume, fail)
	} else {
		c.cur.NewBr(fail)
	}
	c.cur = fail
	c.callOut(r.name, r.ret, r.args, r.params...) // its status is 1: it raised
	c.fail()
	c.cur = cont
}

// flushDeferred emits the deferred check, if any, where code now is.
func (c *fn) flushDeferred() {
	if c.deferred != nil {
		r := *c.deferred
		c.deferred = nil
		c.emitRaise(r, nil)
	}
}

// deferrable tells whether inst may run before a deferred check: an
// Assign of a scalar constant, copy or comparison, which cannot fail or
// be observed, whatever the value the check is about.
func (c *fn) deferrable(inst pir.Inst) bool {
	a, ok := inst.(*pir.Assign)
	if !ok || isArray(c.typeOf(a.Target)) {
		return false
	}
	switch a.Value.(type) {
	case *pir.Const, *pir.Copy, *pir.Compare: // of scalars: the target is one
		return true
	}
	return false
}

// deferredBranch ends the block with br, a deferred check joined to it:
// the branch goes to its true side when the condition and the check both
// hold; otherwise the check is made before the false side, and an
// excused failure takes the branch as the condition says. The true side
// is marked likely, which moves the check's block off the straight line:
// where LLVM laid it between the true side and the code after both
// sides, bench/kernels.py's histogram (a read-modify-write of counts[k]
// on the true side) ran 25 times slower on this machine's AMD Zen 3, the
// same instructions otherwise; a milder weight (60%) did not move it.
func (c *fn) deferredBranch(br *pir.Branch) error {
	r := *c.deferred
	c.deferred = nil
	cond, err := c.condition(br)
	if err != nil {
		return err
	}
	both := c.cur.NewSelect(cond, r.ok, constant.False)
	resume := c.newBlock("resume")
	resume.NewCondBr(cond, c.block(br.True), c.block(br.False))
	check := c.newBlock("check")
	c.cur.NewCondBr(c.expect(both, true), c.block(br.True), check)
	c.cur = check
	c.emitRaise(r, resume)
	c.cur.NewBr(c.block(br.False))
	return nil
}

func isArray(t types.Type) bool {
	_, ok := t.(*types.Array)
	return ok
}
