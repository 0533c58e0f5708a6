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

// TestReturnedViews builds testdata/viewprog.py, whose functions return
// views (strided, reversed, transposed; of arguments and of arrays they
// make), as both modules, and runs testdata/viewcheck.py against NumPy:
// values, strides, shared memory, and bases that live exactly as long as
// their views, with glibc filling freed memory (MALLOC_PERTURB_) so that
// a read after a free shows.
func TestReturnedViews(t *testing.T) {
	path := "testdata/viewprog.py"
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	_, diags, err := Compile(context.Background(), Request{Name: path, Source: src, Output: filepath.Join(dir, "viewprog"),
		Emit: []string{"so", "py", "pyext"}, OptLevel: 1, Env: toolchain.EnvFromOS()})
	if err != nil || len(diags) > 0 { // no W-pyext: the extension module returns arrays too
		t.Fatalf("build: %v %v", err, diags)
	}
	shim, _ := filepath.Abs("../../testdata/pyshim")
	for _, py := range oracles(t) {
		cmd := exec.Command(py, "testdata/viewcheck.py", path, dir)
		cmd.Env = append(os.Environ(), "PYTHONPATH="+shim, "MALLOC_PERTURB_=165")
		out, err := cmd.CombinedOutput()
		if err != nil || strings.TrimSpace(string(out)) != "ok" {
			t.Errorf("%s: %v\n%s", py, err, out)
		}
	}
}

// TestLayouts builds testdata/layouts.py (parameters of layouts C, F and
// A) as both modules and runs testdata/layoutcheck.py, which asks real
// Numba which arrays each signature accepts: an F parameter took a
// C-ordered array and read it with the wrong strides.
func TestLayouts(t *testing.T) {
	path := "testdata/layouts.py"
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	_, diags, err := Compile(context.Background(), Request{Name: path, Source: src, Output: filepath.Join(dir, "layouts"),
		Emit: []string{"so", "py", "pyext"}, OptLevel: 1, Env: toolchain.EnvFromOS()})
	if err != nil || len(diags) > 0 {
		t.Fatalf("build: %v %v", err, diags)
	}
	for _, py := range oracles(t) {
		if err := exec.Command(py, "-c", "import numba").Run(); err != nil {
			t.Fatalf("%s has no numba, the oracle of which arrays a signature accepts (scripts/setup.sh installs it)", py)
		}
		out, err := exec.Command(py, "testdata/layoutcheck.py", path, dir).CombinedOutput()
		if err != nil || strings.TrimSpace(string(out)) != "ok" {
			t.Errorf("%s: %v\n%s", py, err, out)
		}
	}
}
