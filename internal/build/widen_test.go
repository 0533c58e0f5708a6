package build

import (
	"fmt"
	"strings"
	"testing"
)

// TestLongWideningChains generates functions where a float reaches the
// returned variable through n chained assignments in a loop, so typing
// takes about n sweeps before the widening to float64 arrives: type
// inference has no cap on them (with a cap of 100 sweeps, n = 105
// returned 1.0 where CPython and Numba return 1.5). Numba 0.56 is the
// oracle.
func TestLongWideningChains(t *testing.T) {
	py := numbaPython(t)
	var src strings.Builder
	src.WriteString("from numba import njit\n")
	lengths := []int{95, 105, 300}
	for _, n := range lengths {
		fmt.Fprintf(&src, "\n\n@njit(\"float64(int64)\")\ndef chain%d(n):\n", n)
		for i := 0; i <= n; i++ {
			fmt.Fprintf(&src, "    a%d = 0\n", i)
		}
		src.WriteString("    for i in range(n):\n")
		for i := 0; i < n; i++ {
			fmt.Fprintf(&src, "        a%d = a%d\n", i, i+1)
		}
		fmt.Fprintf(&src, "        a%d = 1.5\n    return a0\n", n)
		// without a signature: the result type itself comes from the chain
		fmt.Fprintf(&src, "\n\n@njit\ndef free%d(n):\n    x0 = 0\n", n)
		for i := 1; i <= n; i++ {
			fmt.Fprintf(&src, "    x%d = 0\n", i)
		}
		src.WriteString("    for i in range(n):\n")
		for i := 0; i < n; i++ {
			fmt.Fprintf(&src, "        x%d = x%d\n", i, i+1)
		}
		fmt.Fprintf(&src, "        x%d = 0.5\n    return x0\n", n)
	}
	src.WriteString("\n\nCASES = [\n")
	for _, n := range lengths {
		for _, k := range []int{0, 1, n, n + 1, 2 * n} {
			fmt.Fprintf(&src, "    (\"chain%d\", (%d,)), (\"free%d\", (%d,)),\n", n, k, n, k)
		}
	}
	src.WriteString("]\n")
	var sigs []string
	for _, n := range lengths {
		sigs = append(sigs, fmt.Sprintf("free%d(int64)", n))
	}
	if got := numbaOracle(t, py, "", []byte(src.String()), oracleRun{sigs: sigs}); got != 10*len(lengths) {
		t.Fatalf("%d cases ran", got)
	}
}
