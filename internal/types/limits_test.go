package types

import "testing"

// TestLimits: what each kind of type can be at run time, the one place
// infer and codegen read it from.
func TestLimits(t *testing.T) {
	cases := []struct {
		typ                             string
		representable, managed, boxable bool
	}{
		{"int64", true, false, true},
		{"uint8", true, false, true},
		{"float32", true, false, true},
		{"complex128", true, false, true},
		{"complex64", false, false, false},
		{"boolean", true, false, true},
		{"float64[:]", true, true, true},
		{"float64[:, :, :, ::1]", true, true, true},
		{"float64[:, :, :, :, :]", false, true, false},
		{"UniTuple(int64, 2)", true, false, true},
		{"Tuple((int64, float64[:]))", true, true, true},
		{"Tuple((int64, float64[:, :, :, :, :]))", false, true, false},
	}
	for _, c := range cases {
		ty, err := ParseType(c.typ)
		if err != nil {
			t.Fatalf("%s: %v", c.typ, err)
		}
		if got := Representable(ty); got != c.representable {
			t.Errorf("Representable(%s) = %v", ty, got)
		}
		if got := Managed(ty); got != c.managed {
			t.Errorf("Managed(%s) = %v", ty, got)
		}
		if got := Boxable(ty); got != c.boxable {
			t.Errorf("Boxable(%s) = %v", ty, got)
		}
	}
}

// TestFiveDimensionsSaysWhy: the array beyond MaxDims is named, with the
// limit, in the message infer reports at the signature.
func TestFiveDimensionsSaysWhy(t *testing.T) {
	ty, err := ParseType("float64[:, :, :, :, :]")
	if err != nil {
		t.Fatal(err)
	}
	u := Unrepresentable(ty)
	if u == nil {
		t.Fatal("a 5-d array is representable")
	}
	if got, want := WhyUnrepresentable(u), "array(float64, 5d, A) is unsupported in pynjit: arrays have at most 4 dimensions"; got != want {
		t.Errorf("%q, want %q", got, want)
	}
}
