package build

import (
	"context"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/pynjit/pynjit/internal/toolchain"
)

// TestFastMath checks that fast-math flags reach the float arithmetic of
// exactly the functions that ask for them (or of all, with --fastmath),
// and that the IR verifies.
func TestFastMath(t *testing.T) {
	src := []byte(`from numba import njit

@njit("float64(float64[::1])", fastmath=True)
def fast_sum(a):
    s = 0.0
    for i in range(a.shape[0]):
        s += a[i] * a[i]
    return s

@njit("float64(float64[::1])")
def exact_sum(a):
    s = 0.0
    for i in range(a.shape[0]):
        s += a[i] * a[i]
    return s
`)
	fastOps := regexp.MustCompile(`(?m)^\s*%\S+ = f(add|mul) fast double`)
	plainOps := regexp.MustCompile(`(?m)^\s*%\S+ = f(add|mul) double`)
	for _, all := range []bool{false, true} {
		dir := t.TempDir()
		out := filepath.Join(dir, "m.ll")
		_, diags, err := Compile(context.Background(), Request{Name: "m.py", Source: src, Emit: []string{"ll"}, Output: out, FastMath: all})
		if err != nil || diags.HasErrors() {
			t.Fatalf("build: %v %v", err, diags)
		}
		ll, err := os.ReadFile(out)
		if err != nil {
			t.Fatal(err)
		}
		for _, fn := range []string{"fast_sum", "exact_sum"} {
			body := functionBody(string(ll), "@pynjit."+fn)
			fast, plain := len(fastOps.FindAllString(body, -1)), len(plainOps.FindAllString(body, -1))
			wantFast := all || fn == "fast_sum"
			if wantFast && (fast != 2 || plain != 0) || !wantFast && (fast != 0 || plain != 2) {
				t.Errorf("--fastmath=%v: %s has %d fast and %d plain float operations", all, fn, fast, plain)
			}
		}
		tc, err := toolchain.Discover(toolchain.EnvFromOS())
		if err != nil {
			t.Fatal(err)
		}
		if _, err := tc.OptimizeIR(context.Background(), ll, toolchain.Options{OptLevel: 2}); err != nil {
			t.Fatalf("the IR does not compile: %v", err)
		}
	}
}

// functionBody returns the text of the function whose name starts with
// prefix in a module's IR.
func functionBody(ll, prefix string) string {
	i := strings.Index(ll, "define internal { double, i32 } "+prefix)
	if i < 0 {
		return ""
	}
	end := strings.Index(ll[i:], "\n}\n")
	return ll[i : i+end]
}
