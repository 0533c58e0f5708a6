package build

import (
	"context"
	"fmt"
	"strings"
	"testing"
)

// TestPartsCopyDepth checks that a part copies small callees only
// CopyDepth calls deep: in a chain of small functions each calling the
// one before (as scripts/gen_kernels.py writes them), the second part
// copied the whole first part before the limit.
func TestPartsCopyDepth(t *testing.T) {
	var b strings.Builder
	b.WriteString("from numba import njit\n\n\n@njit(\"int64(int64)\")\ndef f0(x):\n    return x + 1\n")
	const n = 40
	for i := 1; i < n; i++ {
		fmt.Fprintf(&b, "\n\n@njit(\"int64(int64)\")\ndef f%d(x):\n    return f%d(x) * 3 + %d\n", i, i-1, i)
	}
	src := []byte(b.String())
	fe, diags, err := load(context.Background(), input{name: "chain.py", src: src}, false)
	if err != nil || fe == nil || diags.HasErrors() {
		t.Fatal(err, diags)
	}
	reqs, _ := fe.requested("", nil)
	if _, _, err := fe.typeAll(context.Background(), reqs); err != nil {
		t.Fatal(err)
	}
	specs := fe.prog.Specs()
	for _, depth := range []int{0, 1, 3} {
		p := partition(specs, Split{Parts: 2, PartSize: 1, CopySize: 200, CopyDepth: depth})
		if p == nil {
			t.Fatal("not split")
		}
		own := 0
		for _, s := range specs {
			if p.home[s] == 1 {
				own++
			}
		}
		if got := len(p.defines[1]); got != own+depth {
			t.Errorf("CopyDepth %d: the second part defines %d functions, its own %d and %d copies; want %d copies", depth, got, own, got-own, depth)
		}
		if len(p.shared) != 1 {
			t.Errorf("CopyDepth %d: %d functions called across parts, want 1 (the first part's last)", depth, len(p.shared))
		}
	}
}
