package build

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/pynjit/pynjit/internal/toolchain"
	"github.com/pynjit/pynjit/internal/types"
)

// cpython finds the oracle: the differential tests need only CPython and
// ctypes, so any CPython 3 will do.
func cpython(t *testing.T) string {
	for _, p := range []string{"/usr/bin/python3", "python3"} {
		if path, err := exec.LookPath(p); err == nil {
			return path
		}
	}
	t.Fatal("no python3 found (scripts/setup.sh installs it)")
	return ""
}

// TestDifferential runs every testdata/run program under CPython and
// through the library pynjit builds from it, and compares every case.
func TestDifferential(t *testing.T) {
	pythons := oracles(t)
	programs, _ := filepath.Glob("../../testdata/run/*.py")
	if len(programs) == 0 {
		t.Fatal("no programs in testdata/run")
	}
	total := 0
	for _, prog := range programs {
		t.Run(filepath.Base(prog), func(t *testing.T) {
			total += differentialOn(t, pythons, prog, nil)
		})
	}
	t.Logf("%d differential cases in all", total)
	if total < 60 {
		t.Errorf("only %d differential cases; the suite promises at least 60", total)
	}
}

// TestDifferentialInParts builds programs the way a large file is built,
// split into parts compiled apart, each function in its own part where it
// can be: calls across parts, copies of small callees, exports, errors and
// recursion must all behave as in one module.
func TestDifferentialInParts(t *testing.T) {
	py := cpython(t)
	for _, name := range []string{"calls.py", "exceptions.py", "kernels.py", "prelude.py", "signs.py", "tuples.py"} {
		prog := filepath.Join("../../testdata/run", name)
		for _, copySize := range []int{0, 30} {
			t.Run(fmt.Sprintf("%s/copy%d", name, copySize), func(t *testing.T) {
				src, err := os.ReadFile(prog)
				if err != nil {
					t.Fatal(err)
				}
				fe, diags, _ := load(context.Background(), input{name: prog, src: src}, false)
				if fe == nil || diags.HasErrors() {
					t.Fatal(diags)
				}
				reqs, _ := fe.requested("", nil)
				fe.typeAll(context.Background(), reqs)
				sp := Split{Parts: 4, PartSize: 1, CopySize: copySize, CopyDepth: 2}
				p := partition(fe.prog.Specs(), sp)
				if p == nil || len(p.defines) < 2 {
					t.Fatalf("not split: %+v", p)
				}
				if name == "calls.py" && copySize == 0 && len(p.shared) == 0 {
					t.Fatal("no call crosses parts")
				}
				if n := differential(t, py, prog, &sp); n == 0 {
					t.Fatal("no cases ran")
				}
			})
		}
	}
}

// differential builds prog (split as sp says, when set) and runs its
// cases under CPython and through the built modules, returning how many
// ran.
func differential(t *testing.T, py, prog string, sp *Split) int {
	t.Helper()
	return differentialOn(t, []string{py}, prog, sp)
}

// differentialOn builds prog once and runs its cases under each Python in
// pythons, returning how many ran in all.
func differentialOn(t *testing.T, pythons []string, prog string, sp *Split) int {
	t.Helper()
	shim, _ := filepath.Abs("../../testdata/pyshim")
	src, err := os.ReadFile(prog)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	so := filepath.Join(dir, "prog.so")
	_, diags, err := Compile(context.Background(), Request{Name: prog, Source: src, Output: so, Emit: []string{"so", "py", "pyext"},
		OptLevel: 2, Env: toolchain.EnvFromOS(), Split: sp})
	if err != nil || diags.HasErrors() {
		t.Fatalf("build: %v %v", err, diags)
	}
	retPath := filepath.Join(dir, "returns.json")
	data, _ := json.Marshal(returnTypes(t, prog, src))
	if err := os.WriteFile(retPath, data, 0o644); err != nil {
		t.Fatal(err)
	}
	total := 0
	for _, py := range pythons {
		total += runCases(t, py, prog, dir, retPath, shim)
	}
	return total
}

// runCases runs prog's cases under py against the modules built in dir.
func runCases(t *testing.T, py, prog, dir, retPath, shim string) int {
	t.Helper()
	total := 0
	// the Python module, then the extension module (--emit pyext) on the
	// functions it has
	for _, module := range []string{"prog_pynjit", "prog_pyext"} {
		cmd := exec.Command(py, "../../testdata/differential.py", prog, dir, retPath)
		cmd.Env = append(os.Environ(), "PYTHONPATH="+shim, "PYNJIT_MODULE="+module)
		out, err := cmd.Output()
		if err != nil {
			if ee, ok := err.(*exec.ExitError); ok {
				t.Fatalf("differential.py: %v\n%s", err, ee.Stderr)
			}
			t.Fatal(err)
		}
		var res struct {
			Cases, Skipped int
			Failures       []struct{ Call, CPython, Pynjit string }
		}
		if err := json.Unmarshal(out, &res); err != nil {
			t.Fatalf("%v: %s", err, out)
		}
		total += res.Cases
		for _, f := range res.Failures {
			t.Errorf("%s %s %s: CPython %s, pynjit %s", py, module, f.Call, f.CPython, f.Pynjit)
		}
		t.Logf("%s %s: %d cases, %d failures, %d not run (the other NumPy's oracle)", py, module, res.Cases, len(res.Failures), res.Skipped)
	}
	return total
}

// returnTypes gives, per Python name, the declared return type the
// oracle's result converts to: a type name, or a list for a tuple. A
// function whose signatures return different types gets none.
func returnTypes(t *testing.T, name string, src []byte) map[string]any {
	fe, diags, _ := load(context.Background(), input{name: name, src: src}, false)
	if fe == nil || diags.HasErrors() {
		t.Fatal(diags)
	}
	reqs, _ := fe.requested("", nil)
	results, diags, _ := fe.typeAll(context.Background(), reqs)
	if diags.HasErrors() {
		t.Fatal(diags)
	}
	seen := map[string]string{}
	out := map[string]any{}
	for _, e := range exportsOf(fe, results) {
		n := pythonName(fe.prog.FuncOf(e.Spec), e)
		r := e.Spec.Return.String()
		if old, ok := seen[n]; ok && old != r {
			delete(out, n)
			continue
		}
		seen[n] = r
		out[n] = typeJSON(e.Spec.Return)
	}
	return out
}

func typeJSON(t types.Type) any {
	if tt, ok := t.(*types.Tuple); ok {
		var elems []any
		for _, e := range tt.Elems {
			elems = append(elems, typeJSON(e))
		}
		return elems
	}
	if types.Equal(t, types.None) {
		return nil
	}
	return t.String()
}
