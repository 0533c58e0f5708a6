// Package codegen turns typed IR (package infer's Results) into one LLVM
// module with github.com/llir/llvm, spelling out Python's semantics.
//
// Inside a module every specialization is an internal function that
// returns its result together with an i32 status (0 ok, 1 an exception was
// raised and recorded by the runtime's pynjit_err_set), as one two-field
// struct returned in registers (see resultType). Each export also gets a C-ABI function with plain arguments
// and result; on an exception it returns zero and leaves the error set for
// pynjit_err_occurred().
package codegen

import (
	"fmt"
	"strings"

	"github.com/llir/llvm/ir"
	"github.com/llir/llvm/ir/constant"
	"github.com/llir/llvm/ir/enum"
	lt "github.com/llir/llvm/ir/types"
	"github.com/llir/llvm/ir/value"

	"github.com/pynjit/pynjit/internal/facts"
	"github.com/pynjit/pynjit/internal/infer"
	pir "github.com/pynjit/pynjit/internal/ir"
	"github.com/pynjit/pynjit/internal/types"
)

// Export is one C-ABI entry point.
type Export struct {
	Spec   *infer.Result
	Symbol string
}

// Options are code generation options.
type Options struct {
	// FastMath gives the float arithmetic of every function LLVM's
	// fast-math flags (--fastmath); Fast names the functions that ask for
	// them themselves (@njit(fastmath=True)).
	FastMath bool
	Fast     map[string]bool
	// X86_64 says the code runs on x86-64, whose instructions some
	// conversions use directly (see floatToInt).
	X86_64 bool
	// Entry, when set, is the specialization an executable runs: the
	// module gets a C main that calls it through pynjit_run_main.
	Entry *infer.Result
	// Boundscheck checks every array index (--boundscheck); Checked
	// names the functions that ask for it themselves
	// (@njit(boundscheck=True)).
	Boundscheck bool
	Checked     map[string]bool
	// Part, when set, makes the module one part of a program compiled in
	// several (see package build): only the specializations it says are
	// defined here, the others are declared. Shared are the ones defined
	// here that other parts call: they get hidden global linkage instead
	// of internal. Exports and the entry must be of defined ones.
	Part, Shared map[*infer.Result]bool
}

// module is the state of one generation.
type module struct {
	m       *ir.Module
	funcs   map[*infer.Result]*ir.Func
	decls   map[string]*ir.Func
	strings map[string]*ir.Global
	opts    Options
	// called are the specializations some generated code calls.
	called map[*ir.Func]bool
	// recursive are the specializations in a cycle of the call graph,
	// which test the stack on entry (stackguard.go); stackBase and
	// stackSpan are the runtime's globals the test reads.
	recursive            map[*infer.Result]bool
	stackBase, stackSpan *ir.Global
}

// Generate builds the LLVM module for specs and their exports.
func Generate(specs []*infer.Result, exports []Export, opts Options) (*ir.Module, error) {
	g := &module{m: ir.NewModule(), funcs: map[*infer.Result]*ir.Func{}, decls: map[string]*ir.Func{}, strings: map[string]*ir.Global{}, opts: opts,
		called: map[*ir.Func]bool{}, recursive: recursive(specs)}
	for i, s := range specs {
		if err := g.declare(s, i); err != nil {
			return nil, err
		}
	}
	for _, s := range specs {
		if opts.Part != nil && !opts.Part[s] {
			continue
		}
		if err := g.define(s); err != nil {
			return nil, err
		}
	}
	for _, e := range exports {
		if err := g.wrapper(e); err != nil {
			return nil, err
		}
	}
	if opts.Entry != nil {
		g.main(opts.Entry)
	}
	for _, e := range exports {
		if _, ok := g.decls[e.Symbol]; ok {
			// PublicSymbol keeps exports off these names: a bug if not
			return nil, fmt.Errorf("the export %s has the name of a function the code calls", e.Symbol)
		}
	}
	g.dropUncalled()
	return g.m, nil
}

// dropUncalled removes the declarations of the specializations another
// part defines that nothing in this one calls: a hidden declaration is a
// symbol the object must resolve, and unoptimized code (-O0) keeps it.
func (g *module) dropUncalled() {
	declared := map[*ir.Func]bool{}
	for _, f := range g.funcs {
		declared[f] = len(f.Blocks) == 0 && !g.called[f]
	}
	kept := g.m.Funcs[:0]
	for _, f := range g.m.Funcs {
		if !declared[f] {
			kept = append(kept, f)
		}
	}
	g.m.Funcs = kept
}

// Mangle names a specialization: add(int64, float64) -> add__int64_float64.
func Mangle(name string, args []types.Type) string {
	parts := []string{name}
	for _, a := range args {
		s := a.String()
		s = strings.NewReplacer("(", "", ")", "", " ", "", ",", "_", "[", "", "]", "", ":", "").Replace(s)
		parts = append(parts, s)
	}
	return strings.Join(parts, "__")
}

func (g *module) declare(s *infer.Result, i int) error {
	ret := llType(s.Return)
	if ret == nil {
		return fmt.Errorf("%s returns %s, which has no run-time representation", s.Func.Name, s.Return)
	}
	var params []*ir.Param
	for j, a := range s.Args {
		at := llType(a)
		if at == nil {
			return fmt.Errorf("%s: argument type %s is unsupported", s.Func.Name, a)
		}
		params = append(params, ir.NewParam(argName(s.Func.Params[j]), at))
	}
	f := g.m.NewFunc(fmt.Sprintf("pynjit.%s.%d", Mangle(s.Func.Name, s.Args), i), resultType(ret), params...)
	if g.opts.Part != nil && !g.opts.Part[s] || g.opts.Shared[s] {
		// defined in another part, or called from one
		f.Visibility = enum.VisibilityHidden
	} else {
		f.Linkage = enum.LinkageInternal
	}
	g.funcs[s] = f
	return nil
}

// resultType is what a generated function returns: its result and a status,
// 0 or 1 when an exception is set, in one value that travels in registers.
// (A result stored through a pointer instead costs every call a stack slot,
// which recursion such as fib pays at each level.) Every path leaves through
// one exit block that joins the result and the status in two scalar phis, so
// LLVM's interprocedural constant propagation (which gives up on a phi of
// structs) sees the status is 0 in a function that cannot raise, and
// drops it with every check of it.
func resultType(ret lt.Type) *lt.StructType { return lt.NewStruct(ret, lt.I32) }

// leave ends the current block by returning x (nil: none) with status.
func (c *fn) leave(x value.Value, status int64) {
	ret := llType(c.spec.Return)
	if c.exit == nil {
		c.exit = c.newBlock("exit")
	}
	if x == nil {
		x = constant.NewZeroInitializer(ret)
	}
	c.exitVals = append(c.exitVals, ir.NewIncoming(x, c.cur))
	c.exitStatus = append(c.exitStatus, ir.NewIncoming(constant.NewInt(lt.I32, status), c.cur))
	c.cur.NewBr(c.exit)
}

// finishExit emits the exit block's phis and return.
func (c *fn) finishExit() {
	if c.exit == nil {
		return
	}
	x, status := c.exit.NewPhi(c.exitVals...), c.exit.NewPhi(c.exitStatus...)
	var r value.Value = constant.NewUndef(resultType(llType(c.spec.Return)))
	r = c.exit.NewInsertValue(r, x, 0)
	r = c.exit.NewInsertValue(r, status, 1)
	c.exit.NewRet(r)
}

// callSpec calls the generated function f and returns its result and status.
func callSpec(b *ir.Block, f *ir.Func, args ...value.Value) (x, status value.Value) {
	r := b.NewCall(f, args...)
	return b.NewExtractValue(r, 0), b.NewExtractValue(r, 1)
}

// runtime declares (once) a function of the C runtime or libm.
func (g *module) runtime(name string, ret lt.Type, params ...lt.Type) *ir.Func {
	if f, ok := g.decls[name]; ok {
		return f
	}
	ps := make([]*ir.Param, len(params))
	for i, p := range params {
		ps[i] = ir.NewParam("", p)
	}
	f := g.m.NewFunc(name, ret, ps...)
	g.decls[name] = f
	return f
}

// cstring returns an i8* to a constant NUL-terminated string.
func (g *module) cstring(s string) value.Value {
	gl, ok := g.strings[s]
	if !ok {
		init := constant.NewCharArrayFromString(s + "\x00")
		gl = g.m.NewGlobalDef(fmt.Sprintf(".str.%d", len(g.strings)), init)
		gl.Immutable = true
		gl.Linkage = enum.LinkagePrivate
		g.strings[s] = gl
	}
	zero := constant.NewInt(lt.I64, 0)
	return constant.NewGetElementPtr(gl.ContentType, gl, zero, zero)
}

// fn is the state of one function being generated.
type fn struct {
	g      *module
	spec   *infer.Result
	f      *ir.Func
	entry  *ir.Block
	cur    *ir.Block
	blocks map[*pir.Block]*ir.Block
	slots  []value.Value // alloca per variable, nil for value-less types
	n      int
	// boundscheck makes array indexing raise IndexError out of range.
	boundscheck bool
	// arraySlots are the variables holding array references, released
	// when the function returns.
	arraySlots []value.Value
	// facts are the integer constants and the non-negative variables
	// package facts proved.
	facts *facts.Facts
	// bound are, for the locals a CheckBound reads, flags set when the
	// local is first assigned.
	bound map[int]value.Value
	// exit is the block every return goes through; exitVals and
	// exitStatus are its phis' incoming results and statuses.
	exit                 *ir.Block
	exitVals, exitStatus []*ir.Incoming
	// mayDefer lets the next raiseUnless defer its check (set while an
	// Assign's scalar call is generated); deferred is that check until
	// it is emitted (deferred.go).
	mayDefer bool
	deferred *rareRaise
	// storedInPlace are the item assignments an in-place operation on
	// a view makes redundant (inplaceViews).
	storedInPlace map[*pir.SetItem]bool
}

func (g *module) define(s *infer.Result) (err error) {
	defer func() {
		if r := recover(); r != nil {
			u, ok := r.(untypedError)
			if !ok {
				panic(r)
			}
			err = fmt.Errorf("%s: variable %s has no run-time value", s.Func.Name, u.name)
		}
	}()
	f := g.funcs[s]
	c := &fn{g: g, spec: s, f: f, blocks: map[*pir.Block]*ir.Block{}, boundscheck: g.opts.Boundscheck || g.opts.Checked[s.Func.Name]}
	c.entry = f.NewBlock("entry")
	c.slots = make([]value.Value, len(s.Func.Vars))
	for _, v := range s.Func.Vars {
		t := s.VarTypes[v.ID]
		if t == nil {
			continue
		}
		if llt := llType(t); llt != nil {
			a := c.entry.NewAlloca(llt)
			a.SetName(slotName(v.Name))
			c.slots[v.ID] = a
			if _, ok := t.(*types.Array); ok {
				// array slots hold a reference; they start empty
				c.entry.NewStore(constant.NewZeroInitializer(llt), a)
				c.arraySlots = append(c.arraySlots, a)
			}
		}
	}
	c.facts = facts.Analyze(s)
	c.storedInPlace = c.inplaceViews()
	c.bound = map[int]value.Value{}
	for _, b := range s.Func.Blocks {
		for _, inst := range b.Insts {
			if cb, ok := inst.(*pir.CheckBound); ok && c.bound[cb.Var.ID] == nil {
				flag := c.entry.NewAlloca(lt.I1)
				c.entry.NewStore(constant.False, flag)
				c.bound[cb.Var.ID] = flag
			}
		}
	}
	for _, b := range s.Func.Blocks {
		c.blocks[b] = f.NewBlock(fmt.Sprintf("b%d", b.Label))
	}
	c.cur = c.entry
	if g.recursive[s] {
		c.stackGuard()
	}
	c.cur.NewBr(c.blocks[s.Func.Blocks[0]])
	for _, b := range s.Func.Blocks {
		c.cur = c.blocks[b]
		if s.Unreachable[b] {
			c.cur.NewUnreachable()
			continue
		}
		for _, inst := range b.Insts {
			if c.deferred != nil && !c.deferrable(inst) {
				if br, ok := inst.(*pir.Branch); ok {
					if err := c.deferredBranch(br); err != nil {
						return fmt.Errorf("%s: %w", s.Func.Name, err)
					}
					continue
				}
				c.flushDeferred()
			}
			if err := c.inst(inst); err != nil {
				return fmt.Errorf("%s: %w", s.Func.Name, err)
			}
			if c.cur.Term != nil {
				break // after a call that never returns
			}
		}
		if c.cur.Term == nil {
			c.cur.NewUnreachable()
		}
	}
	c.finishExit()
	if g.opts.FastMath || g.opts.Fast[s.Func.Name] {
		fastMath(f)
	}
	return nil
}

// fastMath marks f's float arithmetic with LLVM's "fast" flags, which is
// what Numba's fastmath=True does: LLVM may reassociate (so a sum
// vectorizes), contract into fused multiply-adds, and assume that no
// operand or result is NaN or infinite, so a test of such a result for
// NaN may be folded away. Results may differ from CPython's in the last
// bits, or more where NaN or infinity appear.
func fastMath(f *ir.Func) {
	fast := []enum.FastMathFlag{enum.FastMathFlagFast}
	for _, b := range f.Blocks {
		for _, inst := range b.Insts {
			switch inst := inst.(type) {
			case *ir.InstFAdd:
				inst.FastMathFlags = fast
			case *ir.InstFSub:
				inst.FastMathFlags = fast
			case *ir.InstFMul:
				inst.FastMathFlags = fast
			case *ir.InstFDiv:
				inst.FastMathFlags = fast
			case *ir.InstFRem:
				inst.FastMathFlags = fast
			case *ir.InstFNeg:
				inst.FastMathFlags = fast
			}
		}
	}
}

// newBlock adds a helper block.
func (c *fn) newBlock(hint string) *ir.Block {
	c.n++
	return c.f.NewBlock(fmt.Sprintf("%s.%d", hint, c.n))
}

func (c *fn) typeOf(v *pir.Var) types.Type { return c.spec.VarTypes[v.ID] }

// load reads a variable converted to type want.
func (c *fn) load(v *pir.Var, want types.Type) value.Value {
	t := c.typeOf(v)
	if c.slots[v.ID] == nil {
		panic(untypedError{v.Name})
	}
	x := c.cur.NewLoad(llType(t), c.slots[v.ID])
	return c.convert(x, t, want)
}

// untypedError reports a variable read without a run-time value, which
// inference should have rejected; define turns it into an error.
type untypedError struct{ name string }

func (c *fn) loadRaw(v *pir.Var) value.Value {
	if c.slots[v.ID] == nil {
		panic(untypedError{v.Name})
	}
	return c.cur.NewLoad(llType(c.typeOf(v)), c.slots[v.ID])
}

// store writes x, of type from, to variable v, converting to v's type.
func (c *fn) store(v *pir.Var, x value.Value, from types.Type) {
	if flag := c.bound[v.ID]; flag != nil {
		c.cur.NewStore(constant.True, flag)
	}
	if c.slots[v.ID] == nil {
		return
	}
	c.cur.NewStore(c.convert(x, from, c.typeOf(v)), c.slots[v.ID])
}

// raise records an exception and returns 1 from the function.
func (c *fn) raise(class, msg string) {
	set := c.g.runtime("pynjit_err_set", lt.Void, lt.I8Ptr, lt.I8Ptr)
	c.cur.NewCall(set, c.g.cstring(class), c.g.cstring(msg))
	c.fail()
}

// fail leaves the function with an exception set: it releases the array
// references the function holds and returns status 1.
func (c *fn) fail() {
	for _, s := range c.arraySlots {
		c.decref(c.cur.NewLoad(arrayType, s))
	}
	c.leave(nil, 1)
}

// raiseIf raises class(msg) when cond is true and continues otherwise.
func (c *fn) raiseIf(cond value.Value, class, msg string) {
	fail, ok := c.newBlock("raise"), c.newBlock("ok")
	c.cur.NewCondBr(c.expect(cond, false), fail, ok)
	c.cur = fail
	c.raise(class, msg)
	c.cur = ok
}

// expect tells LLVM which way cond usually goes (llvm.expect, turned into
// branch weights): exceptions and runtime slow paths are rare, and with
// the weights their blocks are laid out of the loops' straight line.
func (c *fn) expect(cond value.Value, likely bool) value.Value {
	f := c.g.runtime("llvm.expect.i1", lt.I1, lt.I1, lt.I1)
	return c.cur.NewCall(f, cond, constant.NewBool(likely))
}

// check propagates a non-zero status from a call.
func (c *fn) check(status value.Value) {
	fail, ok := c.newBlock("exc"), c.newBlock("ok")
	isErr := c.cur.NewICmp(enum.IPredNE, status, constant.NewInt(lt.I32, 0))
	c.cur.NewCondBr(c.expect(isErr, false), fail, ok)
	c.cur = fail
	c.fail()
	c.cur = ok
}

func (c *fn) inst(inst pir.Inst) error {
	switch inst := inst.(type) {
	case *pir.Assign:
		_, call := inst.Value.(*pir.Call)
		c.mayDefer = call && !isArray(c.typeOf(inst.Target))
		x, t, err := c.value(inst)
		c.mayDefer = false
		if err != nil {
			return err
		}
		if x == nil {
			break
		}
		if _, ok := t.(*types.Array); ok && c.slots[inst.Target.ID] != nil {
			// a new reference replaces the slot's old one
			if !c.ownsArray(inst.Value) {
				c.incref(x)
			}
			c.decref(c.cur.NewLoad(arrayType, c.slots[inst.Target.ID]))
		}
		c.store(inst.Target, x, t)
	case *pir.Jump:
		c.cur.NewBr(c.blocks[inst.Target])
	case *pir.Branch:
		cond, err := c.condition(inst)
		if err != nil {
			return err
		}
		c.cur.NewCondBr(cond, c.blocks[inst.True], c.blocks[inst.False])
	case *pir.SetItem:
		_, _, err := c.lowerImpl(inst)
		return err
	case *pir.CheckBound:
		unset := c.cur.NewICmp(enum.IPredEQ, c.cur.NewLoad(lt.I1, c.bound[inst.Var.ID]), constant.False)
		c.raiseIf(unset, "UnboundLocalError", inst.UnboundMessage())
	case *pir.Return:
		x := c.load(inst.Value, c.spec.Return)
		if _, ok := c.spec.Return.(*types.Array); ok {
			c.incref(x) // the caller's reference
		}
		for _, s := range c.arraySlots {
			c.decref(c.cur.NewLoad(arrayType, s))
		}
		c.leave(x, 0)
	case *pir.Raise:
		msg := ""
		if inst.Message != nil {
			msg = *inst.Message
		}
		c.raise(inst.Class, msg)
	default:
		return fmt.Errorf("unsupported instruction %T", inst)
	}
	return nil
}

// value generates an Assign's right-hand side; it returns the value and
// its type, or a nil value for values that exist only at compile time.
func (c *fn) value(a *pir.Assign) (value.Value, types.Type, error) {
	switch v := a.Value.(type) {
	case *pir.Arg:
		return c.f.Params[v.Index], c.spec.Args[v.Index], nil
	case *pir.Const:
		return constValue(v.Value)
	case *pir.Global:
		return c.global(a, v)
	case *pir.Copy, *pir.Cast:
		var src *pir.Var
		if cp, ok := v.(*pir.Copy); ok {
			src = cp.Source
		} else {
			src = v.(*pir.Cast).Value
		}
		if c.slots[src.ID] == nil {
			return nil, nil, nil
		}
		return c.loadRaw(src), c.typeOf(src), nil
	case *pir.Print:
		return c.print(v)
	case *pir.BuildSlice:
		return c.buildSlice(v), types.SliceType{}, nil
	case *pir.BinOp, *pir.UnaryOp:
		if k, ok := c.spec.Folded[a]; ok {
			return foldedValue(k)
		}
		return c.lowerImpl(a)
	case *pir.Compare:
		return c.lowerImpl(a)
	case *pir.Call:
		return c.call(a, v)
	case *pir.GetAttr:
		return c.getattr(a, v)
	case *pir.GetItem:
		return c.lowerImpl(a)
	case *pir.BuildTuple:
		t := c.typeOf(a.Target).(*types.Tuple)
		if len(t.Elems) > bigTuple && t.IsUniform() {
			return c.buildInMemory(v, t), t, nil
		}
		var agg value.Value = constant.NewUndef(llType(t))
		for i, item := range v.Items {
			agg = c.cur.NewInsertValue(agg, c.load(item, t.Elems[i]), uint64(i))
		}
		return agg, t, nil
	case *pir.StaticGetItem:
		if _, ok := c.spec.Impls[a]; ok { // of an array or sys.argv
			return c.lowerImpl(a)
		}
		t := c.typeOf(v.Value).(*types.Tuple)
		i := v.Index
		if i < 0 {
			i += len(t.Elems)
		}
		return c.cur.NewExtractValue(c.loadRaw(v.Value), uint64(i)), t.Elems[i], nil
	case *pir.GetIter:
		return c.lowerImpl(a, c.loadRaw(v.Value))
	case *pir.IterNext:
		return c.lowerImpl(a, c.loadRaw(v.Iter))
	case *pir.PairFirst:
		t := c.typeOf(v.Pair).(types.Pair)
		return c.cur.NewExtractValue(c.loadRaw(v.Pair), 0), t.First, nil
	case *pir.PairSecond:
		t := c.typeOf(v.Pair).(types.Pair)
		return c.cur.NewExtractValue(c.loadRaw(v.Pair), 1), t.Second, nil
	}
	return nil, nil, fmt.Errorf("unsupported value %s", pir.FormatValue(a.Value))
}

// foldedValue is the constant an operation folded to (infer's Folded).
func foldedValue(k any) (value.Value, types.Type, error) {
	if u, ok := k.(uint64); ok {
		return constant.NewInt(lt.I64, int64(u)), types.Uint64, nil
	}
	return constValue(k)
}

func constValue(v any) (value.Value, types.Type, error) {
	switch v := v.(type) {
	case int64:
		return constant.NewInt(lt.I64, v), types.Int64, nil
	case float64:
		return constant.NewFloat(lt.Double, v), types.Float64, nil
	case bool:
		return constant.NewBool(v), types.Bool, nil
	// NumPy scalars frozen as module constants (np.int32(0),
	// np.finfo(np.float32).max): Go's type of the same width
	case int8:
		return constant.NewInt(lt.I8, int64(v)), types.Int8, nil
	case int16:
		return constant.NewInt(lt.I16, int64(v)), types.Int16, nil
	case int32:
		return constant.NewInt(lt.I32, int64(v)), types.Int32, nil
	case uint8:
		return constant.NewInt(lt.I8, int64(v)), types.Uint8, nil
	case uint16:
		return constant.NewInt(lt.I16, int64(v)), types.Uint16, nil
	case uint32:
		return constant.NewInt(lt.I32, int64(v)), types.Uint32, nil
	case uint64:
		return constant.NewInt(lt.I64, int64(v)), types.Uint64, nil
	case float32:
		return constant.NewFloat(lt.Float, float64(v)), types.Float32, nil
	case complex128:
		return constant.NewStruct(complexType, constant.NewFloat(lt.Double, real(v)), constant.NewFloat(lt.Double, imag(v))), types.Complex128, nil
	case pir.NoneConst:
		return constant.NewInt(lt.I8, 0), types.None, nil
	case []any:
		t := &types.Tuple{}
		var fields []constant.Constant
		for _, e := range v {
			c, et, err := constValue(e)
			if err != nil {
				return nil, nil, err
			}
			fields = append(fields, c.(constant.Constant))
			t.Elems = append(t.Elems, et)
		}
		return constant.NewStruct(llType(t).(*lt.StructType), fields...), t, nil
	}
	return nil, nil, fmt.Errorf("unsupported constant %v", v)
}
