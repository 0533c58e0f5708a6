package ir

import (
	"fmt"
	"math/big"
	"strconv"
	"strings"

	"github.com/pynjit/pynjit/internal/diag"
	"github.com/pynjit/pynjit/internal/resolve"
	"github.com/pynjit/pynjit/internal/slab"
	"github.com/pynjit/pynjit/internal/source"
	"github.com/pynjit/pynjit/internal/syntax"
)

// Diagnostic codes of this stage.
const (
	CodeUnsupported           = diag.CodeUnsupported
	CodeName        diag.Code = "E-name"
)

// Builtins are the names compiled code may use without defining them.
var Builtins = map[string]bool{
	"abs": true, "min": true, "max": true, "int": true, "float": true, "bool": true, "round": true,
	"range": true, "len": true, "divmod": true, "pow": true, "enumerate": true, "zip": true, "complex": true, "print": false,
	"ZeroDivisionError": true, "ValueError": true, "AssertionError": true, "OverflowError": true,
	"IndexError": true, "TypeError": true, "RuntimeError": true, "ArithmeticError": true,
	"KeyError": true, "NotImplementedError": true, "Exception": true,
}

// builder lowers one function's AST to IR.
type builder struct {
	m        *resolve.Module
	f        *Func
	cur      *Block
	n        int // values produced so far in the current block
	locals   map[string]*Var
	loops    []loopTargets
	diags    diag.List
	reads    []readSite // reads of locals, for checkReads
	vars     slab.Slab[Var]
	assigns  slab.Slab[Assign]
	branches slab.Slab[Branch]
}

type loopTargets struct{ cont, brk *Block }

// Build lowers fn to IR and checks its reads of locals: Lower, then
// CheckUnbound.
func Build(m *resolve.Module, fn *resolve.Function) (*Func, diag.List) {
	f, d := Lower(m, fn)
	return f, append(d, CheckUnbound(f)...)
}

// Lower lowers fn to IR. Temporaries are named as Numba names them,
// "$<block label>.<n>", where n counts the values produced in the block,
// reads of local variables included, so "return a + b" in the entry block
// gives "$0.3 = a + b". Block labels count up from 0 in creation order.
// The reads of locals are not checked yet: CheckUnbound must run before
// the IR is typed (package build runs it first in its untyped passes).
func Lower(m *resolve.Module, fn *resolve.Function) (*Func, diag.List) {
	b := lower(m, fn)
	b.f.reads = b.reads
	return b.f, b.diags
}

// CheckUnbound checks the reads of locals of f, just lowered by Lower:
// a read no path reaches assigned is an error, and one some paths reach
// unassigned gets a CheckBound (see checkReads). It runs once; the reads
// Lower recorded are dropped, and the function compacted (alloc.go).
func CheckUnbound(f *Func) diag.List {
	b := &builder{f: f, reads: f.reads, vars: slab.New[Var](2), assigns: slab.New[Assign](2), branches: slab.New[Branch](2)}
	f.reads = nil
	b.checkReads()
	f.compact()
	return b.diags
}

// lower lowers fn's body, recording the reads of locals for checkReads.
func lower(m *resolve.Module, fn *resolve.Function) *builder {
	d := fn.Def
	b := &builder{m: m, f: &Func{Name: fn.Name, File: m.File, Def: d}, locals: map[string]*Var{}, branches: slab.New[Branch](2)}
	b.cur = b.newBlock()
	for _, name := range assignedNames(d) {
		b.local(name, d.Span())
	}
	var first source.Span
	if len(d.Body) > 0 {
		first = d.Body[0].Span()
	}
	if a := d.Args; resolve.HasStarParams(a) {
		b.unsupported(a.Span(), "*args and **kwargs parameters are unsupported in nopython mode")
		return b // the body's reads of those parameters would be false NameErrors
	}
	for i, p := range resolve.Params(d.Args) {
		v := b.locals[p.Name]
		v.span = source.Pack(p.Arg.Span())
		b.f.Params = append(b.f.Params, p.Name)
		b.emit(b.assignInst(first, v, &Arg{Index: i, Name: p.Name}))
	}
	b.stmts(d.Body)
	if b.cur != nil {
		end := d.Span()
		end.Start = end.End
		none := b.temp(end)
		b.emit(b.assignInst(end, none, &Const{Value: NoneConst{}}))
		b.ret(none, end)
	}
	return b
}

// assignedNames lists the names a function assigns (its locals), params
// first, in order of appearance.
func assignedNames(d *syntax.FunctionDef) []string {
	var names []string
	seen := map[string]bool{}
	add := func(n string) {
		if !seen[n] {
			seen[n] = true
			names = append(names, n)
		}
	}
	for _, p := range resolve.Params(d.Args) {
		add(p.Name)
	}
	var target func(e syntax.Expr)
	target = func(e syntax.Expr) {
		switch e := e.(type) {
		case *syntax.Name:
			add(e.Id)
		case *syntax.Tuple:
			for _, x := range e.Elts {
				target(x)
			}
		case *syntax.List:
			for _, x := range e.Elts {
				target(x)
			}
		case *syntax.Starred:
			target(e.Value)
		}
	}
	var walk func(ss []syntax.Stmt)
	walk = func(ss []syntax.Stmt) {
		for _, s := range ss {
			switch s := s.(type) {
			case *syntax.Assign:
				for _, t := range s.Targets {
					target(t)
				}
			case *syntax.AugAssign:
				target(s.Target)
			case *syntax.AnnAssign:
				target(s.Target)
			case *syntax.For:
				target(s.Target)
				walk(s.Body)
				walk(s.Orelse)
			case *syntax.While:
				walk(s.Body)
				walk(s.Orelse)
			case *syntax.If:
				for { // an elif chain in a loop, not a recursion as deep
					walk(s.Body)
					if len(s.Orelse) != 1 {
						break
					}
					elif, ok := s.Orelse[0].(*syntax.If)
					if !ok {
						break
					}
					s = elif
				}
				walk(s.Orelse)
			}
		}
	}
	walk(d.Body)
	return names
}

func (b *builder) newBlock() *Block {
	blk := &Block{Label: len(b.f.Blocks)}
	b.f.Blocks = append(b.f.Blocks, blk)
	return blk
}

// enter makes blk the current block.
func (b *builder) enter(blk *Block) {
	b.cur = blk
	b.n = 0
}

// newVar allocates a Var from the builder's slab.
func (b *builder) newVar() *Var { return b.vars.Alloc() }

// assignInst allocates "target = value" at span from the builder's slab.
func (b *builder) assignInst(span source.Span, target *Var, value Value) *Assign {
	a := b.assigns.Alloc()
	a.At, a.Target, a.Value = at(span), target, value
	return a
}

func (b *builder) local(name string, span source.Span) *Var {
	if v, ok := b.locals[name]; ok {
		return v
	}
	v := b.newVar()
	*v = Var{ID: len(b.f.Vars), Name: name, span: source.Pack(span)}
	b.f.Vars = appendDoubling(b.f.Vars, v)
	b.locals[name] = v
	return v
}

// temp makes the next temporary of the current block.
func (b *builder) temp(span source.Span) *Var {
	b.n++
	name := make([]byte, 0, 16)
	name = strconv.AppendInt(append(name, '$'), int64(b.cur.Label), 10)
	name = strconv.AppendInt(append(name, '.'), int64(b.n), 10)
	v := b.newVar()
	*v = Var{ID: len(b.f.Vars), Name: string(name), span: source.Pack(span), Temp: true}
	b.f.Vars = appendDoubling(b.f.Vars, v)
	return v
}

func (b *builder) emit(i Inst) {
	if b.cur == nil {
		return
	}
	b.f.number(i)
	b.cur.Insts = appendDoubling(b.cur.Insts, i)
}

// number gives i the next instruction ID of f.
func (f *Func) number(i Inst) {
	i.number(f.NumInsts)
	f.NumInsts++
}

// appendDoubling appends x to s, doubling its capacity when full: append
// grows a large slice by a quarter, which copies a block of 100,000
// statements' instructions five times over instead of twice.
func appendDoubling[T any](s []T, x T) []T {
	if len(s) == cap(s) && len(s) >= 256 {
		s = append(make([]T, 0, 2*len(s)), s...)
	}
	return append(s, x)
}

// assign emits "$t = value" and returns $t.
func (b *builder) assign(span source.Span, value Value) *Var {
	t := b.temp(span)
	b.emit(b.assignInst(span, t, value))
	return t
}

func (b *builder) jump(to *Block, span source.Span) {
	if b.cur != nil {
		b.emit(&Jump{At: at(span), Target: to})
	}
	b.cur = nil
}

func (b *builder) branch(cond *Var, t, f *Block, span source.Span) {
	br := b.branches.Alloc()
	br.At, br.Cond, br.True, br.False = at(span), cond, t, f
	b.emit(br)
	b.cur = nil
}

func (b *builder) ret(v *Var, span source.Span) {
	c := b.assign(span, &Cast{Value: v})
	b.emit(&Return{At: at(span), Value: c})
	b.cur = nil
}

func (b *builder) unsupported(span source.Span, format string, args ...any) {
	b.diags.Errorf(CodeUnsupported, b.m.File, span, format, args...)
}

func (b *builder) stmts(ss []syntax.Stmt) {
	for i, s := range ss {
		if b.cur == nil {
			return // the rest is unreachable
		}
		if i == 0 && isDocstring(s) && b.f.Def != nil && len(b.f.Def.Body) > 0 && s == b.f.Def.Body[0] {
			continue
		}
		b.stmt(s)
	}
}

func isDocstring(s syntax.Stmt) bool {
	e, ok := s.(*syntax.ExprStmt)
	if !ok {
		return false
	}
	c, ok := e.Value.(*syntax.Constant)
	if !ok {
		return false
	}
	_, ok = c.Value.(string)
	return ok
}

func (b *builder) stmt(s syntax.Stmt) {
	span := s.Span()
	switch s := s.(type) {
	case *syntax.ExprStmt:
		if c, ok := s.Value.(*syntax.Constant); ok {
			if _, isStr := c.Value.(string); isStr {
				return // a string statement is a comment
			}
		}
		b.expr(s.Value)
	case *syntax.Pass:
	case *syntax.Return:
		var v *Var
		if s.Value == nil {
			v = b.assign(span, &Const{Value: NoneConst{}})
		} else {
			v = b.expr(s.Value)
		}
		if v != nil {
			b.ret(v, span)
		}
	case *syntax.Assign:
		v := b.valueOrPoison(s.Value)
		for _, t := range s.Targets {
			b.store(t, v, span)
		}
	case *syntax.AnnAssign:
		if s.Value != nil {
			b.store(s.Target, b.valueOrPoison(s.Value), span)
		}
	case *syntax.AugAssign:
		if sub, ok := s.Target.(*syntax.Subscript); ok {
			// a[i] += x: the container and index are evaluated once.
			base, idx := b.expr(sub.Value), b.index(sub.Slice)
			if base == nil || idx == nil {
				return
			}
			cur := b.assign(sub.Span(), &GetItem{Value: base, Index: idx})
			v := b.expr(s.Value)
			if v == nil {
				return
			}
			r := b.assign(span, &BinOp{Op: s.Op, Lhs: cur, Rhs: v, Inplace: true})
			b.emit(&SetItem{At: at(span), Target: base, Index: idx, Value: r})
			return
		}
		name, ok := s.Target.(*syntax.Name)
		if !ok {
			b.unsupported(s.Target.Span(), "augmented assignment to %s is unsupported in nopython mode", targetKind(s.Target))
			return
		}
		cur := b.load(name)
		v := b.expr(s.Value)
		if cur == nil || v == nil {
			b.store(name, b.assign(span, &Poison{}), span)
			return
		}
		r := b.assign(span, &BinOp{Op: s.Op, Lhs: cur, Rhs: v, Inplace: true})
		b.emit(b.assignInst(span, b.locals[name.Id], &Copy{Source: r}))
	case *syntax.If:
		b.ifStmt(s)
	case *syntax.While:
		b.whileStmt(s)
	case *syntax.For:
		b.forStmt(s)
	case *syntax.Break:
		if len(b.loops) == 0 {
			b.unsupported(span, "'break' outside loop")
			return
		}
		b.jump(b.loops[len(b.loops)-1].brk, span)
	case *syntax.Continue:
		if len(b.loops) == 0 {
			b.unsupported(span, "'continue' not properly in loop")
			return
		}
		b.jump(b.loops[len(b.loops)-1].cont, span)
	case *syntax.Raise:
		b.raise(s)
	case *syntax.Assert:
		cond := b.expr(s.Test)
		if cond == nil {
			return
		}
		fail, ok := b.newBlock(), b.newBlock()
		b.branch(cond, ok, fail, span)
		b.enter(fail)
		msg := b.constMessage(s.Msg)
		b.emit(&Raise{At: at(span), Class: "AssertionError", Message: msg})
		b.enter(ok)
	default:
		b.unsupported(keywordSpan(s), "%s is unsupported in nopython mode", stmtKind(s))
	}
}

// keywordSpan narrows a compound statement's span to its first line's
// keyword, so a diagnostic underlines "try", not the whole block.
func keywordSpan(s syntax.Stmt) source.Span {
	sp := s.Span()
	kw := map[string]int{"'try' statement": 3, "'with' statement": 4, "'class' definition": 5,
		"a nested function definition": 3, "'match' statement": 5, "'async for' statement": 5}[stmtKind(s)]
	if kw > 0 {
		sp.End = source.Pos{Line: sp.Start.Line, Col: sp.Start.Col + kw}
	}
	return sp
}

// constMessage returns the string of a constant exception message.
func (b *builder) constMessage(e syntax.Expr) *string {
	if e == nil {
		return nil
	}
	c, ok := e.(*syntax.Constant)
	if ok {
		if s, ok := c.Value.(string); ok {
			return &s
		}
	}
	b.unsupported(e.Span(), "only a constant string message is supported here in nopython mode")
	return nil
}

func (b *builder) raise(s *syntax.Raise) {
	span := s.Span()
	if s.Exc == nil || s.Cause != nil {
		b.unsupported(span, "only 'raise ExceptionClass' and 'raise ExceptionClass(\"message\")' are supported in nopython mode")
		return
	}
	var name *syntax.Name
	var msg *string
	switch e := s.Exc.(type) {
	case *syntax.Name:
		name = e
	case *syntax.Call:
		n, ok := e.Func.(*syntax.Name)
		if ok && len(e.Keywords) == 0 && len(e.Args) <= 1 {
			name = n
			if len(e.Args) == 1 {
				msg = b.constMessage(e.Args[0])
			}
		}
	}
	if name == nil || !Builtins[name.Id] || name.Id[0] < 'A' || name.Id[0] > 'Z' {
		b.unsupported(s.Exc.Span(), "only builtin exception classes can be raised in nopython mode")
		return
	}
	b.emit(&Raise{At: at(span), Class: name.Id, Message: msg})
	b.cur = nil
}

// ifStmt lowers an if statement. An elif (an else whose one statement is
// an if) is lowered in a loop, as the recursion through stmts would
// lower it, block for block: a chain of 100,000 branches made that
// recursion 300,000 calls deep, a goroutine stack the collector scanned
// again at every cycle.
func (b *builder) ifStmt(s *syntax.If) {
	type level struct {
		s   *syntax.If
		end *Block // where its branches join, once made
	}
	var levels []level
	for {
		cond := b.expr(s.Test)
		if cond == nil {
			break
		}
		then, els := b.newBlock(), b.newBlock()
		var end *Block
		b.branch(cond, then, els, s.Test.Span())
		b.enter(then)
		b.stmts(s.Body)
		if b.cur != nil {
			end = b.newBlock()
			b.jump(end, s.Span())
		}
		b.enter(els)
		levels = append(levels, level{s, end})
		if len(s.Orelse) == 1 {
			if elif, ok := s.Orelse[0].(*syntax.If); ok {
				s = elif
				continue
			}
		}
		b.stmts(s.Orelse)
		break
	}
	for i := len(levels) - 1; i >= 0; i-- {
		l := levels[i]
		if b.cur != nil {
			if l.end == nil {
				l.end = b.newBlock()
			}
			b.jump(l.end, l.s.Span())
		}
		if l.end != nil {
			b.enter(l.end)
		}
	}
}

func (b *builder) whileStmt(s *syntax.While) {
	head := b.newBlock()
	b.jump(head, s.Span())
	b.enter(head)
	cond := b.expr(s.Test)
	if cond == nil {
		return
	}
	body, els, end := b.newBlock(), b.newBlock(), b.newBlock()
	b.branch(cond, body, els, s.Test.Span())
	b.loops = append(b.loops, loopTargets{cont: head, brk: end})
	b.enter(body)
	b.stmts(s.Body)
	b.jump(head, s.Span())
	b.loops = b.loops[:len(b.loops)-1]
	b.enter(els)
	b.stmts(s.Orelse)
	b.jump(end, s.Span())
	b.enter(end)
}

func (b *builder) forStmt(s *syntax.For) {
	span := s.Span()
	r := b.valueOrPoison(s.Iter)
	it := b.assign(s.Iter.Span(), &GetIter{Value: r})
	head := b.newBlock()
	b.jump(head, span)
	b.enter(head)
	pair := b.assign(s.Iter.Span(), &IterNext{Iter: it})
	val := b.assign(s.Iter.Span(), &PairFirst{Pair: pair})
	valid := b.assign(s.Iter.Span(), &PairSecond{Pair: pair})
	body, els, end := b.newBlock(), b.newBlock(), b.newBlock()
	b.branch(valid, body, els, s.Iter.Span())
	b.loops = append(b.loops, loopTargets{cont: head, brk: end})
	b.enter(body)
	b.store(s.Target, val, s.Target.Span())
	b.stmts(s.Body)
	b.jump(head, span)
	b.loops = b.loops[:len(b.loops)-1]
	b.enter(els)
	b.stmts(s.Orelse)
	b.jump(end, span)
	b.enter(end)
}

// valueOrPoison lowers e, or after an error gives a Poison to assign in
// its place.
func (b *builder) valueOrPoison(e syntax.Expr) *Var {
	if v := b.expr(e); v != nil {
		return v
	}
	return b.assign(e.Span(), &Poison{})
}

// store assigns v to a target: a name or a tuple of names.
func (b *builder) store(t syntax.Expr, v *Var, span source.Span) {
	switch t := t.(type) {
	case *syntax.Name:
		b.emit(b.assignInst(span, b.locals[t.Id], &Copy{Source: v}))
	case *syntax.Tuple, *syntax.List:
		var elts []syntax.Expr
		if tt, ok := t.(*syntax.Tuple); ok {
			elts = tt.Elts
		} else {
			elts = t.(*syntax.List).Elts
		}
		items := make([]*Var, len(elts))
		for i := range elts {
			items[i] = b.assign(span, &StaticGetItem{Value: v, Index: i})
		}
		for i, e := range elts {
			b.store(e, items[i], span)
		}
	case *syntax.Subscript:
		base, idx := b.expr(t.Value), b.index(t.Slice)
		if base != nil && idx != nil {
			b.emit(&SetItem{At: at(span), Target: base, Index: idx, Value: v})
		}
	default:
		b.unsupported(t.Span(), "assignment to %s is unsupported in nopython mode", targetKind(t))
	}
}

// index lowers a subscript's index: an expression, a slice, or a tuple
// of them.
func (b *builder) index(e syntax.Expr) *Var {
	switch e := e.(type) {
	case *syntax.Slice:
		return b.slice(e)
	case *syntax.Tuple:
		items := make([]*Var, len(e.Elts))
		for i, x := range e.Elts {
			if items[i] = b.index(x); items[i] == nil {
				return nil
			}
		}
		return b.assign(e.Span(), &BuildTuple{Items: items})
	}
	return b.expr(e)
}

func (b *builder) slice(s *syntax.Slice) *Var {
	part := func(e syntax.Expr) (*Var, bool) {
		if e == nil {
			return nil, true
		}
		v := b.expr(e)
		return v, v != nil
	}
	start, ok1 := part(s.Lower)
	stop, ok2 := part(s.Upper)
	step, ok3 := part(s.Step)
	if !ok1 || !ok2 || !ok3 {
		return nil
	}
	return b.assign(s.Span(), &BuildSlice{Start: start, Stop: stop, Step: step})
}

func targetKind(e syntax.Expr) string {
	switch e.(type) {
	case *syntax.Subscript:
		return "a subscript"
	case *syntax.Attribute:
		return "an attribute"
	case *syntax.Starred:
		return "a starred target"
	}
	return "this target"
}

// load reads a local or global name.
func (b *builder) load(n *syntax.Name) *Var {
	if v, ok := b.locals[n.Id]; ok {
		b.n++ // Numba counts the read as a value of the block
		if b.cur != nil {
			b.reads = appendDoubling(b.reads, readSite{v, n, b.cur, len(b.cur.Insts)})
		}
		return v
	}
	if _, ok := b.m.Globals[n.Id]; ok || Builtins[n.Id] {
		return b.assign(n.Span(), &Global{Name: n.Id})
	}
	if pythonBuiltins[n.Id] {
		b.unsupported(n.Span(), "the builtin '%s' is unsupported in nopython mode", n.Id)
		return nil
	}
	d := b.diags.Errorf(CodeName, b.m.File, n.Span(), "NameError: name '%s' is not defined", n.Id)
	var known []string
	for name := range b.locals {
		known = append(known, name)
	}
	for name := range b.m.Globals {
		known = append(known, name)
	}
	for name, ok := range Builtins {
		if ok {
			known = append(known, name)
		}
	}
	if s := diag.Closest(n.Id, known); s != "" {
		d.Suggestions = append(d.Suggestions, fmt.Sprintf("did you mean '%s'?", s))
	}
	return nil
}

// pythonBuiltins are the names of CPython 3.11's builtins module: using
// one that nopython mode lacks is unsupported, not a NameError.
var pythonBuiltins = func() map[string]bool {
	m := map[string]bool{}
	for _, n := range strings.Fields(`ArithmeticError AssertionError AttributeError BaseException
		BaseExceptionGroup BlockingIOError BrokenPipeError BufferError BytesWarning ChildProcessError
		ConnectionAbortedError ConnectionError ConnectionRefusedError ConnectionResetError
		DeprecationWarning EOFError Ellipsis EncodingWarning EnvironmentError Exception ExceptionGroup
		FileExistsError FileNotFoundError FloatingPointError FutureWarning GeneratorExit IOError
		ImportError ImportWarning IndentationError IndexError InterruptedError IsADirectoryError
		KeyError KeyboardInterrupt LookupError MemoryError ModuleNotFoundError NameError
		NotADirectoryError NotImplemented NotImplementedError OSError OverflowError
		PendingDeprecationWarning PermissionError ProcessLookupError RecursionError ReferenceError
		ResourceWarning RuntimeError RuntimeWarning StopAsyncIteration StopIteration SyntaxError
		SyntaxWarning SystemError SystemExit TabError TimeoutError TypeError UnboundLocalError
		UnicodeDecodeError UnicodeEncodeError UnicodeError UnicodeTranslateError UnicodeWarning
		UserWarning ValueError Warning ZeroDivisionError abs aiter all anext any ascii bin bool
		breakpoint bytearray bytes callable chr classmethod compile complex copyright credits delattr
		dict dir divmod enumerate eval exec exit filter float format frozenset getattr globals hasattr
		hash help hex id input int isinstance issubclass iter len license list locals map max
		memoryview min next object oct open ord pow print property quit range repr reversed round set
		setattr slice sorted staticmethod str sum super tuple type vars zip`) {
		m[n] = true
	}
	return m
}()

// expr lowers an expression and returns the variable holding its value,
// or nil after reporting an error.
func (b *builder) expr(e syntax.Expr) *Var {
	span := e.Span()
	switch e := e.(type) {
	case *syntax.Name:
		return b.load(e)
	case *syntax.Constant:
		switch v := e.Value.(type) {
		case *big.Int:
			if !v.IsInt64() {
				if v.BitLen() > 1024 { // its digits would make the message, and take long to print
					b.unsupported(span, "integer literal of %d bits does not fit in int64", v.BitLen())
					return nil
				}
				b.unsupported(span, "integer literal %s does not fit in int64", v)
				return nil
			}
			return b.assign(span, &Const{Value: v.Int64()})
		case float64, bool:
			return b.assign(span, &Const{Value: v})
		case syntax.Imaginary:
			return b.assign(span, &Const{Value: complex(0, float64(v))})
		case syntax.NoneValue:
			return b.assign(span, &Const{Value: NoneConst{}})
		case string:
			b.unsupported(span, "strings are unsupported in nopython mode (except as exception messages)")
			return nil
		}
		b.unsupported(span, "this constant is unsupported in nopython mode")
		return nil
	case *syntax.BinOp:
		l, r := b.expr(e.Left), b.expr(e.Right)
		if l == nil || r == nil {
			return nil
		}
		return b.assign(span, &BinOp{Op: e.Op, Lhs: l, Rhs: r})
	case *syntax.UnaryOp:
		v := b.expr(e.Operand)
		if v == nil {
			return nil
		}
		return b.assign(span, &UnaryOp{Op: e.Op, Operand: v})
	case *syntax.BoolOp:
		return b.boolOp(e)
	case *syntax.Compare:
		return b.compare(e)
	case *syntax.IfExp:
		return b.ifExp(e)
	case *syntax.Call:
		if n, ok := e.Func.(*syntax.Name); ok && n.Id == "print" && b.locals[n.Id] == nil && b.m.Globals[n.Id] == nil {
			return b.print(e)
		}
		fn := b.expr(e.Func)
		if fn == nil {
			return nil
		}
		var args []*Var
		arg := b.expr
		if b.isNumpyArray(e.Func) {
			arg = b.display // np.array([...]): nparray.go
		}
		for _, a := range e.Args {
			if _, ok := a.(*syntax.Starred); ok {
				b.unsupported(a.Span(), "*args in calls are unsupported in nopython mode")
				return nil
			}
			v := arg(a)
			if v == nil {
				return nil
			}
			args = append(args, v)
		}
		var kws []Keyword
		for _, k := range e.Keywords {
			if k.Arg == nil {
				b.unsupported(k.Span(), "**kwargs in calls are unsupported in nopython mode")
				return nil
			}
			v := b.expr(k.Value)
			if v == nil {
				return nil
			}
			kws = append(kws, Keyword{Name: *k.Arg, Value: v})
		}
		return b.assign(span, &Call{Func: fn, Args: args, Kws: kws})
	case *syntax.Attribute:
		v := b.expr(e.Value)
		if v == nil {
			return nil
		}
		return b.assign(span, &GetAttr{Value: v, Attr: e.Attr})
	case *syntax.Tuple:
		var items []*Var
		for _, x := range e.Elts {
			v := b.expr(x)
			if v == nil {
				return nil
			}
			items = append(items, v)
		}
		return b.assign(span, &BuildTuple{Items: items})
	case *syntax.Subscript:
		v := b.expr(e.Value)
		if v == nil {
			return nil
		}
		if i, ok := constIndex(e.Slice); ok {
			return b.assign(span, &StaticGetItem{Value: v, Index: i})
		}
		idx := b.index(e.Slice)
		if idx == nil {
			return nil
		}
		return b.assign(span, &GetItem{Value: v, Index: idx})
	}
	b.unsupported(span, "%s is unsupported in nopython mode", exprKind(e))
	return nil
}

// boolOp lowers "a and b" / "a or b" with short-circuit evaluation; the
// result is the last operand evaluated, as in Python.
func (b *builder) boolOp(e *syntax.BoolOp) *Var {
	span := e.Span()
	res := b.temp(span)
	end := b.newBlock()
	for i, x := range e.Values {
		v := b.expr(x)
		if v == nil {
			return nil
		}
		b.emit(b.assignInst(span, res, &Copy{Source: v}))
		if i == len(e.Values)-1 {
			b.jump(end, span)
			break
		}
		next := b.newBlock()
		if e.Op == syntax.And {
			b.branch(v, next, end, span)
		} else {
			b.branch(v, end, next, span)
		}
		b.enter(next)
	}
	b.enter(end)
	return res
}

// compare lowers a comparison chain; each middle operand is evaluated
// once and the chain stops at the first false link.
func (b *builder) compare(e *syntax.Compare) *Var {
	span := e.Span()
	left := b.expr(e.Left)
	if left == nil {
		return nil
	}
	if len(e.Ops) == 1 {
		right := b.expr(e.Comparators[0])
		if right == nil {
			return nil
		}
		return b.assign(span, &Compare{Op: e.Ops[0], Lhs: left, Rhs: right})
	}
	res := b.temp(span)
	end := b.newBlock()
	for i, op := range e.Ops {
		right := b.expr(e.Comparators[i])
		if right == nil {
			return nil
		}
		c := b.assign(span, &Compare{Op: op, Lhs: left, Rhs: right})
		b.emit(b.assignInst(span, res, &Copy{Source: c}))
		if i == len(e.Ops)-1 {
			b.jump(end, span)
			break
		}
		next := b.newBlock()
		b.branch(c, next, end, span)
		b.enter(next)
		left = right
	}
	b.enter(end)
	return res
}

func (b *builder) ifExp(e *syntax.IfExp) *Var {
	span := e.Span()
	cond := b.expr(e.Test)
	if cond == nil {
		return nil
	}
	res := b.temp(span)
	then, els, end := b.newBlock(), b.newBlock(), b.newBlock()
	b.branch(cond, then, els, span)
	b.enter(then)
	if v := b.expr(e.Body); v != nil {
		b.emit(b.assignInst(span, res, &Copy{Source: v}))
	}
	b.jump(end, span)
	b.enter(els)
	if v := b.expr(e.Orelse); v != nil {
		b.emit(b.assignInst(span, res, &Copy{Source: v}))
	}
	b.jump(end, span)
	b.enter(end)
	return res
}

func stmtKind(s syntax.Stmt) string {
	switch s.(type) {
	case *syntax.Try, *syntax.TryStar:
		return "'try' statement"
	case *syntax.With, *syntax.AsyncWith:
		return "'with' statement"
	case *syntax.ClassDef:
		return "'class' definition"
	case *syntax.FunctionDef, *syntax.AsyncFunctionDef:
		return "a nested function definition"
	case *syntax.Global:
		return "'global' statement"
	case *syntax.Nonlocal:
		return "'nonlocal' statement"
	case *syntax.Delete:
		return "'del' statement"
	case *syntax.Import, *syntax.ImportFrom:
		return "'import' inside a function"
	case *syntax.Match:
		return "'match' statement"
	case *syntax.AsyncFor:
		return "'async for' statement"
	case *syntax.TypeAlias:
		return "'type' statement"
	}
	return "this statement"
}

func exprKind(e syntax.Expr) string {
	switch e.(type) {
	case *syntax.Lambda:
		return "'lambda'"
	case *syntax.ListComp:
		return "a list comprehension"
	case *syntax.SetComp:
		return "a set comprehension"
	case *syntax.DictComp:
		return "a dict comprehension"
	case *syntax.GeneratorExp:
		return "a generator expression"
	case *syntax.Yield, *syntax.YieldFrom:
		return "'yield'"
	case *syntax.Await:
		return "'await'"
	case *syntax.List:
		return "a list"
	case *syntax.Dict:
		return "a dict"
	case *syntax.Set:
		return "a set"
	case *syntax.JoinedStr:
		return "an f-string"
	case *syntax.NamedExpr:
		return "the walrus operator ':='"
	case *syntax.Starred:
		return "a starred expression"
	case *syntax.Slice:
		return "a slice"
	}
	return "this expression"
}

// constIndex reads a constant index: an integer literal, or minus one.
func constIndex(e syntax.Expr) (int, bool) {
	neg := false
	if u, ok := e.(*syntax.UnaryOp); ok && u.Op == syntax.USub {
		neg, e = true, u.Operand
	}
	c, ok := e.(*syntax.Constant)
	if !ok {
		return 0, false
	}
	i, ok := c.Value.(*big.Int)
	if !ok || !i.IsInt64() || i.Int64() > 1<<31 {
		return 0, false
	}
	if neg {
		return -int(i.Int64()), true
	}
	return int(i.Int64()), true
}

// print lowers a call of print: its arguments may be string literals
// and f-strings as well as values; sep and end must be string literals.
func (b *builder) print(e *syntax.Call) *Var {
	p := &Print{Sep: " ", End: "\n"}
	for _, kw := range e.Keywords {
		if kw.Arg == nil || (*kw.Arg != "sep" && *kw.Arg != "end") {
			b.unsupported(kw.Span(), "print() supports only the sep= and end= keywords in nopython mode")
			return nil
		}
		text, ok := syntax.StringValue(kw.Value)
		if !ok {
			b.unsupported(kw.Value.Span(), "print(%s=...) must be a string literal in nopython mode", *kw.Arg)
			return nil
		}
		if *kw.Arg == "sep" {
			p.Sep = text
		} else {
			p.End = text
		}
	}
	for _, a := range e.Args {
		if _, ok := a.(*syntax.Starred); ok {
			b.unsupported(a.Span(), "*args in calls are unsupported in nopython mode")
			return nil
		}
		arg, ok := b.printArg(a)
		if !ok {
			return nil
		}
		p.Args = append(p.Args, arg)
	}
	return b.assign(e.Span(), p)
}

func (b *builder) printArg(a syntax.Expr) (PrintArg, bool) {
	if text, ok := syntax.StringValue(a); ok {
		return PrintArg{Parts: []PrintPart{{Text: text}}}, true
	}
	js, ok := a.(*syntax.JoinedStr)
	if !ok {
		v := b.expr(a)
		return PrintArg{Parts: []PrintPart{{Value: v}}}, v != nil
	}
	arg := PrintArg{Parts: make([]PrintPart, 0, len(js.Values))}
	for _, part := range js.Values {
		if text, ok := syntax.StringValue(part); ok {
			arg.Parts = append(arg.Parts, PrintPart{Text: text})
			continue
		}
		fv := part.(*syntax.FormattedValue)
		spec := ""
		if fv.FormatSpec != nil {
			for _, sp := range fv.FormatSpec.(*syntax.JoinedStr).Values {
				text, ok := syntax.StringValue(sp)
				if !ok {
					b.unsupported(sp.Span(), "a computed format spec is unsupported in nopython mode")
					return arg, false
				}
				spec += text
			}
		}
		v := b.expr(fv.Value)
		if v == nil {
			return arg, false
		}
		conv := byte(0)
		if fv.Conversion > 0 {
			conv = byte(fv.Conversion)
		}
		arg.Parts = append(arg.Parts, PrintPart{Value: v, Spec: spec, Conversion: conv})
	}
	return arg, true
}
