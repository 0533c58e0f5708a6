package codegen

import (
	"github.com/llir/llvm/ir"
	"github.com/llir/llvm/ir/constant"
	"github.com/llir/llvm/ir/enum"
	lt "github.com/llir/llvm/ir/types"
	"github.com/llir/llvm/ir/value"

	"github.com/pynjit/pynjit/internal/infer"
	"github.com/pynjit/pynjit/internal/types"
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
//
// In a function whose guard unwinds (unwinding), the slow path calls
// pynjit_stack_unwind, which returns only while there is room: the
// guard gives the function no status to return, so a function that
// cannot raise otherwise keeps none, and its callers test nothing after
// calling it. Elsewhere it calls pynjit_stack_check and leaves with its
// status.
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
	if c.g.unwind[c.spec] {
		// no call of it becomes a jump, to itself (a loop) or another:
		// recursion deeper than the stack still raises RecursionError, as
		// when the test of each call's status kept LLVM from making the
		// last call of depth(n - 1) + 1 or of fib a loop (as it does C's)
		c.f.FuncAttrs = append(c.f.FuncAttrs, ir.AttrPair{Key: "disable-tail-calls", Value: "true"})
		c.cur.NewCall(c.g.stackUnwind())
	} else {
		c.check(c.cur.NewCall(c.g.runtime("pynjit_stack_check", lt.I32)))
	}
	c.cur.NewBr(cont)
	c.cur = cont
}

// stackUnwind declares (once) the runtime's pynjit_stack_unwind, cold:
// LLVM lays out its call away from the function's straight line.
func (g *module) stackUnwind() *ir.Func {
	f, declared := g.decls["pynjit_stack_unwind"]
	if !declared {
		f = g.runtime("pynjit_stack_unwind", lt.Void)
		f.FuncAttrs = append(f.FuncAttrs, enum.FuncAttrCold)
	}
	return f
}

// unwinding finds the recursive specializations whose stack guard
// unwinds (pynjit_stack_unwind): those that no specialization holding a
// value of a type with references (holdsReferences) can call, directly
// or through others. On RecursionError the runtime jumps from their
// guard back to the exported function's pynjit_catch, over frames that
// then have nothing to release. catching are the specializations from
// which such a guard can be reached, whose entry points (exports, an
// executable's main) call them through pynjit_catch (enter).
func unwinding(specs []*infer.Result, recursive map[*infer.Result]bool) (unwind, catching map[*infer.Result]bool) {
	if len(recursive) == 0 {
		return nil, nil
	}
	callers := map[*infer.Result][]*infer.Result{}
	for _, s := range specs {
		for _, c := range s.Callees {
			if c.Kind == infer.CallUser && c.Spec != nil {
				callers[c.Spec] = append(callers[c.Spec], s)
			}
		}
	}
	// below: reached from a specialization that holds references
	below := map[*infer.Result]bool{}
	var down func(s *infer.Result)
	down = func(s *infer.Result) {
		if below[s] {
			return
		}
		below[s] = true
		for _, c := range s.Callees {
			if c.Kind == infer.CallUser && c.Spec != nil {
				down(c.Spec)
			}
		}
	}
	for _, s := range specs {
		if holdsReferences(s) {
			down(s)
		}
	}
	unwind, catching = map[*infer.Result]bool{}, map[*infer.Result]bool{}
	var up func(s *infer.Result)
	up = func(s *infer.Result) {
		if catching[s] {
			return
		}
		catching[s] = true
		for _, c := range callers[s] {
			up(c)
		}
	}
	for _, s := range specs {
		if recursive[s] && !below[s] {
			unwind[s] = true
			up(s)
		}
	}
	return unwind, catching
}

// holdsReferences tells whether s has an argument or variable of a type
// that may hold a reference (an array, or anything made of one): its
// frame may have something to release when an exception leaves it.
func holdsReferences(s *infer.Result) bool {
	for _, t := range s.Args {
		if !plainType(t) {
			return true
		}
	}
	for _, t := range s.VarTypes {
		if t != nil && !plainType(t) {
			return true
		}
	}
	return !plainType(s.Return)
}

// plainType tells whether a value of type t holds no reference: scalars,
// ranges, compile-time values and tuples of them.
func plainType(t types.Type) bool {
	switch t := t.(type) {
	case types.Int, types.Float, types.Complex, types.Boolean, types.NoneType, types.Literal,
		*types.Module, types.ExceptionClass, types.DType, types.SliceType:
		return true
	case *types.Callable:
		return t.Key.Recv != types.ArrayRecv // a method is bound to its array
	case types.RangeState:
		return plainType(t.Elem)
	case types.RangeIter:
		return plainType(t.Elem)
	case types.Pair:
		return plainType(t.First) && plainType(t.Second)
	case *types.Tuple:
		return allPlain(t.Elems)
	case types.TupleIter:
		return allPlain(t.Tuple.Elems)
	}
	return false
}

// allPlain tells whether every one of ts is a plainType.
func allPlain(ts []types.Type) bool {
	for _, t := range ts {
		if !plainType(t) {
			return false
		}
	}
	return true
}

// enter calls s from an entry point (b is in an export's wrapper or the
// executable's pynjit_entry) and returns its result and status. A
// specialization from which an unwinding guard can be reached is called
// through the runtime's pynjit_catch and a trampoline (catchBody): the
// status is 1 when the guard raised RecursionError and jumped back.
func (g *module) enter(b *ir.Block, s *infer.Result, args []value.Value) (x, status value.Value) {
	if !g.catching[s] {
		call := g.callFromEntry(b, s, args)
		return b.NewExtractValue(call, 0), b.NewExtractValue(call, 1)
	}
	body, box := g.catchBody(s)
	ctx := b.NewAlloca(box)
	for i, a := range args {
		b.NewStore(a, boxField(b, box, ctx, i+2))
	}
	catch := g.runtime("pynjit_catch", lt.I32, lt.NewPointer(body.Sig), lt.I8Ptr)
	caught := b.NewCall(catch, body, b.NewBitCast(ctx, lt.I8Ptr))
	x = b.NewLoad(box.Fields[0], boxField(b, box, ctx, 0))
	status = b.NewLoad(lt.I32, boxField(b, box, ctx, 1))
	jumped := b.NewICmp(enum.IPredNE, caught, constant.NewInt(lt.I32, 0))
	return x, b.NewSelect(jumped, constant.NewInt(lt.I32, 1), status)
}

// callFromEntry calls s from an entry point or its trampoline, not
// inlined there when generated code calls s too (one copy of its body).
func (g *module) callFromEntry(b *ir.Block, s *infer.Result, args []value.Value) *ir.InstCall {
	call := b.NewCall(g.funcs[s], args...)
	if g.calledFromCode()[s] {
		call.FuncAttrs = append(call.FuncAttrs, enum.FuncAttrNoInline)
	}
	return call
}

// boxField is the address of field i of the box at p.
func boxField(b *ir.Block, box *lt.StructType, p value.Value, i int) value.Value {
	return b.NewGetElementPtr(box, p, constant.NewInt(lt.I32, 0), constant.NewInt(lt.I32, int64(i)))
}

// catchBody defines (once per specialization) the trampoline that
// pynjit_catch calls, and returns it with the type of its box, the
// struct of s's result, its status and its arguments that its one
// parameter points to: it reads the arguments, calls s and writes the
// result and the status back. They are written apart, so that LLVM,
// seeing the status is always 0, drops it from s's return.
func (g *module) catchBody(s *infer.Result) (*ir.Func, *lt.StructType) {
	f := g.funcs[s]
	fields := []lt.Type{llType(s.Return), lt.I32}
	fields = append(fields, f.Sig.Params...)
	box := lt.NewStruct(fields...)
	if body, ok := g.catchBodies[s]; ok {
		return body, box
	}
	ctx := ir.NewParam("ctx", lt.I8Ptr)
	body := g.m.NewFunc(f.Name()+".catch", lt.Void, ctx)
	body.Linkage = enum.LinkageInternal
	b := body.NewBlock("entry")
	p := b.NewBitCast(ctx, lt.NewPointer(box))
	var args []value.Value
	for i, t := range f.Sig.Params {
		args = append(args, b.NewLoad(t, boxField(b, box, p, i+2)))
	}
	call := g.callFromEntry(b, s, args)
	b.NewStore(b.NewExtractValue(call, 0), boxField(b, box, p, 0))
	b.NewStore(b.NewExtractValue(call, 1), boxField(b, box, p, 1))
	b.NewRet(nil)
	g.catchBodies[s] = body
	return body, box
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
