package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// oraclePython is Debian's CPython 3.11 with NumPy 1.24 (and Numba 0.56).
const oraclePython = "/usr/bin/python3"

// TestTraceRoundTrip: pynjit trace runs a program whose jitted functions
// are all untyped, unchanged (its output is CPython's), and writes their
// argument types to a signature file; build reads it and compiles every
// function at them; the built module returns what CPython returns for
// the same arguments.
func TestTraceRoundTrip(t *testing.T) {
	if err := exec.Command(oraclePython, "-c", "import numpy").Run(); err != nil {
		t.Skipf("%s with NumPy is the oracle: %v", oraclePython, err)
	}
	dir := t.TempDir()
	src, err := os.ReadFile("../../testdata/trace/prog.py")
	if err != nil {
		t.Fatal(err)
	}
	prog := filepath.Join(dir, "prog.py")
	if err := os.WriteFile(prog, src, 0o644); err != nil {
		t.Fatal(err)
	}
	shim, _ := filepath.Abs("../../testdata/pyshim")
	plain := exec.Command(oraclePython, prog, "20")
	plain.Env = append(os.Environ(), "PYTHONPATH="+shim)
	want, err := plain.Output()
	if err != nil {
		t.Fatal(err)
	}

	sigs := filepath.Join(dir, "pynjit-sigs.txt")
	code, stdout, stderr := runCLI(t, nil, "trace", "--sig-file", sigs, "--", oraclePython, prog, "20")
	if code != exitOK || stdout != string(want) {
		t.Fatalf("trace: exit %d, output\n%s\nwant CPython's\n%s\nstderr: %s", code, stdout, want, stderr)
	}
	got, err := os.ReadFile(sigs)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{"[prog.py]", "total(float64[:, ::1])", "total(float64[::1, :])", "total(float64[:, :])",
		"scale(float64[::1], float64)", "mix(int64, float64, boolean)", "pair(UniTuple(int64, 3))", "count(int64)", "plain(int64)"} {
		if !strings.Contains(string(got), "\n"+s+"\n") {
			t.Errorf("%s lacks %s:\n%s", sigs, s, got)
		}
	}
	// a second run adds nothing new, and the file stays as it was
	if code, _, _ := runCLI(t, nil, "trace", "--sig-file", sigs, "--", oraclePython, prog, "20"); code != exitOK {
		t.Fatalf("second trace: exit %d", code)
	}
	if again, _ := os.ReadFile(sigs); string(again) != string(got) {
		t.Errorf("a second trace of the same run changed the file:\n%s\nthen\n%s", got, again)
	}

	code, stdout, stderr = runCLI(t, nil, "sigs", prog, "--sig-file", sigs)
	if code != exitOK || strings.Count(stdout, "recorded by pynjit trace in "+sigs) != 8 {
		t.Errorf("sigs: exit %d\n%s%s", code, stdout, stderr)
	}
	// the library goes apart, so that import prog finds the source
	lib := filepath.Join(dir, "lib")
	if err := os.Mkdir(lib, 0o755); err != nil {
		t.Fatal(err)
	}
	if code, _, stderr = runCLI(t, nil, "build", prog, "--sig-file", sigs, "--emit", "py", "-o", filepath.Join(lib, "prog")); code != exitOK {
		t.Fatalf("build: exit %d\n%s", code, stderr)
	}
	check := `
import sys
import numpy as np
sys.path[:0] = [sys.argv[1], sys.argv[2]]
import prog as py
import prog_pynjit as c
a = np.arange(12.0).reshape(3, 4)
cases = [("total", (a,)), ("total", (np.asfortranarray(a),)), ("total", (a[:, ::2],)), ("total", (-a,)),
         ("scale", (np.arange(5.0), 2.5)), ("scale", (np.linspace(0, 1, 7), -3.0)),
         ("mix", (3, 1.5, True)), ("mix", (4, 2.0, False)), ("mix", (-9, 0.25, True)),
         ("pair", ((3, 4, 5),)), ("pair", ((-7, 6, 1),)), ("count", (20,)), ("count", (1000,)), ("plain", (41,))]
for name, args in cases:
    want, got = getattr(py, name)(*args), getattr(c, name)(*args)
    # a NumPy scalar comes back as the Python number, as from Numba
    kind = type(want.item()) if isinstance(want, np.generic) else type(want)
    same = np.array_equal(want, got) if isinstance(want, np.ndarray) else (want == got and kind is type(got))
    print(name, "ok" if same else "MISMATCH %r %r" % (want, got))
`
	cmp := exec.Command(oraclePython, "-c", check, dir, lib)
	cmp.Env = append(os.Environ(), "PYTHONPATH="+shim)
	out, err := cmp.CombinedOutput()
	if err != nil || strings.Contains(string(out), "MISMATCH") || strings.Count(string(out), " ok\n") != 14 {
		t.Errorf("the built module and CPython disagree (%v):\n%s", err, out)
	}
}

// TestTracePytest: pynjit trace -- python -m pytest records the types
// the tests call the project's functions with (the .venv of
// scripts/setup.sh has pytest; its real Numba is shadowed by the
// stand-in), and the run passes as it would without trace.
func TestTracePytest(t *testing.T) {
	py, err := filepath.Abs("../../.venv/bin/python")
	if err != nil {
		t.Fatal(err)
	}
	if err := exec.Command(py, "-c", "import pytest, numpy").Run(); err != nil {
		if os.Getenv("PYNJIT_REQUIRE_ORACLE") == "1" {
			t.Fatalf("%s with pytest is missing: scripts/setup.sh makes it", py)
		}
		t.Skipf("%s with pytest is missing (scripts/setup.sh makes it): %v", py, err)
	}
	dir := t.TempDir()
	for name, text := range map[string]string{
		"kern.py":      "from numba import njit\n\n\n@njit(cache=True)\ndef norm2(a):\n    return (a * a).sum()\n",
		"test_kern.py": "import numpy as np\nfrom kern import norm2\n\n\ndef test_norm():\n    assert norm2(np.arange(3.0)) == 5.0\n    assert norm2(np.arange(4).reshape(2, 2)) == 14\n",
	} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	t.Chdir(dir)
	code, stdout, stderr := runCLI(t, nil, "trace", "--", py, "-m", "pytest", "-q", "-p", "no:cacheprovider")
	if code != exitOK || !strings.Contains(stdout, "1 passed") {
		t.Fatalf("trace of pytest: exit %d\n%s%s", code, stdout, stderr)
	}
	got, err := os.ReadFile("pynjit-sigs.txt")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(got), "\n[kern.py]\nnorm2(float64[::1])\nnorm2(int64[:, ::1])\n") {
		t.Errorf("pynjit-sigs.txt:\n%s", got)
	}
}
