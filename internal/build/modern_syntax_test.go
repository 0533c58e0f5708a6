package build

import (
	"os"
	"path/filepath"
	"testing"
)

// TestNumbaModernSyntax runs the testdata/numba312 programs, written in
// Python 3.12's syntax (PEP 695 type parameters and type statements, PEP
// 701 f-strings) beside @njit functions, under the real Numba of the
// project's environment (.venv: CPython 3.12) and through the module
// pynjit builds from them (read as 3.13, the default), comparing every
// case as TestNumba does.
func TestNumbaModernSyntax(t *testing.T) {
	py := currentStack.find(t)
	if py == "" {
		t.Skip("no .venv: the oracle is its CPython 3.12 with Numba")
	}
	programs, _ := filepath.Glob("../../testdata/numba312/*.py")
	if len(programs) == 0 {
		t.Fatal("no programs in testdata/numba312")
	}
	for _, prog := range programs {
		t.Run(filepath.Base(prog), func(t *testing.T) {
			src, err := os.ReadFile(prog)
			if err != nil {
				t.Fatal(err)
			}
			if n := numbaOracle(t, py, prog, src, oracleRun{}); n == 0 {
				t.Fatal("no cases ran")
			}
		})
	}
}
