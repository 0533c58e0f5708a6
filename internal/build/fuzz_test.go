package build

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/pynjit/pynjit/internal/diag"
	"github.com/pynjit/pynjit/internal/source"
)

// FuzzCheck runs pynjit check over mutated programs: the test programs of
// testdata/run and testdata/errors are the seeds, and random bytes come
// from the fuzzer. Check must never panic, and every diagnostic must
// point inside the file it names, and check must finish (a hang fails
// after 10 s, with the input saved).
func FuzzCheck(f *testing.F) {
	for _, pattern := range []string{"../../testdata/run/*.py", "../../testdata/errors/*.py", "../../examples/*.py"} {
		files, _ := filepath.Glob(pattern)
		for _, path := range files {
			src, err := os.ReadFile(path)
			if err != nil {
				f.Fatal(err)
			}
			f.Add(src, false)
		}
	}
	f.Add([]byte("from numba import jit\n@jit\ndef f(x):\n    try:\n        return x\n    finally:\n        pass\nf(1)\n"), true)
	f.Fuzz(func(t *testing.T, src []byte, strict bool) {
		done := make(chan diag.List, 1)
		go func() { done <- Check("fuzz.py", src, strict) }()
		var diags diag.List
		select {
		case diags = <-done:
		case <-time.After(10 * time.Second):
			t.Fatalf("check did not finish in 10s on %q", src)
		}
		for _, d := range diags {
			if d.File == nil || !d.Span.IsValid() {
				continue
			}
			lines := source.NewFile("fuzz.py", src).LineCount()
			if d.Span.Start.Line > lines+1 || d.Span.End.IsValid() && d.Span.End.Before(d.Span.Start) {
				t.Errorf("%s: span %v outside a file of %d lines", d.Message, d.Span, lines)
			}
		}
	})
}
