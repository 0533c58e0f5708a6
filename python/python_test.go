// Package python holds the tests of the Python helpers in this folder
// (pynjit_build, the pynjit IPython extension) and of the examples that
// use them: Python's own unit tests run under each stack, and end-to-end
// builds with pip, build and IPython, all against a pynjit built from
// this checkout.
package python

import (
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// pynjitBin is the pynjit program built from this checkout for the tests.
var pynjitBin string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "pynjit-python-test-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	pynjitBin = filepath.Join(dir, "pynjit")
	if out, err := exec.Command("go", "build", "-o", pynjitBin, "../cmd/pynjit").CombinedOutput(); err != nil {
		fmt.Fprintf(os.Stderr, "go build: %v\n%s", err, out)
		os.Exit(1)
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// debianPython is Debian's CPython 3.11, with NumPy 1.24, Numba 0.56,
// setuptools 66, wheel and pip.
const debianPython = "/usr/bin/python3"

// venvPython is the project environment's CPython 3.12 (NumPy 2, Numba,
// IPython, setuptools, build), made by scripts/setup.sh; "" (and a
// skipped test) where it has not been made, except under
// PYNJIT_REQUIRE_ORACLE=1 (CI), where that fails.
func venvPython(t *testing.T) string {
	t.Helper()
	py, err := filepath.Abs("../.venv/bin/python")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(py); err != nil {
		if os.Getenv("PYNJIT_REQUIRE_ORACLE") == "1" {
			t.Fatalf("%s is missing: scripts/setup.sh makes it", py)
		}
		t.Skipf("%s is missing (scripts/setup.sh makes it)", py)
	}
	return py
}

// env is the test's environment without Python's variables, with PYNJIT
// naming the program under test, no bytecode written into the checkout,
// and extra.
func env(extra ...string) []string {
	var out []string
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "PYTHON") && !strings.HasPrefix(kv, "PYNJIT=") && !strings.HasPrefix(kv, "VIRTUAL_ENV=") {
			out = append(out, kv)
		}
	}
	return append(append(out, "PYNJIT="+pynjitBin, "PYTHONDONTWRITEBYTECODE=1"), extra...)
}

// run runs a command in dir and returns its combined output, failing the
// test when it fails.
func run(t *testing.T, dir string, environ []string, name string, args ...string) string {
	t.Helper()
	cmd := exec.Command(name, args...)
	cmd.Dir, cmd.Env = dir, environ
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("%s %s: %v\n%s", name, strings.Join(args, " "), err, out)
	}
	return string(out)
}

// copyTree copies a source folder, leaving out what builds leave behind.
func copyTree(t *testing.T, from, to string) {
	t.Helper()
	err := filepath.WalkDir(from, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(from, path)
		name := d.Name()
		if d.IsDir() && (name == "build" || name == "dist" || name == "__pycache__" || strings.HasSuffix(name, ".egg-info")) || strings.HasSuffix(name, ".so") {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if d.IsDir() {
			return os.MkdirAll(filepath.Join(to, rel), 0o755)
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(to, rel), data, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
}

// TestPythonUnits runs the helpers' unit tests (tests/test_binary.py,
// tests/test_build.py) under Debian's Python and the project's.
func TestPythonUnits(t *testing.T) {
	check := func(py string) {
		out := run(t, ".", env(), py, "-m", "unittest", "tests.test_binary", "tests.test_build")
		if !strings.Contains(out, "\nOK") || strings.Contains(out, "skipped") {
			t.Errorf("%s:\n%s", py, out)
		}
	}
	check(debianPython)
	check(venvPython(t))
}

// TestNotebookMagic runs tests/test_magic.py: %load_ext pynjit and
// %%pynjit cells in an IPython shell (IPython 9 of the project's
// environment), compiled by the pynjit under test.
func TestNotebookMagic(t *testing.T) {
	out := run(t, ".", env(), venvPython(t), "-m", "unittest", "-v", "tests.test_magic")
	if !strings.Contains(out, "\nOK") || strings.Contains(out, "skipped") || strings.Count(out, "... ok") < 5 {
		t.Errorf("%s", out)
	}
}
