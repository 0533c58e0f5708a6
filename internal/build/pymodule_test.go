package build

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pynjit/pynjit/internal/toolchain"
)

// TestPythonModule builds testdata/modprog.py with --emit so,py and runs
// testdata/modcheck.py against the generated module under the CPython
// that has NumPy (and again under any other python3 on PATH, which
// checks the fallback's stand-in numba module when numba is missing).
func TestPythonModule(t *testing.T) {
	src, err := os.ReadFile("testdata/modprog.py")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	so := filepath.Join(dir, "modprog.so")
	_, diags, err := Compile(context.Background(), Request{Name: "testdata/modprog.py", Source: src, Output: so,
		Emit: []string{"so", "py"}, OptLevel: 2, Env: toolchain.EnvFromOS()})
	if err != nil || diags.HasErrors() {
		t.Fatalf("build: %v %v", err, diags)
	}
	pythons := []string{cpython(t)}
	if p, err := exec.LookPath("python3"); err == nil && p != pythons[0] {
		pythons = append(pythons, p)
	}
	for _, py := range pythons {
		out, err := exec.Command(py, "testdata/modcheck.py", dir).CombinedOutput()
		if err != nil || strings.TrimSpace(string(out)) != "ok" {
			t.Errorf("%s: %v\n%s", py, err, out)
		}
	}
}
