package codegen

import (
	"github.com/llir/llvm/ir"
	"github.com/llir/llvm/ir/constant"
	"github.com/llir/llvm/ir/enum"
	lt "github.com/llir/llvm/ir/types"

	"github.com/pynjit/pynjit/internal/infer"
)

// recursive finds the specializations in a cycle of the call graph:
// those that can call themselves, directly or through others (the
// strongly connected components of more than one, or with an edge to
// itself), found with Tarjan's algorithm.
func recursive(specs []*infer.Result) map[*infer.Result]bool {
	callees := func(s *infer.Result) []*infer.Result {
		var out []*infer.Result
		for _, c := range s.Callees {
			if c.Kind == infer.CallUser && c.Spec != nil {
				out = append(out, c.Spec)
			}
		}
		return out
	}
	index, low := map[*infer.Result]int{}, map[*infer.Result]int{}
	onStack := map[*infer.Result]bool{}
	var stack []*infer.Result
	out := map[*infer.Result]bool{}
	var visit func(s *infer.Result)
	visit = func(s *infer.Result) {
		index[s], low[s] = len(index), len(index)
		stack = append(stack, s)
		onStack[s] = true
		for _, t := range callees(s) {
			if t == s {
				out[s] = true
			}
			if _, seen := index[t]; !seen {
				visit(t)
				low[s] = min(low[s], low[t])
			} else if onStack[t] {
				low[s] = min(low[s], index[t])
			}
		}
		if low[s] != index[s] {
			return
		}
		n := len(stack)
		for stack[n-1] != s {
			n--
		}
		scc := stack[n:]
		stack = stack[:n-1]
		for _, t := range append(scc, s) {
			onStack[t] = false
			if len(scc) > 0 {
				out[t] = true
			}
		}
	}
	for _, s := range specs {
		if _, seen := index[s]; !seen {
			visit(s)
		}
	}
	return out
}

// stackGuard tests, on entry to a function in a cycle of the call graph,
// that the stack has room, as the runtime's pynjit_stack_check describes:
// inline, the frame's address against the main thread's stack less its
// margin (two loads and a compare); outside that range, the runtime looks
// at this thread's stack and raises RecursionError where CPython would,
// instead of running off the stack. The loads are unordered atomics: the
// runtime sets the span after the base, and any pair of values a reader
// may see either is the final one or fails the test (the span is 0, or
// the base is, and no address is below a stack's size), which only takes
// the slow path; LLVM optimizes them as plain loads otherwise.
func (c *fn) stackGuard() {
	base, span := c.g.stackGlobals()
	fa := c.g.runtime("llvm.frameaddress.p0i8", lt.I8Ptr, lt.I32)
	sp := c.cur.NewPtrToInt(c.cur.NewCall(fa, constant.NewInt(lt.I32, 0)), lt.I64)
	spanV := c.cur.NewLoad(lt.I64, span)
	spanV.Atomic, spanV.Ordering, spanV.Align = true, enum.AtomicOrderingUnordered, 8
	baseV := c.cur.NewLoad(lt.I64, base)
	baseV.Atomic, baseV.Ordering, baseV.Align = true, enum.AtomicOrderingUnordered, 8
	room := c.cur.NewICmp(enum.IPredULT, c.cur.NewSub(sp, baseV), spanV)
	slow, cont := c.newBlock("stack"), c.newBlock("ok")
	c.cur.NewCondBr(c.expect(room, true), cont, slow)
	c.cur = slow
	c.check(c.cur.NewCall(c.g.runtime("pynjit_stack_check", lt.I32)))
	c.cur.NewBr(cont)
	c.cur = cont
}

// stackGlobals declares (once) the runtime's hidden globals that hold
// the main thread's stack: its base and span, 0 until known.
func (g *module) stackGlobals() (base, span *ir.Global) {
	if g.stackBase == nil {
		g.stackBase, g.stackSpan = g.hiddenGlobal("pynjit_stack_base"), g.hiddenGlobal("pynjit_stack_span")
	}
	return g.stackBase, g.stackSpan
}

// hiddenGlobal declares an i64 the runtime defines in the same library.
func (g *module) hiddenGlobal(name string) *ir.Global {
	v := g.m.NewGlobal(name, lt.I64)
	v.Linkage = enum.LinkageExternal
	v.Visibility = enum.VisibilityHidden
	return v
}
