package infer

import (
	"container/heap"
	"slices"
)

// evalsPerInst bounds the evaluations type inference may spend, per
// reachable instruction, before it gives up with a diagnostic. An
// instruction is typed once, then again only when an operand's type
// grows; a scalar's type grows a handful of times at most (bool, the
// integers, float64, complex128), so real functions stay below 3 per
// instruction and this bound is only ever met by a bug in unification
// that lets a type oscillate.
const evalsPerInst = 1000

// returnSlot is the worklist's slot for the function's own return type,
// which a recursive call reads; variable v's slot is v.ID + 1.
const returnSlot = 0

// worklist types again only the instructions whose operands changed, in
// the order a pass over every instruction would: each instruction records
// the slots it reads (typeOf) while it is typed, and a slot whose type
// changes puts its readers back, later in the current sweep when they
// come after the instruction being typed, in the next sweep when they do
// not. Typing an instruction whose operands did not change changes
// nothing, so this reaches the fixpoint that repeating whole passes
// reaches, with no cap on their number, in time proportional to the
// function's size plus the number of times types grow.
type worklist struct {
	on      bool
	current int32 // index of the instruction being typed
	// the instructions that read each slot (an instruction typed again
	// may appear twice: scheduling is idempotent): the first in
	// firstReader, as its index+1 (0: none yet), the others in
	// moreReaders. Most slots are temporaries read once, where a slice
	// each was an allocation each (400,000 of them at 100,000
	// statements) and a slice header of 24 bytes the collector scans.
	firstReader []int32
	moreReaders map[int][]int32
	sweep       indexHeap // to type in this sweep
	next        indexHeap // to type in the next one
	inSweep     []bool
	inNext      []bool
}

// read records that the instruction being typed reads slot.
func (w *worklist) read(slot int) {
	if !w.on {
		return
	}
	switch first := w.firstReader[slot]; first {
	case 0:
		w.firstReader[slot] = w.current + 1
		return
	case w.current + 1:
		return
	}
	more := w.moreReaders[slot]
	if n := len(more); n > 0 && more[n-1] == w.current {
		return
	}
	if w.moreReaders == nil {
		w.moreReaders = map[int][]int32{}
	}
	w.moreReaders[slot] = append(more, w.current)
}

// changed schedules the readers of slot, whose type just changed.
func (w *worklist) changed(slot int) {
	if !w.on {
		return
	}
	if first := w.firstReader[slot]; first != 0 {
		w.schedule(first - 1)
	}
	for _, i := range w.moreReaders[slot] {
		w.schedule(i)
	}
}

// schedule types instruction i again: later in this sweep when it comes
// after the instruction being typed, in the next sweep when it does not.
func (w *worklist) schedule(i int32) {
	switch {
	case i > w.current && !w.inSweep[i]:
		w.inSweep[i] = true
		heap.Push(&w.sweep, i)
	case i <= w.current && !w.inNext[i]:
		w.inNext[i] = true
		heap.Push(&w.next, i)
	}
}

// solve types the reachable instructions to a fixpoint, and reports
// false, with a diagnostic at the instruction being typed, if that took
// more than evalsPerInst evaluations per instruction.
func (t *typer) solve() bool {
	n := 0
	for _, b := range t.r.Func.Blocks {
		if !t.r.Unreachable[b] {
			n += len(b.Insts)
		}
	}
	// made at its length: grown by append, 500,000 instructions (8 MB)
	// would allocate 42 MB
	t.insts = slices.Grow(t.insts[:0], n)
	for _, b := range t.r.Func.Blocks {
		if !t.r.Unreachable[b] {
			t.insts = append(t.insts, b.Insts...)
		}
	}
	w := &t.work
	*w = worklist{on: true, firstReader: make([]int32, len(t.r.Func.Vars)+1),
		inSweep: make([]bool, n), inNext: make([]bool, n)}
	defer func() { w.on = false }()
	limit := t.p.evalsPerInst * (n + 1)
	evals := n
	defer func() { t.p.evals += evals }()
	// the first sweep types everything in order: what it reads is typed
	// before it or reached only around a loop, in a later sweep
	for i, inst := range t.insts {
		w.current = int32(i)
		t.eval(inst)
	}
	for len(w.next) > 0 {
		w.sweep, w.next = w.next, w.sweep[:0]
		w.inSweep, w.inNext = w.inNext, w.inSweep
		for len(w.sweep) > 0 {
			i := heap.Pop(&w.sweep).(int32)
			w.inSweep[i] = false
			w.current = i
			if evals++; evals > limit {
				inst := t.insts[i]
				d := t.diags.Errorf(CodeTyping, t.r.Func.File, inst.Span(), "type inference did not settle: %d evaluations for %d instructions", evals, n)
				d.Notes = append(d.Notes, t.during(inst))
				return false
			}
			t.eval(t.insts[i])
		}
	}
	return true
}

// indexHeap is a min-heap of instruction indices.
type indexHeap []int32

func (h indexHeap) Len() int           { return len(h) }
func (h indexHeap) Less(i, j int) bool { return h[i] < h[j] }
func (h indexHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *indexHeap) Push(x any)        { *h = append(*h, x.(int32)) }
func (h *indexHeap) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}
