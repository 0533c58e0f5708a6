package infer

import (
	"testing"

	"github.com/pynjit/pynjit/internal/ir"
	"github.com/pynjit/pynjit/internal/lib"
	"github.com/pynjit/pynjit/internal/syntax"
	"github.com/pynjit/pynjit/internal/types"
)

// TestSignaturesInterned: the operations of a function on the same scalar
// types share one signature, and the same operations one Impl; operations
// on other types keep theirs, equal to what lib gives.
func TestSignaturesInterned(t *testing.T) {
	p, f := program(t, "def f(x, y):\n    a = x * 3 + 1\n    b = a * 5 - 2\n    c = y + 0.5\n    return a + b + c\n")
	r, d := p.Specialize(f, []types.Type{types.Int64, types.Float64})
	if d.HasErrors() {
		t.Fatal(d)
	}
	byString := map[string]*types.Signature{}
	impls := map[lib.Impl]*lib.Impl{}
	for _, blk := range r.Func.Blocks {
		for _, inst := range blk.Insts {
			a, ok := inst.(*ir.Assign)
			if !ok || r.OpSig(a) == nil {
				continue
			}
			sig, impl := r.OpSig(a), r.Impl(a)
			if i, ok := impls[*impl]; ok && i != impl {
				t.Errorf("%v: two copies of the Impl %v", a.Value, *impl)
			}
			impls[*impl] = impl
			if s, ok := byString[sig.String()]; ok && s != sig {
				t.Errorf("two copies of %s", sig)
			}
			byString[sig.String()] = sig
		}
	}
	for _, want := range []string{"int64(int64, int64)", "float64(float64, float64)"} {
		if byString[want] == nil {
			t.Errorf("no operation typed %s; have %v", want, byString)
		}
	}
}

// TestOperatorTypingsReused: an operator's typing on scalars repeated is
// lib.Accept's, returned again without allocating; a new typing, an
// error, and operands Accept is not asked again for are Accept's own.
func TestOperatorTypingsReused(t *testing.T) {
	p := &Program{}
	add := binaryKey(syntax.Add)
	first, err := p.acceptOperator(add, types.Int64, types.Int64)
	if err != nil {
		t.Fatal(err)
	}
	want, _ := lib.Accept(add, []types.Type{types.Int64, types.Int64})
	if first.String() != want.String() {
		t.Errorf("typed %s, lib.Accept %s", first, want)
	}
	if allocs := testing.AllocsPerRun(100, func() {
		if again, _ := p.acceptOperator(add, types.Int64, types.Int64); again != first {
			t.Errorf("a second signature for the same typing")
		}
	}); allocs != 0 {
		t.Errorf("a repeated typing allocates %v times", allocs)
	}
	neg := unaryKey(syntax.USub)
	if sig, err := p.acceptOperator(neg, types.Float64, nil); err != nil || sig.String() != "float64(float64)" {
		t.Errorf("-float64: %v, %v", sig, err)
	}
	if sig, err := p.acceptOperator(add, types.Int64, types.Float64); err != nil || sig.String() != "float64(float64, float64)" {
		t.Errorf("int64 + float64: %v, %v", sig, err)
	}
	if _, err := p.acceptOperator(add, types.Int64, types.None); err == nil {
		t.Errorf("int64 + None typed")
	}
}
