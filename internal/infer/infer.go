package infer

import (
	"fmt"
	"math/big"
	"strings"

	"github.com/pynjit/pynjit/internal/bind"
	"github.com/pynjit/pynjit/internal/diag"
	"github.com/pynjit/pynjit/internal/ir"
	"github.com/pynjit/pynjit/internal/lib"
	"github.com/pynjit/pynjit/internal/resolve"
	"github.com/pynjit/pynjit/internal/syntax"
	"github.com/pynjit/pynjit/internal/types"
)

// Diagnostic codes of type inference.
const (
	CodeUnify     diag.Code = "E-unify"
	CodeOperator  diag.Code = "E-operator"
	CodeCall      diag.Code = "E-call"
	CodeAttribute diag.Code = "E-unknown-attribute"
	CodeTyping    diag.Code = "E-typing"
)

// Program types the compiled functions of one file. It caches one Result
// per (function, argument types), so callees are typed once per call
// signature and recursion terminates.
type Program struct {
	m     *resolve.Module
	funcs map[*resolve.Function]*ir.Func
	specs map[string]*Result
	order []*Result
	// active is the stack of specializations being typed, for recursion.
	active map[string]bool
	// Unbuilt holds, for functions of the file that were not lowered to
	// IR, the errors that stopped them: a call of one shows them as notes.
	Unbuilt map[*resolve.Function]diag.List
	// of is the function each specialization specializes.
	of map[*Result]*resolve.Function
	// evalsPerInst bounds inference's work per instruction, and evals
	// counts the instructions typed so far (worklist.go).
	evalsPerInst int
	evals        int
	// sigs are the operations' signatures of a sigShape, and impls the
	// Impls at them (intern.go).
	sigs  map[sigShape]*types.Signature
	impls map[lib.Impl]*lib.Impl
	// recent are the shared Impls impl returned last: the operations of
	// generated code repeat a few, which it returns without hashing.
	recent [4]*lib.Impl
	next   int // the entry of recent to replace next
	// accepted are the operators' typings acceptOperator returned last,
	// and nextAccepted the entry to replace next.
	accepted     [4]acceptedOp
	nextAccepted int
}

// NewProgram returns a Program over the module's lowered functions.
func NewProgram(m *resolve.Module, funcs map[*resolve.Function]*ir.Func) *Program {
	return &Program{m: m, funcs: funcs, specs: map[string]*Result{}, active: map[string]bool{}, Unbuilt: map[*resolve.Function]diag.List{},
		of: map[*Result]*resolve.Function{}, evalsPerInst: evalsPerInst}
}

// Specs returns every specialization made so far, in creation order.
func (p *Program) Specs() []*Result { return p.order }

// Lookup returns the specialization of fn for args, if it was made.
func (p *Program) Lookup(fn *resolve.Function, args []types.Type) *Result {
	return p.specs[specKey(fn, args)]
}

func specKey(fn *resolve.Function, args []types.Type) string {
	return fn.Key() + "(" + types.ArgsString(args) + ")"
}

// FuncOf returns the resolved function a Result specializes.
func (p *Program) FuncOf(r *Result) *resolve.Function { return p.of[r] }

// Specialize types fn for the argument types args.
func (p *Program) Specialize(fn *resolve.Function, args []types.Type) (*Result, diag.List) {
	key := specKey(fn, args)
	if r, ok := p.specs[key]; ok {
		return r, nil
	}
	f := p.funcs[fn]
	if f == nil {
		return nil, nil
	}
	r := &Result{Func: f, Args: args, VarTypes: make([]types.Type, len(f.Vars)),
		Callees: map[*ir.Assign]*Callee{}, Globals: map[string]any{}, Folded: map[*ir.Assign]any{}, Impls: make([]*lib.Impl, f.NumInsts),
		Unreachable: map[*ir.Block]bool{}}
	mark := len(p.order)
	p.specs[key] = r
	p.order = append(p.order, r)
	p.of[r] = fn
	p.active[key] = true
	defer delete(p.active, key)
	t := &typer{p: p, fn: fn, r: r}
	t.run()
	t.literals()
	t.declaredReturn()
	if r.NoReturn = !t.returns(); r.NoReturn && r.Return == nil {
		r.Return = types.None // every path raises (a helper that reports errors)
	}
	if tup, ok := r.Return.(*types.Tuple); ok && types.Managed(tup) && !t.diags.HasErrors() {
		// a tuple would carry array references the function releases
		t.diags.Errorf(CodeTyping, f.File, fn.Def.NameSpan, "%s returns %s: arrays inside a returned tuple are unsupported in nopython mode for now", fn.Name, r.Return)
	}
	if u := unrepresentable(r.Return); u != nil && !t.diags.HasErrors() {
		at := fn.Def.NameSpan
		if t.retOrigin != nil {
			at = t.retOrigin.Span()
		}
		t.diags.Errorf(CodeTyping, f.File, at, "%s returns %s, which has no run-time value in nopython mode", fn.Name, u)
	}
	if !t.diags.HasErrors() && r.Return == nil {
		t.diags.Errorf(CodeTyping, f.File, fn.Def.NameSpan, "cannot infer the return type of %s(%s): every path recurses without a base case", fn.Name, types.ArgsString(args))
	}
	if t.diags.HasErrors() {
		// forget r and every specialization typed while it was: one of
		// them may have used r's return type (a call back into r), so
		// they are typed again when called, and fail if they depend on r
		for _, s := range p.order[mark:] {
			delete(p.specs, specKey(p.of[s], s.Args))
			delete(p.of, s)
		}
		p.order = p.order[:mark]
		return nil, t.diags
	}
	return r, t.diags
}

// declaredReturn applies the return type of a signature whose argument
// types are this specialization's: results convert to it, as in Numba,
// which refuses what has no conversion (a complex to a float, an array
// of any layout to a contiguous one).
func (t *typer) declaredReturn() {
	for _, sig := range t.fn.Sigs {
		if sig.Return == nil || types.ArgsString(sig.Args) != types.ArgsString(t.r.Args) {
			continue
		}
		if t.r.Return != nil {
			if convertKind(t.r.Return, sig.Return) == convNone {
				t.diags.Errorf(CodeUnify, t.r.Func.File, t.fn.Def.NameSpan, "%s returns %s, but its signature declares %s", t.fn.Name, t.r.Return, sig.Return)
				return
			}
		}
		t.r.Return = sig.Return
		return
	}
}

// typer infers one specialization by iterating to a fixpoint: it types
// each instruction from what is known of its operands and unifies the
// result into its target, again whenever an operand's type grows
// (worklist.go), until nothing changes; a last pass over every
// instruction reports the errors.
type typer struct {
	p     *Program
	fn    *resolve.Function
	r     *Result
	diags diag.List
	final bool // the last pass: report errors
	// insts are the reachable instructions in block order, and work the
	// ones to type again (worklist.go).
	insts  []ir.Inst
	work   worklist
	failed map[ir.Inst]bool
	// origin is, per variable, the instruction that first gave it a type,
	// and retOrigin the first return typed: unification errors point
	// at both places.
	origin    []ir.Inst
	retOrigin ir.Inst
	// recv maps a bound method's variable (a.sum) to its receiver (a).
	recv map[int]*ir.Var
	// firstDef is, per variable ID, the value of its first assignment,
	// and assigns counts its assignments.
	firstDef []ir.Value
	assigns  []int32
	// ints are the values of the temporaries that are integer constants
	// (literals and their folds), foldedVars the ones code generation
	// emits as constants, and tooBig those beyond 64 bits (fold.go).
	ints       map[*ir.Var]*big.Int
	foldedVars map[*ir.Var]bool
	tooBig     map[*ir.Var]bool
	// reach are the blocks control can reach (reach.go).
	reach []bool
	// declared are the locals whose type locals= gives.
	declared map[*ir.Var]bool
	// untyped are the assignments the final pass could not type for want
	// of an operand's type (reported unless an error explains it).
	untyped []*ir.Assign
}

func (t *typer) run() {
	t.failed = map[ir.Inst]bool{}
	t.origin = make([]ir.Inst, len(t.r.Func.Vars))
	t.recv = map[int]*ir.Var{}
	t.firstDef = make([]ir.Value, len(t.r.Func.Vars))
	t.assigns = make([]int32, len(t.r.Func.Vars))
	t.ints = map[*ir.Var]*big.Int{}
	t.tooBig = map[*ir.Var]bool{}
	t.foldedVars = map[*ir.Var]bool{}
	t.declared = map[*ir.Var]bool{}
	for _, b := range t.r.Func.Blocks {
		for _, inst := range b.Insts {
			if a, ok := inst.(*ir.Assign); ok {
				if t.assigns[a.Target.ID] == 0 {
					t.firstDef[a.Target.ID] = a.Value
				}
				t.assigns[a.Target.ID]++
			}
		}
	}
	t.reach = t.reachable(func(*ir.Block) bool { return false })
	for _, v := range t.r.Func.Vars {
		if lt, ok := t.fn.Options.Locals[v.Name]; ok && !v.Temp {
			t.r.VarTypes[v.ID] = lt // locals=: every assignment converts to it
			t.declared[v] = true
		}
	}
	for i, b := range t.r.Func.Blocks {
		if !t.reach[i] {
			t.r.Unreachable[b] = true
		}
	}
	if !t.solve() {
		return
	}
	t.pruneNoReturn()
	t.final = true
	t.pass()
	t.tooBigUses()
	t.readonlyWrites()
}

// pass types every reachable instruction once, in block order, and
// reports errors: the final pass. What follows a call that never returns
// in its block is not typed, as it never runs.
func (t *typer) pass() {
	for _, b := range t.r.Func.Blocks {
		if t.r.Unreachable[b] {
			continue
		}
		for _, inst := range b.Insts {
			if !t.failed[inst] {
				t.eval(inst)
			}
			if t.r.NeverReturns(inst) {
				break
			}
		}
	}
	poisoned := t.poisoned()
	for _, a := range t.untyped {
		t.untypedOperand(a, poisoned)
	}
}

// poisoned are the variables an error left without a value: the targets
// of the assignments that failed, and what is computed from them. No
// error is reported about them: there is one root cause per chain, as in
// Numba (q, r = linalg.decomp_qr.qr(a) reports the unknown attribute,
// and not that q has no type where it is returned).
func (t *typer) poisoned() map[*ir.Var]bool {
	out := map[*ir.Var]bool{}
	if len(t.failed) == 0 {
		return out
	}
	readers := map[*ir.Var][]*ir.Assign{}
	var work []*ir.Var
	for _, inst := range t.insts {
		a, ok := inst.(*ir.Assign)
		if !ok {
			continue
		}
		if t.failed[a] && !out[a.Target] {
			out[a.Target] = true
			work = append(work, a.Target)
		}
		for _, v := range ir.Operands(a.Value) {
			readers[v] = append(readers[v], a)
		}
	}
	for len(work) > 0 {
		v := work[len(work)-1]
		work = work[:len(work)-1]
		for _, a := range readers[v] {
			if x := a.Target; !out[x] && t.r.VarTypes[x.ID] == nil {
				out[x] = true
				work = append(work, x)
			}
		}
	}
	return out
}

// returns reports whether a return is reachable: in a reachable block,
// not after a call that never returns.
func (t *typer) returns() bool {
	for _, b := range t.r.Func.Blocks {
		if t.r.Unreachable[b] {
			continue
		}
		for _, inst := range b.Insts {
			if _, ok := inst.(*ir.Return); ok {
				return true
			}
			if t.r.NeverReturns(inst) {
				break
			}
		}
	}
	return false
}

// eval types one instruction from what is known of its operands.
func (t *typer) eval(inst ir.Inst) {
	switch inst := inst.(type) {
	case *ir.Assign:
		ty := t.value(inst)
		if ty != nil {
			t.set(inst, inst.Target, ty)
		} else if t.final && !t.failed[inst] {
			t.untyped = append(t.untyped, inst) // reported after the pass, unless poisoned
		}
	case *ir.Return:
		if ty := t.typeOf(inst.Value); ty != nil {
			t.unifyReturn(inst, ty)
		}
	case *ir.SetItem:
		t.setItem(inst)
	case *ir.Branch:
		if x := t.typeOf(inst.Cond); x != nil {
			t.operation(inst, lib.Op("truth"), CodeTyping, x)
		}
	}
}

// resolve records what call a calls and its signature, and returns the
// call's result type.
func (t *typer) resolve(a *ir.Assign, callee *Callee, args []types.Type, res types.Type) types.Type {
	t.r.Callees[a] = callee
	t.record(a, callee.Key, &types.Signature{Args: args, Return: res})
	return res
}

// libCall types a call of the builtin or math function k by its
// template: a refusal is Numba's "No implementation of function ..."
// (or why an argument cannot be iterated).
func (t *typer) libCall(a *ir.Assign, k lib.Key, args []types.Type) types.Type {
	sig, err := lib.Accept(k, args)
	if err != nil {
		code := CodeTyping
		if _, ok := err.(*lib.NoImpl); ok {
			code = CodeCall
		}
		t.errorf(a, code, "%s", err)
		return nil
	}
	return t.resolve(a, &Callee{Kind: CallBuiltin, Key: k}, sig.Args, sig.Return)
}

// untypedOperand reports a local that a value reads but that no
// assignment gives a type, such as total in "total += x" when total is
// assigned only there: its type would depend on itself. A poisoned one
// has its error already.
func (t *typer) untypedOperand(a *ir.Assign, poisoned map[*ir.Var]bool) {
	for _, v := range ir.Operands(a.Value) {
		if poisoned[v] {
			return
		}
	}
	for _, v := range ir.Operands(a.Value) {
		if !v.Temp && t.r.VarTypes[v.ID] == nil {
			t.errorf(a, CodeTyping, "cannot determine the type of '%s': every assignment to it depends on its own value, so it has none before it is first read", v.Name)
			return
		}
	}
}

// errorf reports an error at inst on the final pass and returns it (nil
// on earlier passes) so callers can add notes.
func (t *typer) errorf(inst ir.Inst, code diag.Code, format string, args ...any) *diag.Diagnostic {
	if !t.final {
		return nil
	}
	t.failed[inst] = true
	d := t.diags.Errorf(code, t.r.Func.File, inst.Span(), format, args...)
	d.Notes = append(d.Notes, t.during(inst))
	return d
}

// during is the note that says which specialization was being typed.
func (t *typer) during(inst ir.Inst) diag.Related {
	return diag.Related{File: t.r.Func.File, Span: inst.Span(),
		Message: fmt.Sprintf("During: typing of %s(%s) at %s:%s", t.fn.Name, types.ArgsString(t.r.Args), t.r.Func.File.Name, inst.Span().Start)}
}

// set unifies ty into v's type; a local whose type locals= declares
// keeps it, and the value converts to it, as in Numba.
func (t *typer) set(inst *ir.Assign, v *ir.Var, ty types.Type) {
	old := t.r.VarTypes[v.ID]
	if t.declared[v] {
		if convertKind(ty, old) == convNone {
			t.errorf(inst, CodeUnify, "cannot convert %s to %s, the type locals= gives '%s'", ty, old, v.Name)
		}
		return
	}
	if old == nil {
		t.r.VarTypes[v.ID] = ty
		t.origin[v.ID] = inst
		t.work.changed(v.ID + 1)
		return
	}
	u, ok := Unify(old, ty)
	if !ok {
		name := "'" + v.Name + "'"
		if v.Temp {
			name = "an intermediate value"
		}
		d := t.errorf(inst, CodeUnify, "Cannot unify %s and %s for %s", old, ty, name)
		if first := t.origin[v.ID]; d != nil && first != nil && !v.Temp {
			d.Notes = append([]diag.Related{
				{File: t.r.Func.File, Span: first.Span(), Message: fmt.Sprintf("%s is %s from this assignment", name, old)},
				{File: t.r.Func.File, Span: inst.Span(), Message: fmt.Sprintf("and %s from this one", ty)},
			}, d.Notes...)
		}
		return
	}
	if !types.Equal(u, old) {
		t.r.VarTypes[v.ID] = u
		t.work.changed(v.ID + 1)
	}
}

func (t *typer) unifyReturn(inst *ir.Return, ty types.Type) {
	if t.r.Return == nil {
		t.r.Return = ty
		t.retOrigin = inst
		t.work.changed(returnSlot)
		return
	}
	u, ok := Unify(t.r.Return, ty)
	if !ok {
		d := t.errorf(inst, CodeUnify, "Cannot unify %s and %s for the return value of %s", t.r.Return, ty, t.fn.Name)
		if d != nil && t.retOrigin != nil {
			d.Notes = append([]diag.Related{
				{File: t.r.Func.File, Span: t.retOrigin.Span(), Message: fmt.Sprintf("%s returns %s here", t.fn.Name, t.r.Return)},
				{File: t.r.Func.File, Span: inst.Span(), Message: fmt.Sprintf("and %s here", ty)},
			}, d.Notes...)
		}
		return
	}
	if !types.Equal(u, t.r.Return) {
		t.r.Return = u
		t.work.changed(returnSlot)
	}
}

func (t *typer) typeOf(v *ir.Var) types.Type {
	t.work.read(v.ID + 1)
	return t.r.VarTypes[v.ID]
}

// value types the right-hand side of an Assign, or returns nil when an
// operand's type is not known yet.
func (t *typer) value(a *ir.Assign) types.Type {
	switch v := a.Value.(type) {
	case *ir.Arg:
		return t.r.Args[v.Index]
	case *ir.Const:
		switch v.Value.(type) {
		case int64:
			return types.Int64
		case float64:
			return types.Float64
		case bool:
			return types.Bool
		case complex128:
			return types.Complex128
		case ir.NoneConst:
			return types.None
		}
	case *ir.Global:
		return t.global(a, v.Name)
	case *ir.Copy:
		return t.typeOf(v.Source)
	case *ir.Cast:
		return t.typeOf(v.Value)
	case *ir.BinOp:
		l, r := t.typeOf(v.Lhs), t.typeOf(v.Rhs)
		if l == nil || r == nil {
			return nil
		}
		key := binaryKey(v.Op)
		if ft := t.foldBinOp(a, v); ft != nil {
			t.record(a, key, &types.Signature{Args: []types.Type{l, r}, Return: ft})
			return ft
		}
		if x, isArr := l.(*types.Array); isArr && v.Inplace {
			sig := t.inplaceArray(a, v, x, r)
			if sig == nil {
				return nil
			}
			t.record(a, key, sig)
			return sig.Return
		}
		sig, err := t.p.acceptOperator(key, l, r)
		if err == nil && v.Op == syntax.Pow && t.constNegativePower(v.Lhs, v.Rhs) {
			// CPython folds a constant int to a negative constant power
			// into a float, as float ** float computes it
			sig = &types.Signature{Args: []types.Type{types.Float64, types.Float64}, Return: types.Float64}
		}
		if err != nil {
			if d := t.errorf(a, CodeOperator, "unsupported operand type(s) for %s: '%s' and '%s'", opSymbol(v.Op, v.Inplace), l, r); d != nil {
				d.Notes = append(d.Notes, diag.Related{Message: supportedOperands(v.Op)})
			}
			return nil
		}
		t.record(a, key, sig)
		return sig.Return
	case *ir.Compare:
		l, r := t.typeOf(v.Lhs), t.typeOf(v.Rhs)
		if l == nil || r == nil {
			return nil
		}
		key := compareKey(v.Op)
		sig, err := t.p.acceptOperator(key, l, r)
		if err != nil {
			if d := t.errorf(a, CodeOperator, "'%s' not supported between instances of '%s' and '%s'", cmpSymbol(v.Op), l, r); d != nil && !lib.IsArray(l) && !lib.IsArray(r) {
				d.Notes = append(d.Notes, diag.Related{Message: "supported: comparisons between numbers (bool, integers, floats in any mix), and is / is not against None"})
			}
			return nil
		}
		t.record(a, key, sig)
		return sig.Return
	case *ir.UnaryOp:
		x := t.typeOf(v.Operand)
		if x == nil {
			return nil
		}
		key := unaryKey(v.Op)
		if ft := t.foldUnary(a, v); ft != nil {
			t.record(a, key, &types.Signature{Args: []types.Type{x}, Return: ft})
			return ft
		}
		sig, err := t.p.acceptOperator(key, x, nil)
		if err != nil {
			if d := t.errorf(a, CodeOperator, "bad operand type for unary %s: '%s'", unarySymbol(v.Op), x); d != nil {
				d.Notes = append(d.Notes, diag.Related{Message: "supported: unary -, + and not on numbers, ~ on integers and bool, not on None"})
			}
			return nil
		}
		t.record(a, key, sig)
		return sig.Return
	case *ir.GetAttr:
		return t.getattr(a, v)
	case *ir.Call:
		return t.call(a, v)
	case *ir.BuildTuple:
		elems := make([]types.Type, len(v.Items))
		for i, x := range v.Items {
			if elems[i] = t.typeOf(x); elems[i] == nil {
				return nil
			}
		}
		return &types.Tuple{Elems: elems}
	case *ir.StaticGetItem:
		x := t.typeOf(v.Value)
		if x == nil {
			return nil
		}
		switch x.(type) {
		case types.Argv, *types.Array:
			return t.operation(a, lib.Op("getitem"), CodeTyping, x, types.Int64)
		}
		tup, ok := x.(*types.Tuple)
		if !ok {
			t.errorf(a, CodeTyping, "'%s' object is not subscriptable in nopython mode", x)
			return nil
		}
		i := v.Index
		if i < 0 {
			i += len(tup.Elems)
		}
		if i < 0 || i >= len(tup.Elems) {
			t.errorf(a, CodeTyping, "tuple index %d out of range for %s", v.Index, x)
			return nil
		}
		return tup.Elems[i]
	case *ir.GetIter:
		x := t.typeOf(v.Value)
		if x == nil {
			return nil
		}
		return t.operation(a, lib.Op("getiter"), CodeTyping, x)
	case *ir.IterNext:
		if x := t.typeOf(v.Iter); x != nil {
			return t.operation(a, lib.Op("iternext"), CodeTyping, x)
		}
		return nil
	case *ir.PairFirst:
		if x := t.typeOf(v.Pair); x != nil {
			return x.(types.Pair).First
		}
	case *ir.PairSecond:
		if x := t.typeOf(v.Pair); x != nil {
			return x.(types.Pair).Second
		}
	case *ir.BuildSlice:
		for _, p := range []*ir.Var{v.Start, v.Stop, v.Step} {
			if p == nil {
				continue
			}
			pt := t.typeOf(p)
			if pt == nil {
				return nil
			}
			if !lib.IsIntegral(pt) && !types.Equal(pt, types.None) {
				t.errorf(a, CodeTyping, "slice indices must be integers or None, not %s", pt)
				return nil
			}
		}
		return types.SliceType{Step: v.Step != nil}
	case *ir.Print:
		for _, arg := range v.Args {
			for _, part := range arg.Parts {
				if part.Value == nil {
					continue
				}
				x := t.typeOf(part.Value)
				if x == nil {
					return nil
				}
				if !printable(x) {
					t.errorf(a, CodeTyping, "print() of %s is unsupported in nopython mode", x)
					return nil
				}
				if msg := checkFormatSpec(part.Spec, x); msg != "" {
					t.errorf(a, CodeTyping, "format spec %q for %s: %s", part.Spec, x, msg)
					return nil
				}
			}
		}
		return types.None
	case *ir.GetItem:
		x, i := t.typeOf(v.Value), t.typeOf(v.Index)
		if x == nil || i == nil {
			return nil
		}
		return t.operation(a, lib.Op("getitem"), CodeTyping, x, i)
	}
	return nil
}

// scope is the module whose names the function's code reads: its own,
// or the program's for a function pynjit made up.
func (t *typer) scope() *resolve.Module {
	if t.fn.Module != nil {
		return t.fn.Module
	}
	return t.p.m
}

// operation types the operation of key k on arguments of types args,
// records it, and returns its result type; an error refusing the
// arguments is reported with code.
func (t *typer) operation(inst ir.Inst, k lib.Key, code diag.Code, args ...types.Type) types.Type {
	sig, err := lib.Accept(k, args)
	if err != nil {
		t.errorf(inst, code, "%s", err)
		return nil
	}
	t.setImpl(inst, t.p.impl(k, sig))
	return sig.Return
}

// record records the operation a performs and its signature.
func (t *typer) record(a *ir.Assign, k lib.Key, sig *types.Signature) {
	t.setImpl(a, t.p.impl(k, sig))
}

// setImpl records the operation of inst, the instruction being typed,
// in place of any recorded before.
func (t *typer) setImpl(inst ir.Inst, impl *lib.Impl) { t.r.Impls[inst.ID()] = impl }

func (t *typer) global(a *ir.Assign, name string) types.Type {
	if g, ok := t.scope().Globals[name]; ok {
		switch g.Kind {
		case resolve.GlobalConst:
			t.r.Globals[name] = g.Const
			return resolve.ConstType(g.Const)
		case resolve.GlobalFunc:
			return &types.Callable{Key: types.Key{Name: g.Func.Key()}}
		case resolve.GlobalModule:
			return &types.Module{Name: g.Module}
		case resolve.GlobalModuleAttr:
			// from numpy import inf, sqrt: what numpy.inf and numpy.sqrt are
			if ty, val := lib.Member(g.Module, g.Attr); ty != nil {
				if val != nil {
					t.r.Globals[name] = val
				}
				return ty
			}
			if g.Module == "math" {
				t.errorf(a, CodeAttribute, "Unknown attribute '%s' of type Module(%s)", g.Attr, g.Module)
				return nil
			}
			// "from scipy import linalg" may name a submodule; whether the
			// name exists is only known when it is used (see call).
			return &types.Module{Name: g.Module + "." + g.Attr}
		}
		if g.Why == "" {
			t.errorf(a, CodeTyping, "global '%s' cannot be used in nopython mode", name)
			return nil
		}
		// a module-level value pynjit cannot freeze (resolve/consts.go)
		if d := t.errorf(a, CodeTyping, "global '%s' cannot be used in nopython mode: it %s", name, g.Why); d != nil {
			d.Notes = append(d.Notes, diag.Related{File: t.scope().File, Span: g.Span, Message: name + " is bound here"})
		}
		return nil
	}
	if ir.Builtins[name] {
		if name[0] >= 'A' && name[0] <= 'Z' {
			return types.ExceptionClass{Name: name}
		}
		return &types.Callable{Key: types.Builtin(name)}
	}
	t.errorf(a, ir.CodeName, "NameError: name '%s' is not defined", name)
	return nil
}

func (t *typer) getattr(a *ir.Assign, v *ir.GetAttr) types.Type {
	x := t.typeOf(v.Value)
	if x == nil {
		return nil
	}
	if recv := lib.Receiver(x); recv != "" {
		k := types.Key{Recv: recv, Name: v.Attr}
		if tmpl := lib.Lookup(k); tmpl != nil && tmpl.Attribute {
			return t.operation(a, k, CodeAttribute, x)
		} else if tmpl != nil {
			t.recv[a.Target.ID] = v.Value // a method: its calls take x first
			return &types.Callable{Key: k}
		}
		if pk, ok := lib.PreludeMethod(recv, v.Attr); ok {
			t.recv[a.Target.ID] = v.Value // a.cumsum() is the prelude's cumsum(a)
			return &types.Callable{Key: pk}
		}
	}
	if mod, ok := x.(*types.Module); ok {
		if mod.Name == "sys" && v.Attr == "argv" {
			return types.Argv{}
		}
		if pm := t.scope().Project[mod.Name]; pm != nil {
			return t.projectMember(a, pm, v.Attr)
		}
		if ty, val := lib.Member(mod.Name, v.Attr); ty != nil {
			if val != nil {
				t.r.Folded[a] = val
			}
			return ty
		}
		if mod.Name != "math" {
			// Python resolves this at run time; it fails, if it does, when
			// the value is used (see call), as Numba reports it.
			return &types.Module{Name: mod.Name + "." + v.Attr}
		}
		var known []string
		if mod.Name == "math" {
			for _, k := range lib.Keys() {
				if k.Module == types.MathMod {
					known = append(known, k.Name)
				}
			}
			for k := range lib.Constants("math") {
				known = append(known, k)
			}
		}
		d := t.attrError(a, fmt.Sprintf("Unknown attribute '%s' of type %s", v.Attr, x))
		if d != nil {
			if s := diag.Closest(v.Attr, known); s != "" {
				d.Suggestions = append(d.Suggestions, fmt.Sprintf("did you mean '%s'?", s))
			}
		}
		return nil
	}
	t.attrError(a, fmt.Sprintf("Unknown attribute '%s' of type %s", v.Attr, x))
	return nil
}

func (t *typer) attrError(a *ir.Assign, msg string) *diag.Diagnostic {
	if !t.final {
		return nil
	}
	t.errorf(a, CodeAttribute, "%s", msg)
	return t.diags[len(t.diags)-1]
}

// closest returns the candidate nearest to s by edit distance, if close.

func (t *typer) call(a *ir.Assign, c *ir.Call) types.Type {
	ft := t.typeOf(c.Func)
	if ft == nil {
		return nil
	}
	args := make([]types.Type, len(c.Args))
	for i, x := range c.Args {
		if args[i] = t.typeOf(x); args[i] == nil {
			return nil
		}
	}
	if mod, ok := ft.(*types.Module); ok {
		i := strings.LastIndexByte(mod.Name, '.')
		if i < 0 {
			t.errorf(a, CodeCall, "'Module(%s)' object is not callable", mod.Name)
			return nil
		}
		t.errorf(a, CodeAttribute, "Unknown attribute '%s' of type Module(%s)", mod.Name[i+1:], mod.Name[:i])
		return nil
	}
	if dt, ok := ft.(types.DType); ok { // np.int8(x)
		if len(c.Kws) > 0 {
			t.errorf(a, CodeCall, "keyword arguments to %s() are unsupported in nopython mode", lib.Name(types.ScalarCtor(dt.Elem)))
			return nil
		}
		return t.libCall(a, types.ScalarCtor(dt.Elem), args)
	}
	f, ok := ft.(*types.Callable)
	if !ok {
		t.errorf(a, CodeCall, "'%s' object is not callable", ft)
		return nil
	}
	k := f.Key
	switch {
	case k.Recv == types.ArrayRecv:
		return t.reduction(a, c, k, args)
	case k.Module == types.NumPy:
		return t.allocation(a, c, k, args)
	case k.Module == types.Ufuncs:
		if len(c.Kws) > 0 { // out=, dtype=, where=: Numba refuses them too
			t.errorf(a, CodeCall, "keyword arguments to %s() are unsupported in nopython mode", lib.Name(k))
			return nil
		}
		return t.ufunc(a, k, args)
	}
	builtin := k.Module == types.Builtins
	if k == types.Builtin("enumerate") && len(c.Args) == 1 && len(c.Kws) == 1 && c.Kws[0].Name == "start" {
		start := t.typeOf(c.Kws[0].Value)
		if start == nil {
			return nil
		}
		res := t.libCall(a, k, append(args, start))
		if res != nil {
			t.r.Callees[a].Args = []*ir.Var{c.Args[0], c.Kws[0].Value}
		}
		return res
	}
	if len(c.Kws) > 0 && (k.Module == types.MathMod || builtin) {
		t.errorf(a, CodeCall, "keyword arguments to %s() are unsupported in nopython mode", lib.Name(k))
		return nil
	}
	if k.Module == types.MathMod || builtin {
		return t.libCall(a, k, args)
	}
	var callee *resolve.Function
	if k.Module == "" && k.Recv == "" {
		callee = t.scope().Callee(k.Name)
	}
	if callee == nil {
		t.errorf(a, CodeCall, "cannot call %s in nopython mode", f)
		return nil
	}
	if t.p.funcs[callee] == nil {
		if callee.Compiled {
			d := t.errorf(a, CodeCall, "cannot call %s in nopython mode: it does not compile (see its own errors)", callee.Name)
			if d != nil {
				// another module's errors are shown here, where it is called
				for _, why := range t.p.Unbuilt[callee] {
					d.Notes = append(d.Notes, diag.Related{File: why.File, Span: why.Span, Message: callee.Name + ": " + why.Message})
				}
			}
		} else {
			d := t.errorf(a, CodeCall, "cannot call %s in nopython mode: it uses constructs that are unsupported in nopython mode", callee.Name)
			if d != nil {
				for _, why := range t.p.Unbuilt[callee] {
					d.Notes = append(d.Notes, diag.Related{File: why.File, Span: why.Span, Message: callee.Name + ": " + why.Message})
				}
			}
		}
		return nil
	}
	if recv, ok := t.recv[c.Func.ID]; ok {
		// a method the prelude writes, called with the array first
		withRecv := *c
		withRecv.Args = append([]*ir.Var{recv}, c.Args...)
		c = &withRecv
	}
	params := resolve.Params(callee.Def.Args)
	bound, msg := bind.Args(callee.Name, params, resolve.Positional(callee.Def.Args), c)
	if msg != "" {
		t.errorf(a, CodeCall, "%s", msg)
		return nil
	}
	values, args, msg := defaults(params, bound)
	if msg != "" {
		t.errorf(a, CodeCall, "%s() %s", callee.Name, msg)
		return nil
	}
	for i, x := range bound {
		if x == nil {
			continue // a default
		}
		if args[i] = t.typeOf(x); args[i] == nil {
			return nil
		}
	}
	if vk := lib.PreludeVariant(callee.Key(), args); vk != "" {
		if v := t.scope().Callee(vk); v != nil && t.p.funcs[v] != nil {
			callee = v // the prelude's body for these types
		}
	}
	if len(callee.Sigs) > 0 {
		// compiled for its declared signatures only (declared.go)
		sig, why := selectDeclared(callee.Name, callee.Sigs, args)
		if sig == nil {
			t.errorf(a, CodeCall, "%s", why)
			return nil
		}
		args = sig.Args
	}
	key := specKey(callee, args)
	if spec, ok := t.p.specs[key]; ok {
		if spec == t.r {
			t.work.read(returnSlot) // typed again when the return type grows
		}
		t.r.Callees[a] = &Callee{Kind: CallUser, Key: types.Key{Name: callee.Key()}, Spec: spec, Args: bound, Defaults: values}
		t.record(a, types.Key{Name: callee.Key()}, &types.Signature{Args: args, Return: spec.Return})
		if spec.Return == nil && t.p.active[key] || spec.NoReturn {
			// a recursive call whose return type is not known yet, or a
			// call that only raises: no value
			return nil
		}
		return spec.Return
	}
	spec, diags := t.p.Specialize(callee, args)
	if diags.HasErrors() {
		if t.final {
			for _, d := range diags {
				d.Notes = append(d.Notes, diag.Related{File: t.r.Func.File, Span: a.Span(), Message: fmt.Sprintf("During: resolving callee %s(%s) at %s:%s", callee.Name, types.ArgsString(args), t.r.Func.File.Name, a.Span().Start)})
			}
			t.diags = append(t.diags, diags...)
			t.failed[a] = true
		}
		return nil
	}
	if spec == nil {
		return nil
	}
	t.r.Callees[a] = &Callee{Kind: CallUser, Key: types.Key{Name: callee.Key()}, Spec: spec, Args: bound, Defaults: values}
	t.record(a, types.Key{Name: callee.Key()}, &types.Signature{Args: args, Return: spec.Return})
	if spec.NoReturn {
		return nil
	}
	return spec.Return
}

func opSymbol(op syntax.Operator, inplace bool) string {
	s := [...]string{"", "+", "-", "*", "@", "/", "%", "**", "<<", ">>", "|", "^", "&", "//"}[op]
	if inplace {
		s += "="
	}
	return s
}

func cmpSymbol(op syntax.CmpOp) string {
	return [...]string{"", "==", "!=", "<", "<=", ">", ">=", "is", "is not", "in", "not in"}[op]
}

func unarySymbol(op syntax.UnaryOpKind) string {
	return [...]string{"", "~", "not", "+", "-"}[op]
}

func isTuple(t types.Type) bool {
	_, ok := t.(*types.Tuple)
	return ok
}

// setItem types target[index] = value.
func (t *typer) setItem(s *ir.SetItem) {
	x, i, v := t.typeOf(s.Target), t.typeOf(s.Index), t.typeOf(s.Value)
	if x == nil || i == nil || v == nil {
		return
	}
	t.operation(s, lib.Op("setitem"), CodeTyping, x, i, v)
}

func uniTuple(t types.Type, n int) *types.Tuple {
	out := &types.Tuple{Elems: make([]types.Type, n)}
	for k := range out.Elems {
		out.Elems[k] = t
	}
	return out
}

// reduction types a.sum() (receiver recorded by getattr) or np.sum(a),
// np.dot(a, b) and a.copy() by the method's template.
func (t *typer) reduction(a *ir.Assign, c *ir.Call, k lib.Key, args []types.Type) types.Type {
	operands := c.Args
	if recv, ok := t.recv[c.Func.ID]; ok {
		operands = append([]*ir.Var{recv}, c.Args...)
		args = append([]types.Type{t.typeOf(recv)}, args...)
	}
	if len(c.Kws) > 0 {
		t.errorf(a, CodeCall, "%s", lib.NoKeywords(k))
		return nil
	}
	sig, err := lib.Accept(k, args)
	if err != nil {
		t.errorf(a, CodeCall, "%s", err)
		return nil
	}
	return t.resolve(a, &Callee{Kind: CallBuiltin, Key: k, Args: operands}, sig.Args, sig.Return)
}

// The keys whose arguments infer binds specially: np.linspace's num and
// np.full's fill_value may be keywords; np.linspace's and np.arange's
// last positional argument is never a dtype.
var (
	npLinspace = lib.Key{Module: types.NumPy, Name: "linspace"}
	npArange   = lib.Key{Module: types.NumPy, Name: "arange"}
	npFull     = lib.Key{Module: types.NumPy, Name: "full"}
)

// dtypeOf reads a dtype argument: np.float64 and friends, or the
// builtins float, int, bool.
func dtypeOf(x types.Type) types.Type {
	switch x := x.(type) {
	case types.DType:
		return x.Elem
	case *types.Callable:
		switch x.Key {
		case types.Builtin("float"):
			return types.Float64
		case types.Builtin("int"):
			return types.Int64
		case types.Builtin("bool"):
			return types.Bool
		case types.Builtin("complex"):
			return types.Complex128
		}
	}
	return nil
}

// allocation types np.zeros(shape, dtype) and the other allocators. The
// call's operands become, in order: the shape (or the template array,
// or the range or linspace bounds), then the fill value for full.
func (t *typer) allocation(a *ir.Assign, c *ir.Call, k lib.Key, args []types.Type) types.Type {
	fail := func(why string) types.Type {
		t.errorf(a, CodeCall, "%s(%s): %s", lib.Name(k), types.ArgsString(args), why)
		return nil
	}
	operands := append([]*ir.Var{}, c.Args...)
	var dtype types.Type
	for _, kw := range c.Kws {
		kt := t.typeOf(kw.Value)
		if kt == nil {
			return nil
		}
		switch {
		case kw.Name == "dtype" && dtypeOf(kt) != nil:
			dtype = dtypeOf(kt)
		case kw.Name == "num" && k == npLinspace && lib.IsIntegral(kt):
			operands = append(operands, kw.Value)
			args = append(args, kt)
		case kw.Name == "fill_value" && k == npFull:
			operands = append(operands, kw.Value)
			args = append(args, kt)
		default:
			return fail("the keyword argument '" + kw.Name + "' is unsupported in nopython mode")
		}
	}
	// a trailing positional dtype
	if n := len(args); n > 1 && dtypeOf(args[n-1]) != nil && k != npLinspace && k != npArange {
		dtype = dtypeOf(args[n-1])
		args, operands = args[:n-1], operands[:n-1]
	}
	// the template takes the dtype given, if any, last
	given := types.Type(types.None)
	if dtype != nil {
		given = types.DType{Elem: dtype}
	}
	sig, err := lib.Accept(k, append(args[:len(args):len(args)], given))
	if err != nil {
		t.errorf(a, CodeCall, "%s", err)
		return nil
	}
	return t.resolve(a, &Callee{Kind: CallBuiltin, Key: k, Args: operands}, sig.Args, sig.Return)
}
