package build

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// pythonStack is one CPython with NumPy that generated modules run on.
type pythonStack struct {
	// Python is the interpreter; Venv the project environment that holds
	// it (made by scripts/setup.sh), or "" for Debian's /usr/bin/python3.
	Python, Venv string
}

// The stacks, as scripts/setup.sh makes them: Debian's CPython 3.11 with
// NumPy 1.24 and Numba 0.56, and the project's virtual environments.
var (
	debianStack  = pythonStack{Python: "/usr/bin/python3"}
	currentStack = pythonStack{Python: ".venv/bin/python", Venv: ".venv"}
	smokeStacks  = []pythonStack{
		{Python: ".venv-3.11/bin/python", Venv: ".venv-3.11"},
		{Python: ".venv-3.13/bin/python", Venv: ".venv-3.13"},
	}
)

// repoRoot is the repository's top directory (tests run in their package's).
func repoRoot(t *testing.T) string {
	root, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	return root
}

// find returns the stack's interpreter, or "" when setup has not made it
// here (a worktree without environments): that fails the test when
// PYNJIT_REQUIRE_ORACLE=1 (CI), and skips the stack otherwise.
func (s pythonStack) find(t *testing.T) string {
	t.Helper()
	py := s.Python
	if s.Venv != "" {
		py = filepath.Join(repoRoot(t), s.Python)
	}
	if _, err := exec.LookPath(py); err == nil {
		return py
	}
	if os.Getenv("PYNJIT_REQUIRE_ORACLE") == "1" {
		t.Fatalf("%s is missing: scripts/setup.sh makes it", py)
	}
	t.Logf("%s is missing (scripts/setup.sh makes it): not run on it", py)
	return ""
}

// oracles are the interpreters the differential suites compare against:
// today's stack (.venv: CPython 3.12, NumPy 2, current Numba) and Debian's
// (CPython 3.11, NumPy 1.24, Numba 0.56).
func oracles(t *testing.T) []string {
	var out []string
	for _, s := range []pythonStack{currentStack, debianStack} {
		if py := s.find(t); py != "" {
			out = append(out, py)
		}
	}
	if len(out) == 0 {
		t.Fatal("no Python with NumPy to compare with")
	}
	return out
}

// TestGeneratedModulesOnEveryCPython runs a smoke set of the differential
// programs, through the ctypes module and the stable-ABI extension module,
// on every supported CPython: 3.11 (NumPy 1.24 and 2.4), 3.12 and 3.13
// (NumPy 2.5). The full suite runs on two of them (TestDifferential).
func TestGeneratedModulesOnEveryCPython(t *testing.T) {
	var pythons []string
	for _, s := range append([]pythonStack{debianStack, currentStack}, smokeStacks...) {
		if py := s.find(t); py != "" {
			pythons = append(pythons, py)
		}
	}
	for _, name := range []string{"arrays.py", "exceptions.py", "tuples.py"} {
		t.Run(name, func(t *testing.T) {
			if n := differentialOn(t, pythons, filepath.Join("../../testdata/run", name), nil); n == 0 {
				t.Fatal("no cases ran")
			}
		})
	}
}

// TestREADMEVersionTable checks that the README's table of supported
// CPython and NumPy versions says what the smoke test runs: one row per
// stack, with the versions its interpreter reports.
func TestREADMEVersionTable(t *testing.T) {
	readme, err := os.ReadFile(filepath.Join(repoRoot(t), "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range append([]pythonStack{debianStack, currentStack}, smokeStacks...) {
		py := s.find(t)
		if py == "" {
			continue
		}
		out, err := exec.Command(py, "-c", "import sys, numpy; print('%d.%d' % sys.version_info[:2], numpy.__version__)").Output()
		if err != nil {
			t.Fatalf("%s: %v", py, err)
		}
		f := strings.Fields(string(out))
		row := "| CPython " + f[0] + " | NumPy " + f[1] + " |"
		if !strings.Contains(string(readme), row) {
			t.Errorf("README.md has no row %q (for %s)", row, py)
		}
	}
}
