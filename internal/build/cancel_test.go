package build

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/pynjit/pynjit/internal/toolchain"
)

// countdown is a context that is cancelled after its Err has been asked
// n times: a way to stop a stage in the middle, where it looks.
type countdown struct {
	context.Context
	n int
}

func (c *countdown) Err() error {
	if c.n <= 0 {
		return context.Canceled
	}
	c.n--
	return nil
}

// TestFrontEndStops: a cancelled context stops check, the inspect
// commands and a build between functions: they return the context's
// error after a handful of functions of thousands, and a build writes
// none of its outputs, not even those that need no toolchain.
func TestFrontEndStops(t *testing.T) {
	var b strings.Builder
	b.WriteString("from numba import njit\n")
	for i := range 3000 {
		fmt.Fprintf(&b, "\n@njit(\"int64(int64)\")\ndef f%d(x):\n    return x * %d + undefined_%d\n", i, i, i)
	}
	src := []byte(b.String())
	q := Query{Name: "big.py", Source: src}
	ctx := func() context.Context { return &countdown{context.Background(), 10} }
	diags, err := Check(ctx(), q, false)
	if !errors.Is(err, context.Canceled) || len(diags) > 20 {
		t.Errorf("check: %v, %d diagnostics; want it stopped after a few functions", err, len(diags))
	}
	if _, _, err := InspectTypes(ctx(), q, "text"); !errors.Is(err, context.Canceled) {
		t.Errorf("inspect-types: %v", err)
	}
	if _, _, err := InspectCFG(ctx(), q); !errors.Is(err, context.Canceled) {
		t.Errorf("inspect-cfg: %v", err)
	}
	good := []byte(strings.ReplaceAll(b.String(), "+ undefined_", "+ "))
	stem := filepath.Join(t.TempDir(), "big")
	build := func(ctx context.Context) error {
		_, _, err := Compile(ctx, Request{Name: "big.py", Source: good, Output: stem, Emit: []string{"ll", "h", "py"}, Env: toolchain.EnvFromOS()})
		return err
	}
	// looks is how often a whole build looks at its context; the last
	// look is just before it writes
	whole := &countdown{context.Background(), 1 << 30}
	if err := build(whole); err != nil {
		t.Fatal(err)
	}
	looks := 1<<30 - whole.n
	os.Remove(stem + ".ll")
	os.Remove(stem + ".h")
	os.Remove(stem + "_pynjit.py")
	for _, n := range []int{10, looks / 2, looks - 1} {
		start := time.Now()
		if err := build(&countdown{context.Background(), n}); !errors.Is(err, context.Canceled) {
			t.Errorf("build cancelled after %d looks: %v", n, err)
		}
		for _, ext := range []string{".ll", ".h", "_pynjit.py"} {
			if _, err := os.Stat(stem + ext); err == nil {
				t.Errorf("build cancelled after %d looks wrote %s", n, ext)
			}
		}
		t.Logf("build cancelled after %d looks of %d: %v", n, looks, time.Since(start))
	}
}
