// Package facts derives, from a typed function (package infer's Result),
// what code generation may assume about its integer variables: which
// temporaries hold a constant, and which variables cannot be negative at
// a given instruction.
//
// Non-negativity is what lets Python's integer // and % drop their sign
// fix-ups and array indexing drop its wrap-around for negative indexes,
// where a C compiler would never have needed them. It is proved, never
// guessed: with int64 wrap-around a sum of non-negative values can be
// negative, so only operations whose result keeps its sign whatever the
// values (x % y for y >= 0, x & y, x >> k, ...) and the values a range
// yields carry the fact. LLVM cannot see most of these through the
// loops' phis: the induction over the loop (b stays >= 0 because
// a % b >= 0 when b >= 0) is done here, as a forward data-flow analysis
// taking the greatest fixed point.
package facts

import (
	"github.com/pynjit/pynjit/internal/infer"
	pir "github.com/pynjit/pynjit/internal/ir"
	"github.com/pynjit/pynjit/internal/syntax"
	"github.com/pynjit/pynjit/internal/types"
)

// Facts holds what Analyze proved about one specialization.
type Facts struct {
	// Consts are the temporaries assigned exactly once, an integer
	// constant (a literal, or a negated one).
	Consts map[int]int64
	known  map[query]bool
}

// query names one recorded fact: v (or, with items, every item of the
// tuple v) is non-negative just before instruction at.
type query struct {
	at    pir.Inst
	v     int
	items bool
}

// NonNeg reports whether integer variable v is known to be >= 0 just
// before instruction at. Facts are recorded for the operands of // and %
// and for indexes (GetItem, SetItem); other queries report false.
func (f *Facts) NonNeg(at pir.Inst, v *pir.Var) bool {
	return f.known[query{at, v.ID, false}]
}

// ItemsNonNeg reports whether every item of the tuple v (a tuple of
// indexes) is known to be >= 0 just before instruction at.
func (f *Facts) ItemsNonNeg(at pir.Inst, v *pir.Var) bool {
	return f.known[query{at, v.ID, true}]
}

// Keeps reports whether converting a non-negative value of integer type
// from to integer type to leaves it non-negative: the same type, or a
// wider one, or one as wide with the same signedness.
func Keeps(from, to types.Type) bool {
	f, ok1 := from.(types.Int)
	t, ok2 := to.(types.Int)
	if !ok1 || !ok2 {
		return false
	}
	return t.Bits > f.Bits || t.Bits == f.Bits && t.Signed == f.Signed
}

// Analyze computes the facts of s.
func Analyze(s *infer.Result) *Facts {
	a := &analysis{s: s, n: len(s.Func.Vars), f: &Facts{Consts: IntConstants(s.Func), known: map[query]bool{}}}
	for as, k := range s.Folded {
		if n, ok := k.(int64); ok && as.Target.Temp {
			a.f.Consts[as.Target.ID] = n // folded as CPython folds (infer)
		}
	}
	a.solve()
	a.record()
	return a.f
}

// IntConstants finds the temporaries assigned exactly once, to an integer
// literal or to the negation of a temporary that is one.
func IntConstants(f *pir.Func) map[int]int64 {
	assigns := map[int]int{}
	consts := map[int]int64{}
	for _, b := range f.Blocks {
		for _, inst := range b.Insts {
			a, ok := inst.(*pir.Assign)
			if !ok || !a.Target.Temp {
				continue
			}
			assigns[a.Target.ID]++
			switch v := a.Value.(type) {
			case *pir.Const:
				if n, ok := v.Value.(int64); ok {
					consts[a.Target.ID] = n
				}
			case *pir.UnaryOp:
				// the builder emits a literal before its negation
				if n, ok := consts[v.Operand.ID]; ok && v.Op == syntax.USub && v.Operand.Temp && n != -n {
					consts[a.Target.ID] = -n
				}
			}
		}
	}
	for id := range consts {
		if assigns[id] != 1 {
			delete(consts, id)
		}
	}
	return consts
}

// The facts of one variable, as bit offsets (times the variable count)
// into a state.
const (
	factNonNeg = iota // an integer >= 0
	factRange         // a range or its iterator, yielding integers >= 0
	factItems         // a tuple (or an iteration pair) whose items are >= 0
	numFacts
)

// state is a set of facts, one bit per fact and variable.
type state []uint64

func (s state) has(fact, n, id int) bool {
	i := fact*n + id
	return s[i/64]&(1<<(i%64)) != 0
}

func (s state) set(fact, n, id int, on bool) {
	i := fact*n + id
	if on {
		s[i/64] |= 1 << (i % 64)
	} else {
		s[i/64] &^= 1 << (i % 64)
	}
}

// meet keeps in s only the facts also in t, reporting whether s changed.
func (s state) meet(t state) bool {
	changed := false
	for i := range s {
		if w := s[i] & t[i]; w != s[i] {
			s[i], changed = w, true
		}
	}
	return changed
}

type analysis struct {
	s  *infer.Result
	n  int // variables
	f  *Facts
	in map[*pir.Block]state
}

// solve finds the facts holding at the start of every reachable block: a
// block's facts are those of all its predecessors' ends, starting from
// "everything" for a block not reached yet, so that a fact a loop keeps
// survives around the loop.
func (a *analysis) solve() {
	blocks := a.s.Func.Blocks
	if len(blocks) == 0 {
		return
	}
	words := (numFacts*a.n + 63) / 64
	a.in = map[*pir.Block]state{blocks[0]: make(state, words)}
	work := []*pir.Block{blocks[0]}
	queued := map[*pir.Block]bool{blocks[0]: true}
	cur := make(state, words)
	for len(work) > 0 {
		b := work[len(work)-1]
		work = work[:len(work)-1]
		queued[b] = false
		copy(cur, a.in[b])
		for _, inst := range b.Insts {
			a.transfer(cur, inst)
		}
		for _, succ := range b.Successors() {
			in, seen := a.in[succ]
			switch {
			case !seen:
				a.in[succ] = append(state(nil), cur...)
			case !in.meet(cur):
				continue
			}
			if !queued[succ] {
				queued[succ] = true
				work = append(work, succ)
			}
		}
	}
}

// record walks every reachable block once more and keeps the facts of
// the operands code generation asks about.
func (a *analysis) record() {
	for _, b := range a.s.Func.Blocks {
		in, ok := a.in[b]
		if !ok {
			continue
		}
		cur := append(state(nil), in...)
		for _, inst := range b.Insts {
			for _, v := range queried(inst) {
				if cur.has(factNonNeg, a.n, v.ID) {
					a.f.known[query{inst, v.ID, false}] = true
				}
				if cur.has(factItems, a.n, v.ID) {
					a.f.known[query{inst, v.ID, true}] = true
				}
			}
			a.transfer(cur, inst)
		}
	}
}

// queried returns the variables of inst whose facts code generation uses.
func queried(inst pir.Inst) []*pir.Var {
	switch inst := inst.(type) {
	case *pir.SetItem:
		return []*pir.Var{inst.Index}
	case *pir.Assign:
		switch v := inst.Value.(type) {
		case *pir.BinOp:
			if v.Op == syntax.FloorDiv || v.Op == syntax.Mod {
				return []*pir.Var{v.Lhs, v.Rhs}
			}
		case *pir.GetItem:
			return []*pir.Var{v.Index}
		}
	}
	return nil
}

func (a *analysis) typeOf(v *pir.Var) types.Type { return a.s.VarTypes[v.ID] }

// transfer applies inst to the facts in s.
func (a *analysis) transfer(s state, inst pir.Inst) {
	as, ok := inst.(*pir.Assign)
	if !ok {
		return
	}
	t := as.Target.ID
	in := func(fact int, v *pir.Var) bool { return s.has(fact, a.n, v.ID) }
	var nonNeg, rng, items bool
	switch v := as.Value.(type) {
	case *pir.Const:
		n, ok := v.Value.(int64)
		nonNeg = ok && n >= 0
	case *pir.Copy:
		nonNeg = in(factNonNeg, v.Source) && Keeps(a.typeOf(v.Source), a.typeOf(as.Target))
		rng, items = in(factRange, v.Source), in(factItems, v.Source)
	case *pir.Cast:
		nonNeg = in(factNonNeg, v.Value) && Keeps(a.typeOf(v.Value), a.typeOf(as.Target))
	case *pir.BinOp:
		nonNeg = a.binOp(as, v, in)
		if k, ok := a.s.Folded[as].(int64); ok {
			nonNeg = k >= 0
		}
	case *pir.Call:
		nonNeg, rng = a.call(as, v, in)
	case *pir.GetIter:
		rng = in(factRange, v.Value)
	case *pir.IterNext:
		items = in(factRange, v.Iter)
	case *pir.PairFirst:
		nonNeg = in(factItems, v.Pair)
	case *pir.BuildTuple:
		items = true
		for _, x := range v.Items {
			items = items && in(factNonNeg, x) && Keeps(a.typeOf(x), types.Int64)
		}
	case *pir.StaticGetItem:
		// a tuple's item (arrays never carry factItems)
		nonNeg = in(factItems, v.Value)
	case *pir.GetAttr:
		if _, ok := a.typeOf(v.Value).(*types.Array); ok {
			items = v.Attr == "shape"
			nonNeg = v.Attr == "size" || v.Attr == "ndim"
		}
	}
	_, isInt := a.typeOf(as.Target).(types.Int)
	s.set(factNonNeg, a.n, t, nonNeg && isInt)
	s.set(factRange, a.n, t, rng)
	s.set(factItems, a.n, t, items)
}

// binOp reports whether the result of an integer operation is >= 0 for
// every value (wrap-around included) its operands' facts allow.
func (a *analysis) binOp(as *pir.Assign, v *pir.BinOp, in func(int, *pir.Var) bool) bool {
	sig := a.s.OpSigs[as]
	if sig == nil || len(sig.Args) != 2 || !types.Equal(sig.Return, a.typeOf(as.Target)) {
		return false
	}
	if _, ok := sig.Return.(types.Int); !ok {
		return false
	}
	x := in(factNonNeg, v.Lhs) && Keeps(a.typeOf(v.Lhs), sig.Args[0])
	y := in(factNonNeg, v.Rhs) && Keeps(a.typeOf(v.Rhs), sig.Args[1])
	switch v.Op {
	case syntax.Mod: // the result has the divisor's sign (or raises)
		return y
	case syntax.FloorDiv:
		return x && y
	case syntax.BitAnd:
		return x || y
	case syntax.BitOr, syntax.BitXor:
		return x && y
	case syntax.RShift:
		return x
	}
	return false
}

// call reports the facts of a builtin's result: len() is >= 0, min() of
// non-negative values too, max() with one of them, and a range yields
// values >= 0 when its start is and its step positive, or its step is
// negative and its stop at least -1.
func (a *analysis) call(as *pir.Assign, v *pir.Call, in func(int, *pir.Var) bool) (nonNeg, rng bool) {
	callee := a.s.Callees[as]
	if callee == nil || callee.Kind != infer.CallBuiltin || len(v.Kws) > 0 {
		return false, false
	}
	arg := func(i int) bool {
		return in(factNonNeg, v.Args[i]) && Keeps(a.typeOf(v.Args[i]), types.Int64)
	}
	switch callee.Name {
	case "len":
		return true, false
	case "min", "max":
		all, any := len(v.Args) > 1, false
		for i, x := range v.Args {
			ok := arg(i) && types.Equal(a.typeOf(x), a.typeOf(as.Target))
			all, any = all && ok, any || ok
		}
		if callee.Name == "min" {
			return all, false
		}
		return any, false
	case "range":
		switch len(v.Args) {
		case 1:
			return false, true
		case 2:
			return false, arg(0)
		case 3:
			step, ok := a.f.Consts[v.Args[2].ID]
			if !ok {
				return false, false
			}
			stop, stopConst := a.f.Consts[v.Args[1].ID]
			return false, step > 0 && arg(0) || step < 0 && (arg(1) || stopConst && stop >= -1)
		}
	}
	return false, false
}
