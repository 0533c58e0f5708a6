package facts

import (
	"fmt"
	"strings"
	"testing"

	"github.com/pynjit/pynjit/internal/types"
)

// TestAnalyzeAllocatesPerStateNotPerBlock checks that the analysis of an
// elif chain, whose blocks carry no facts, allocates far fewer objects
// than the function has blocks: a map by block, a successors slice per
// visit and a boxed index per queued block made it the costliest pass of
// a function of 100,000 branches.
func TestAnalyzeAllocatesPerStateNotPerBlock(t *testing.T) {
	const n = 5000
	var src strings.Builder
	src.WriteString("from numba import njit\n\n@njit\ndef f(x):\n    if x == -1:\n        y = 0\n")
	for i := range n {
		fmt.Fprintf(&src, "    elif x == %d:\n        y = %d\n", i, i)
	}
	src.WriteString("    else:\n        y = 1\n    return y\n")
	r := typed(t, src.String(), "f", types.Int64)
	blocks := len(r.Func.Blocks)
	allocs := testing.AllocsPerRun(3, func() { Analyze(r) })
	t.Logf("%d blocks: %.0f allocations", blocks, allocs)
	if allocs > float64(blocks)/10 {
		t.Errorf("%d blocks: Analyze allocates %.0f objects, want < %d", blocks, allocs, blocks/10)
	}
}
