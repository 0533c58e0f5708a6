package build

import (
	"context"
	"strings"
	"testing"
)

// TestSignaturesAfterFailure: bad(int64) fails after typing twice and,
// through it, helper at int64. Inference forgets them with bad, so sigs
// lists the signatures of bad and good only; twice and helper, which
// only bad calls, take their types from it (it listed twice(int64) "in
// bad(int64)" and helper as untyped: the failure dropped the last
// specialization made, helper, instead of bad).
func TestSignaturesAfterFailure(t *testing.T) {
	const src = `from numba import njit


@njit
def helper(x):
    return x * 2


@njit
def twice(x):
    return helper(x) + 1


@njit("int64(int64)")
def bad(x):
    y = twice(x)
    return y + (1, 2)


@njit("float64(float64)")
def good(x):
    return x + 1.0
`
	listed, _, err := Signatures(context.Background(), Query{Name: "s.py", Source: []byte(src)})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, l := range listed {
		got = append(got, l.Func+" "+l.Sig)
	}
	want := "bad bad: int64(int64), good good: float64(float64)"
	if strings.Join(got, ", ") != want {
		t.Errorf("sigs lists %q, want %q", strings.Join(got, ", "), want)
	}
}
