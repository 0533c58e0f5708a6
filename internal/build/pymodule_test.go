package build

import (
	"context"
	"fmt"
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

// leakCheck calls an array-returning function 10,000 times through the
// generated module, and one that raises after allocating 1,000 times, and
// prints the growth of resident memory after a warm-up and how many
// runtime arrays are still alive.
const leakCheck = `
import gc, sys
import numpy as np
sys.path.insert(0, sys.argv[1])
import arrays_pynjit as m
a = np.arange(1000.0)
def rss():
    return int(open("/proc/self/statm").read().split()[1]) * 4096
for _ in range(1000):
    m.running_sum(a)
gc.collect()
before = rss()
for _ in range(10000):
    r = m.running_sum(a)
del r
for _ in range(1000):
    try:
        m.fails_after_allocating(5)
    except ValueError:
        pass
gc.collect()
print(rss() - before, m.nrt_live())
`

// TestArrayResultsDoNotLeak: arrays the compiled code returns are NumPy
// arrays over its memory, freed when Python drops them.
func TestArrayResultsDoNotLeak(t *testing.T) {
	src, err := os.ReadFile("../../testdata/capi/arrays.py")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	_, diags, err := Compile(context.Background(), Request{Name: "arrays.py", Source: src, Output: filepath.Join(dir, "arrays.so"),
		Emit: []string{"so", "py"}, OptLevel: 2, Env: toolchain.EnvFromOS()})
	if err != nil || diags.HasErrors() {
		t.Fatalf("build: %v %v", err, diags)
	}
	out, err := exec.Command(cpython(t), "-c", leakCheck, dir).CombinedOutput()
	if err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	var growth, live int64
	if _, err := fmt.Sscan(string(out), &growth, &live); err != nil {
		t.Fatalf("%v: %s", err, out)
	}
	// 10,000 results of 8 kB each would be 80 MB if kept.
	if growth > 2<<20 || live != 0 {
		t.Errorf("after 10,000 calls: resident memory grew %d bytes, %d arrays alive", growth, live)
	}
	t.Logf("resident memory growth over 10,000 calls: %d bytes", growth)
}

// TestExtensionArrays runs testdata/extcheck.py over the extension module
// of testdata/extprog.py: array arguments from NumPy arrays and other
// buffers, read-only ones copied, wrong ones refused, buffers given back.
func TestExtensionArrays(t *testing.T) {
	src, err := os.ReadFile("testdata/extprog.py")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	_, diags, err := Compile(context.Background(), Request{Name: "testdata/extprog.py", Source: src, Output: filepath.Join(dir, "extprog"),
		Emit: []string{"pyext"}, OptLevel: 2, Env: toolchain.EnvFromOS()})
	if err != nil || len(diags) > 0 { // no W-pyext: every function is in the module
		t.Fatalf("build: %v %v", err, diags)
	}
	out, err := exec.Command(cpython(t), "testdata/extcheck.py", dir).CombinedOutput()
	if err != nil || strings.TrimSpace(string(out)) != "ok" {
		t.Errorf("%v\n%s", err, out)
	}
}
