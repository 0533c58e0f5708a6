package build

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/pynjit/pynjit/internal/toolchain"
)

// TestManyLibrariesInOneProcess loads 40 copies of a compiled library
// into one Python process and calls each: a library must not take
// static TLS (initial-exec thread-locals), of which a process has a few
// hundred bytes for all it loads, so the ninth would fail to load.
func TestManyLibrariesInOneProcess(t *testing.T) {
	src := []byte("from numba import njit\n\n\n@njit(\"int64(int64)\")\ndef inc(x):\n    if x < 0:\n        raise ValueError(\"negative\")\n    return x + 1\n")
	dir := t.TempDir()
	so := filepath.Join(dir, "inc.so")
	_, diags, err := Compile(context.Background(), Request{Name: "inc.py", Source: src, Output: so, Emit: []string{"so"},
		OptLevel: 2, Env: toolchain.EnvFromOS()})
	if err != nil || diags.HasErrors() {
		t.Fatalf("build: %v %v", err, diags)
	}
	data, err := os.ReadFile(so)
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i < 40; i++ {
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("inc%d.so", i)), data, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	out, err := exec.Command(cpython(t), "-c", `import ctypes, sys
total = 0
for i in range(40):
    lib = ctypes.CDLL(f"{sys.argv[1]}/inc{i}.so")
    lib.inc.restype = ctypes.c_int64
    lib.inc.argtypes = [ctypes.c_int64]
    total += lib.inc(i)
print(total)
`, dir).CombinedOutput()
	if err != nil || string(out) != "820\n" {
		t.Errorf("%v\n%s", err, out)
	}
}
