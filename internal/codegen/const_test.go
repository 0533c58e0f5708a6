package codegen

import "testing"

// TestInt64ConstMadeOnce: a function's int64 constants of one value are
// one llir constant, made once; other values are their own.
func TestInt64ConstMadeOnce(t *testing.T) {
	c := &fn{}
	three := c.int64Const(3)
	if got := three.Ident(); got != "3" {
		t.Errorf("int64Const(3) is %s", got)
	}
	if allocs := testing.AllocsPerRun(100, func() {
		if c.int64Const(3) != three {
			t.Errorf("a second constant 3")
		}
	}); allocs != 0 {
		t.Errorf("a repeated constant allocates %v times", allocs)
	}
	if k := c.int64Const(-97); k == three || k.Ident() != "-97" || k.Typ.BitSize != 64 {
		t.Errorf("int64Const(-97) is %s of %s", k.Ident(), k.Typ)
	}
}
