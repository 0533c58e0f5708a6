package infer

import (
	"testing"

	"github.com/pynjit/pynjit/internal/ir"
	"github.com/pynjit/pynjit/internal/types"
)

// TestSignaturesInterned: the operations of a function on the same scalar
// types share one signature, in OpSigs and Impls, and operations on
// other types keep theirs, equal to what lib gives.
func TestSignaturesInterned(t *testing.T) {
	p, f := program(t, "def f(x, y):\n    a = x * 3 + 1\n    b = a * 5 - 2\n    c = y + 0.5\n    return a + b + c\n")
	r, d := p.Specialize(f, []types.Type{types.Int64, types.Float64})
	if d.HasErrors() {
		t.Fatal(d)
	}
	byString := map[string]*types.Signature{}
	for _, blk := range r.Func.Blocks {
		for _, inst := range blk.Insts {
			a, ok := inst.(*ir.Assign)
			if !ok || r.OpSigs[a] == nil {
				continue
			}
			sig := r.OpSigs[a]
			if impl := r.Impls[a]; impl.Sig != sig {
				t.Errorf("%v: Impls has %p, OpSigs %p", a.Value, impl.Sig, sig)
			}
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
