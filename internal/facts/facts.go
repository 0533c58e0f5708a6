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
	"slices"

	"github.com/pynjit/pynjit/internal/infer"
	pir "github.com/pynjit/pynjit/internal/ir"
	"github.com/pynjit/pynjit/internal/syntax"
	"github.com/pynjit/pynjit/internal/types"
)

// Facts holds what Analyze proved about one specialization.
type Facts struct {
	s     *infer.Result
	known map[query]bool
}

// query names one recorded fact: v (or, with items, every item of the
// tuple v) is non-negative just before the instruction of ID at.
type query struct {
	at, v int32
	items bool
}

// queryAt is the query of v (of its items, with items) before at.
func queryAt(at pir.Inst, v *pir.Var, items bool) query {
	return query{int32(at.ID()), int32(v.ID), items}
}

// Const returns the value of v when v is an integer temporary whose value
// is known, within int64: a literal, a negated one, or an operation
// folded as CPython folds it (infer.Result.Literals).
func (f *Facts) Const(v *pir.Var) (int64, bool) {
	lit, ok := f.s.Literal(v)
	if !ok || !v.Temp {
		return 0, false
	}
	return lit.IntValue()
}

// NonNeg reports whether integer variable v is known to be >= 0 just
// before instruction at. Facts are recorded for the operands of // and %
// and for indexes (GetItem, SetItem); other queries report false.
func (f *Facts) NonNeg(at pir.Inst, v *pir.Var) bool {
	return f.known[queryAt(at, v, false)]
}

// ItemsNonNeg reports whether every item of the tuple v (a tuple of
// indexes) is known to be >= 0 just before instruction at.
func (f *Facts) ItemsNonNeg(at pir.Inst, v *pir.Var) bool {
	return f.known[queryAt(at, v, true)]
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
	a := &analysis{s: s, f: &Facts{s: s, known: map[query]bool{}}}
	a.solve()
	a.record()
	return a.f
}

// The facts of one variable, as bits of a mask.
const (
	factNonNeg = iota // an integer >= 0
	factRange         // a range or its iterator, yielding integers >= 0
	factItems         // a tuple (or an iteration pair) whose items are >= 0
)

// entry is what holds of one variable at a block's entry: a mask of
// facts, never 0.
type entry struct {
	id   int32
	mask uint8
}

// state is what holds at a block's entry, sparse: the variables with a
// fact, by increasing id. Only the variables some block reads before it
// assigns them are in a state (the others are assigned before any read
// in every block that reads them), so that states stay small whatever
// the number of temporaries, and their meet is a merge of two lists.
type state []entry

// meet keeps in s only the facts also in t, reporting whether s changed.
func (s *state) meet(t state) bool {
	out, j := (*s)[:0], 0
	changed := false
	for _, e := range *s {
		for j < len(t) && t[j].id < e.id {
			j++
		}
		m := uint8(0)
		if j < len(t) && t[j].id == e.id {
			m = e.mask & t[j].mask
		}
		if m != e.mask {
			changed = true
		}
		if m != 0 {
			out = append(out, entry{e.id, m})
		}
	}
	*s = out
	return changed
}

type analysis struct {
	s *infer.Result
	f *Facts
	// cur holds the facts of every variable while a block is walked:
	// loaded from the block's state, and cleared (touched) after.
	cur     []uint8
	touched []int32
	// crossing marks the variables a block reads before it assigns them;
	// assigns lists, per block, the crossing variables it assigns.
	crossing []bool
	assigns  [][]int32
	in       []state
	seen     []bool
	buf      []*pir.Var // reads' result
	free     []entry    // where newState carves states from
	chunk    int        // the size of free's last block
}

// newState returns an empty state with room for n entries, carved from a
// block shared with other states (blocks of 256 entries doubling up to
// 65,536): a state only shrinks once made (meet), so it never outgrows
// its room, and a function of 100,000 branches needs few allocations.
func (a *analysis) newState(n int) state {
	if n == 0 {
		return nil
	}
	if len(a.free) < n {
		a.chunk = min(max(2*a.chunk, 256), 1<<16)
		a.free = make([]entry, max(n, a.chunk))
	}
	s := a.free[:0:n]
	a.free = a.free[n:]
	return s
}

// solve finds the facts holding at the start of every reachable block: a
// block's facts are those of all its predecessors' ends, starting from
// its first predecessor's for a block not reached yet, so that a fact a
// loop keeps survives around the loop. Blocks are taken in reverse
// postorder, so that an acyclic part is walked once. A block is known by
// its Label, its index in the function's blocks (package ir numbers them
// so): a map by block costs more than the rest of the analysis in a
// function of 100,000 branches.
func (a *analysis) solve() {
	blocks := a.s.Func.Blocks
	if len(blocks) == 0 {
		return
	}
	for i, b := range blocks {
		if b.Label != i {
			panic("facts: block labels are not their indexes")
		}
	}
	a.cur = make([]uint8, len(a.s.Func.Vars))
	a.crossings()
	order := a.reversePostorder()
	rank := make([]int32, len(blocks))
	for i, b := range order {
		rank[b] = int32(i)
	}
	a.in, a.seen = make([]state, len(blocks)), make([]bool, len(blocks))
	a.seen[0] = true
	work := &blockHeap{rank: rank}
	queued := make([]bool, len(blocks))
	work.push(0)
	queued[0] = true
	for len(work.items) > 0 {
		b := work.pop()
		queued[b] = false
		a.load(b)
		for _, inst := range blocks[b].Insts {
			a.transfer(inst)
		}
		out, owned := a.out(b), false
		a.clear()
		for _, succ := range blocks[b].Succs() {
			if succ == nil {
				break
			}
			i := succ.Label
			switch {
			case !a.seen[i]:
				a.seen[i] = true
				if a.in[i] = out; owned { // the first takes out itself
					a.in[i] = append(a.newState(len(out)), out...)
				}
				owned = true
			case !a.in[i].meet(out):
				continue
			}
			if !queued[i] {
				queued[i] = true
				work.push(int32(i))
			}
		}
	}
}

// crossings finds the variables some block reads before it assigns
// them, and per block the ones of them it assigns.
func (a *analysis) crossings() {
	blocks := a.s.Func.Blocks
	a.crossing = make([]bool, len(a.s.Func.Vars))
	stamp := make([]int32, len(a.s.Func.Vars)) // block index + 1 that last assigned it
	for i, b := range blocks {
		for _, inst := range b.Insts {
			for _, v := range a.reads(inst) {
				if stamp[v.ID] != int32(i+1) {
					a.crossing[v.ID] = true
				}
			}
			if as, ok := inst.(*pir.Assign); ok {
				stamp[as.Target.ID] = int32(i + 1)
			}
		}
	}
	// the lists are carved from one array, in block order
	ends := make([]int, len(blocks))
	var all []int32
	for i, b := range blocks {
		start := len(all)
		for _, inst := range b.Insts {
			if as, ok := inst.(*pir.Assign); ok && a.crossing[as.Target.ID] && stamp[as.Target.ID] != -int32(i+1) {
				stamp[as.Target.ID] = -int32(i + 1)
				all = append(all, int32(as.Target.ID))
			}
		}
		slices.Sort(all[start:])
		ends[i] = len(all)
	}
	a.assigns = make([][]int32, len(blocks))
	start := 0
	for i, end := range ends {
		a.assigns[i], start = all[start:end:end], end
	}
}

// reads lists the variables inst reads, in a buffer the next call reuses.
func (a *analysis) reads(inst pir.Inst) []*pir.Var {
	out := a.buf[:0]
	switch inst := inst.(type) {
	case *pir.Assign:
		out = pir.AppendOperands(out, inst.Value)
	case *pir.SetItem:
		out = append(out, inst.Target, inst.Index, inst.Value)
	case *pir.Branch:
		out = append(out, inst.Cond)
	case *pir.Return:
		out = append(out, inst.Value)
	}
	a.buf = out
	return out
}

// reversePostorder lists the blocks reachable from the entry, each
// before its successors except along loops' back edges.
func (a *analysis) reversePostorder() []int {
	blocks := a.s.Func.Blocks
	visited := make([]bool, len(blocks))
	var post []int
	type frame struct{ b, next int }
	stack := []frame{{0, 0}}
	visited[0] = true
	for len(stack) > 0 {
		top := &stack[len(stack)-1]
		succs := blocks[top.b].Succs()
		if top.next < len(succs) && succs[top.next] != nil {
			i := succs[top.next].Label
			top.next++
			if !visited[i] {
				visited[i] = true
				stack = append(stack, frame{i, 0})
			}
			continue
		}
		post = append(post, top.b)
		stack = stack[:len(stack)-1]
	}
	slices.Reverse(post)
	return post
}

// load makes cur the facts at the start of block b.
func (a *analysis) load(b int) {
	for _, e := range a.in[b] {
		a.cur[e.id] = e.mask
		a.touched = append(a.touched, e.id)
	}
}

// out is the state at the end of block b: its entry state, with the
// crossing variables it assigns as cur has them.
func (a *analysis) out(b int) state {
	in, assigned := a.in[b], a.assigns[b]
	out := a.newState(len(in) + len(assigned))
	i, j := 0, 0
	for i < len(in) || j < len(assigned) {
		var id int32
		switch {
		case j == len(assigned) || i < len(in) && in[i].id < assigned[j]:
			id = in[i].id
			i++
		case i == len(in) || assigned[j] < in[i].id:
			id = assigned[j]
			j++
		default:
			id = in[i].id
			i, j = i+1, j+1
		}
		if m := a.cur[id]; m != 0 {
			out = append(out, entry{id, m})
		}
	}
	return out
}

// clear empties cur after a block.
func (a *analysis) clear() {
	for _, id := range a.touched {
		a.cur[id] = 0
	}
	a.touched = a.touched[:0]
}

// record walks every reachable block once more and keeps the facts of
// the operands code generation asks about.
func (a *analysis) record() {
	for i, b := range a.s.Func.Blocks {
		if !a.seen[i] {
			continue
		}
		a.load(i)
		for _, inst := range b.Insts {
			for _, v := range queried(inst) {
				if a.has(factNonNeg, v) {
					a.f.known[queryAt(inst, v, false)] = true
				}
				if a.has(factItems, v) {
					a.f.known[queryAt(inst, v, true)] = true
				}
			}
			a.transfer(inst)
		}
		a.clear()
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

// has reports whether fact holds of v in cur.
func (a *analysis) has(fact int, v *pir.Var) bool { return a.cur[v.ID]&(1<<fact) != 0 }

// transfer applies inst to the facts in cur.
func (a *analysis) transfer(inst pir.Inst) {
	as, ok := inst.(*pir.Assign)
	if !ok {
		return
	}
	in := a.has
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
		if impl := a.s.Impl(as); impl != nil {
			switch impl.Key {
			case types.Key{Recv: types.ArrayRecv, Name: "shape"}:
				items = true
			case types.Key{Recv: types.ArrayRecv, Name: "size"}, types.Key{Recv: types.ArrayRecv, Name: "ndim"}:
				nonNeg = true
			}
		}
	}
	_, isInt := a.typeOf(as.Target).(types.Int)
	var m uint8
	if nonNeg && isInt {
		m |= 1 << factNonNeg
	}
	if rng {
		m |= 1 << factRange
	}
	if items {
		m |= 1 << factItems
	}
	t := as.Target.ID
	if a.cur[t] == 0 && m != 0 {
		a.touched = append(a.touched, int32(t))
	}
	a.cur[t] = m
}

// blockHeap is a min-heap of block indexes by their reverse postorder
// rank (container/heap's interface would box every index it is given).
type blockHeap struct {
	rank  []int32
	items []int32
}

func (h *blockHeap) less(i, j int) bool { return h.rank[h.items[i]] < h.rank[h.items[j]] }

func (h *blockHeap) push(b int32) {
	h.items = append(h.items, b)
	for i := len(h.items) - 1; i > 0; {
		p := (i - 1) / 2
		if !h.less(i, p) {
			break
		}
		h.items[i], h.items[p] = h.items[p], h.items[i]
		i = p
	}
}

// pop removes and returns the block of least rank.
func (h *blockHeap) pop() int {
	top, n := h.items[0], len(h.items)-1
	h.items[0] = h.items[n]
	h.items = h.items[:n]
	for i := 0; ; {
		l, m := 2*i+1, i
		if l < n && h.less(l, m) {
			m = l
		}
		if l+1 < n && h.less(l+1, m) {
			m = l + 1
		}
		if m == i {
			break
		}
		h.items[i], h.items[m] = h.items[m], h.items[i]
		i = m
	}
	return int(top)
}

// binOp reports whether the result of an integer operation is >= 0 for
// every value (wrap-around included) its operands' facts allow.
func (a *analysis) binOp(as *pir.Assign, v *pir.BinOp, in func(int, *pir.Var) bool) bool {
	sig := a.s.OpSig(as)
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
	switch callee.Key {
	case types.Builtin("len"):
		return true, false
	case types.Builtin("min"), types.Builtin("max"):
		all, any := len(v.Args) > 1, false
		for i, x := range v.Args {
			ok := arg(i) && types.Equal(a.typeOf(x), a.typeOf(as.Target))
			all, any = all && ok, any || ok
		}
		if callee.Key == types.Builtin("min") {
			return all, false
		}
		return any, false
	case types.Builtin("range"):
		switch len(v.Args) {
		case 1:
			return false, true
		case 2:
			return false, arg(0)
		case 3:
			step, ok := a.f.Const(v.Args[2])
			if !ok {
				return false, false
			}
			stop, stopConst := a.f.Const(v.Args[1])
			return false, step > 0 && arg(0) || step < 0 && (arg(1) || stopConst && stop >= -1)
		}
	}
	return false, false
}
