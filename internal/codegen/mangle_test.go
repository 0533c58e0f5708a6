package codegen

import (
	"testing"

	"github.com/pynjit/pynjit/internal/types"
)

// TestMangle pins the names of specializations, which C callers and the
// generated modules link against.
func TestMangle(t *testing.T) {
	for _, tt := range []struct{ sig, want string }{
		{"int64()", "f"},
		{"int64(int64, float64)", "f__int64__float64"},
		{"int64(UniTuple(int64, 2))", "f__UniTupleint64x2"},
		{"float64(float64[:, ::1])", "f__arrayfloat64_2d_C"},
		{"float64(Tuple((int64, float64[:])))", "f__Tupleint64_arrayfloat64_1d_A"},
	} {
		sig, err := types.ParseSignature(tt.sig)
		if err != nil {
			t.Fatal(err)
		}
		if got := Mangle("f", sig.Args); got != tt.want {
			t.Errorf("Mangle(f, %s) = %q, want %q", tt.sig, got, tt.want)
		}
	}
}
