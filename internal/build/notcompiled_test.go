package build

import (
	"context"
	"os"
	"testing"

	"github.com/pynjit/pynjit/internal/diag"
	"github.com/pynjit/pynjit/internal/resolve"
)

// TestNotCompiledStrict: what Numba would compile and pynjit does not is
// a warning (check exits 0), and an error under --strict, at the same
// places.
func TestNotCompiledStrict(t *testing.T) {
	path := "../../testdata/errors/not_compiled.py"
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	count := func(strict bool) (warnings, errors int) {
		diags, err := Check(context.Background(), Query{Name: path, Source: src}, strict)
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range diags {
			switch {
			case d.Code != resolve.CodeNotCompiled:
			case d.Severity == diag.Warning:
				warnings++
			case d.Severity == diag.Error:
				errors++
			}
		}
		return warnings, errors
	}
	want := len(readExpectations(t, src))
	if w, e := count(false); w != want || e != 0 {
		t.Errorf("check: %d warnings and %d errors, want %d warnings", w, e, want)
	}
	if w, e := count(true); w != 0 || e != want {
		t.Errorf("check --strict: %d warnings and %d errors, want %d errors", w, e, want)
	}
}
