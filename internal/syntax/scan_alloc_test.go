package syntax

import (
	"runtime"
	"strings"
	"testing"
	"unsafe"
)

// TestScanGrowsTokensOnce checks that scanning a large file allocates its
// token array about once: at most 1.5 times the bytes of the tokens it
// returns (a small first guess, one growth to the predicted count and
// its eighth, the text as a string; a first guess of a token per 5 bytes
// made it 1.7 times). (Before 3.12 an f-string is one token.) Growing by append's quarter copied an f-string of
// 100,000 fields' tokens five times over.
func TestScanGrowsTokensOnce(t *testing.T) {
	shapes := []struct{ name, text string }{
		{"statements", "def f(x):\n" + strings.Repeat("    y = y * 3 + 5\n", 50000)},
		{"one line", "def f(x):\n    y = x" + strings.Repeat("; y = y * 3 + 5", 50000) + "\n"},
		{"f-string fields", "print(f\"" + strings.Repeat("{x}", 50000) + "\")\n"},
	}
	for _, sh := range shapes {
		t.Run(sh.name, func(t *testing.T) {
			var before, after runtime.MemStats
			runtime.GC()
			runtime.ReadMemStats(&before)
			toks, _ := scan([]byte(sh.text), Latest)
			runtime.ReadMemStats(&after)
			if last := toks[len(toks)-1]; last.kind != tEOF || len(toks) > 1 && toks[len(toks)-2].kind == tError {
				t.Fatalf("the text does not scan: %q", toks[len(toks)-2].lit)
			}
			need := uint64(len(toks)) * uint64(unsafe.Sizeof(token{}))
			got := after.TotalAlloc - before.TotalAlloc
			t.Logf("%d tokens (%d bytes), %d bytes allocated (%.2fx)", len(toks), need, got, float64(got)/float64(need))
			if got > need*3/2 {
				t.Errorf("%d tokens of %d bytes: scanning allocated %d bytes, %.1fx, want <= 1.5x", len(toks), need, got, float64(got)/float64(need))
			}
		})
	}
}
