package infer

import (
	"container/heap"
	"fmt"
	"strings"
	"testing"

	"github.com/pynjit/pynjit/internal/diag"
	"github.com/pynjit/pynjit/internal/ir"
	"github.com/pynjit/pynjit/internal/resolve"
	"github.com/pynjit/pynjit/internal/source"
	"github.com/pynjit/pynjit/internal/syntax"
	"github.com/pynjit/pynjit/internal/types"
)

// program lowers src and returns a Program over it and its function f.
func program(t testing.TB, src string) (*Program, *resolve.Function) {
	t.Helper()
	file := source.NewFile("t.py", syntax.DecodeSource([]byte(src)))
	m, d := syntax.Parse(file)
	if d.HasErrors() {
		t.Fatal(d)
	}
	mod, d := resolve.Resolve(file, m, resolve.Options{})
	if d.HasErrors() {
		t.Fatal(d)
	}
	funcs := map[*resolve.Function]*ir.Func{}
	var f *resolve.Function
	for _, fn := range mod.Funcs {
		irf, d := ir.Build(mod, fn)
		if d.HasErrors() {
			t.Fatal(d)
		}
		funcs[fn] = irf
		if fn.Name == "f" {
			f = fn
		}
	}
	return NewProgram(mod, funcs), f
}

// wideningChain is a function whose result is int64 until a float has
// travelled through n assignments, one per trip around the loop: typing
// it takes n sweeps.
func wideningChain(n int) string {
	var s strings.Builder
	s.WriteString("from numba import njit\n\n@njit\ndef f(n):\n")
	for i := 0; i <= n; i++ {
		fmt.Fprintf(&s, "    a%d = 0\n", i)
	}
	s.WriteString("    for i in range(n):\n")
	for i := 0; i < n; i++ {
		fmt.Fprintf(&s, "        a%d = a%d\n", i, i+1)
	}
	fmt.Fprintf(&s, "        a%d = 1.5\n    return a0\n", n)
	return s.String()
}

// TestWideningChainsReachTheFixpoint types chains longer than any fixed
// number of passes (there were 100, and a chain of 105 returned int64).
func TestWideningChainsReachTheFixpoint(t *testing.T) {
	for _, n := range []int{1, 99, 105, 1000} {
		p, f := program(t, wideningChain(n))
		r, d := p.Specialize(f, []types.Type{types.Int64})
		if d.HasErrors() {
			t.Fatalf("n=%d: %v", n, d)
		}
		if !types.Equal(r.Return, types.Float64) {
			t.Errorf("n=%d: returns %s, want float64", n, r.Return)
		}
	}
}

// TestInferenceLimitHasAPosition checks that a function that meets the
// bound on inference's work gets an error at an instruction, not a
// silently wrong type.
func TestInferenceLimitHasAPosition(t *testing.T) {
	p, f := program(t, wideningChain(50))
	p.evalsPerInst = 0 // nothing beyond the first sweep
	_, d := p.Specialize(f, []types.Type{types.Int64})
	if len(d) != 1 || d[0].Severity != diag.Error || d[0].Code != CodeTyping || !strings.Contains(d[0].Message, "did not settle") {
		t.Fatalf("got %v", d)
	}
	if d[0].Span.Start.Line < 50 || d[0].Span.Start.Line > 110 {
		t.Errorf("error at %v, not in the loop", d[0].Span.Start)
	}
}

// TestInferenceWorkIsLinear counts the instructions inference types in
// functions of growing size: at most a few times each, however many
// sweeps the widening of a long chain takes (passes over the whole
// function took time proportional to its size times the chain's length).
func TestInferenceWorkIsLinear(t *testing.T) {
	straight := func(n int) string {
		var s strings.Builder
		s.WriteString("from numba import njit\n\n@njit\ndef f(x):\n    y = x\n")
		for i := range n {
			fmt.Fprintf(&s, "    y = y * 3 + %d\n", i%97)
		}
		s.WriteString("    return y\n")
		return s.String()
	}
	loops := func(n int) string { // a float reaches y after n loops
		var s strings.Builder
		s.WriteString("from numba import njit\n\n@njit\ndef f(x):\n    y = 0\n")
		for range n {
			s.WriteString("    for i in range(x):\n        y = y + i\n")
		}
		s.WriteString("    y = 0.5\n    return y\n")
		return s.String()
	}
	for _, shape := range []struct {
		name string
		gen  func(int) string
	}{{"chain", wideningChain}, {"straight", straight}, {"loops", loops}} {
		for _, n := range []int{100, 1000, 10000} {
			p, f := program(t, shape.gen(n))
			if _, d := p.Specialize(f, []types.Type{types.Int64}); d.HasErrors() {
				t.Fatal(d)
			}
			insts := 0
			for _, b := range p.funcs[f].Blocks {
				insts += len(b.Insts)
			}
			if p.evals > 4*insts {
				t.Errorf("%s, n=%d: %d instructions typed %d times", shape.name, n, insts, p.evals)
			}
		}
	}
}

// TestWorklistReadersOfSlotsReadOnce: recording the one reader of each
// of many slots allocates nothing, and a slot's readers, once or many
// times over, are all scheduled when its type changes.
func TestWorklistReadersOfSlotsReadOnce(t *testing.T) {
	const n = 1000
	w := &worklist{on: true, firstReader: make([]int32, n), inSweep: make([]bool, n), inNext: make([]bool, n)}
	if allocs := testing.AllocsPerRun(1, func() {
		for i := range int32(n) {
			w.current = i
			w.read(int(i))
		}
	}); allocs != 0 {
		t.Errorf("recording a reader per slot allocates %v times", allocs)
	}
	for _, i := range []int32{3, 3, 7, 500, 7} { // slot 0's readers
		w.current = i
		w.read(0)
	}
	w.current = 5
	w.changed(0)
	var sweep, next []int32
	for len(w.sweep) > 0 {
		sweep = append(sweep, heap.Pop(&w.sweep).(int32))
	}
	for len(w.next) > 0 {
		next = append(next, heap.Pop(&w.next).(int32))
	}
	if fmt.Sprint(sweep, next) != "[7 500] [0 3]" {
		t.Errorf("slot 0 changed at instruction 5: typed again %v in this sweep, %v in the next; want [7 500] [0 3]", sweep, next)
	}
}
