package build

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pynjit/pynjit/internal/toolchain"
)

// TestInspectLLVMFuncOptions: inspect-llvm -O0 shows the IR build
// compiles, with the functions' own boundscheck= and fastmath= options
// (it used to leave both out).
func TestInspectLLVMFuncOptions(t *testing.T) {
	src := []byte(`from numba import njit


@njit("float64(float64[:], int64)", boundscheck=True)
def get(a, i):
    return a[i]


@njit("float64(float64, float64)", fastmath=True)
def mul(a, b):
    return a * b
`)
	const name = "options.py"
	inspected, diags, err := InspectLLVM(context.Background(), Query{Name: name, Source: src}, 0, toolchain.EnvFromOS())
	if err != nil || diags.HasErrors() {
		t.Fatalf("inspect-llvm: %v %v", err, diags)
	}
	out := filepath.Join(t.TempDir(), "options.ll")
	if _, diags, err := Compile(context.Background(), Request{Name: name, Source: src, Emit: []string{"ll"}, Output: out}); err != nil || diags.HasErrors() {
		t.Fatalf("build: %v %v", err, diags)
	}
	built, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	if inspected != string(built) {
		t.Errorf("inspect-llvm -O0 differs from build --emit ll:\n%s\nbuild:\n%s", inspected, built)
	}
	for _, want := range []string{"call i32 @pynjit_check_index", "fmul fast double"} {
		if !strings.Contains(inspected, want) {
			t.Errorf("no %q in\n%s", want, inspected)
		}
	}
}
