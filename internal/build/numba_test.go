package build

import (
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/pynjit/pynjit/internal/diag"
	"github.com/pynjit/pynjit/internal/toolchain"
)

// numbaPython is Debian's /usr/bin/python3, which has the real Numba and
// NumPy (scripts/setup.sh installs python3-numba): the oracle where Numba
// defines what a program means. Without it the test fails, it does not
// pass by skipping.
func numbaPython(t *testing.T) string {
	t.Helper()
	const py = "/usr/bin/python3"
	out, err := exec.Command(py, "-c", "import numba, numpy; print(numba.__version__, numpy.__version__)").CombinedOutput()
	if err != nil {
		t.Fatalf("the Numba oracle needs %s with numba and numpy (scripts/setup.sh installs python3-numba): %v\n%s", py, err, out)
	}
	return py
}

// numbaPythons are the two Numba oracles: today's (.venv: Numba 0.68 on
// NumPy 2) and Debian's (Numba 0.56 on NumPy 1.24). Debian's must be
// there; the project's environment is skipped where setup has not made
// it, except in CI (PYNJIT_REQUIRE_ORACLE=1).
func numbaPythons(t *testing.T) []string {
	t.Helper()
	var out []string
	if py := currentStack.find(t); py != "" {
		out = append(out, py)
	}
	return append(out, numbaPython(t))
}

// numbaEnv is the environment of a Python process running Numba as an
// oracle: Numba's cache in cacheDir, out of the source tree, and its
// optimization off (NUMBA_OPT=0). Optimization changes no defined
// result (Numba never uses fast math unless asked), and Numba spends
// most of these tests compiling: at 0 the oracles take a third less time
// (TestArrayPromotion/numba-scalars 185 -> 126 s), which keeps the suite
// inside its time limit on a machine whose cores are busy.
func numbaEnv(cacheDir string) []string {
	return append(os.Environ(), "NUMBA_CACHE_DIR="+cacheDir, "NUMBA_OPT=0")
}

// TestNumba runs every testdata/numba program under real Numba, on both
// stacks, and through the Python module pynjit builds from it, and
// compares every case's outcome, result type and value
// (testdata/numba_oracle.py).
func TestNumba(t *testing.T) {
	pythons := numbaPythons(t)
	programs, _ := filepath.Glob("../../testdata/numba/*.py")
	if len(programs) == 0 {
		t.Fatal("no programs in testdata/numba")
	}
	for _, prog := range programs {
		t.Run(filepath.Base(prog), func(t *testing.T) {
			src, err := os.ReadFile(prog)
			if err != nil {
				t.Fatal(err)
			}
			if n := numbaOracleOn(t, pythons, prog, src, oracleRun{}); n == 0 {
				t.Fatal("no cases ran")
			}
		})
	}
}

// oracleRun says how a program runs against its oracle.
type oracleRun struct {
	// sigs are --sig values for functions without signatures of their own.
	sigs []string
	// refused are the functions pynjit refuses (a diagnostic): the oracle
	// must refuse them too.
	refused []string
	// numpy makes NumPy under CPython the oracle instead of Numba (njit
	// hands back the plain function).
	numpy bool
	// unoptimized builds with -O 0 instead of -O 2, for the large
	// generated tables (clang takes minutes to optimize them).
	unoptimized bool
}

// numbaOracle builds src (the program at path, or a generated one) and
// runs its cases under the oracle py and through the built module,
// returning how many ran. Every mismatch is a test error.
func numbaOracle(t *testing.T, py, path string, src []byte, run oracleRun) int {
	t.Helper()
	return numbaOracleOn(t, []string{py}, path, src, run)
}

// numbaOracleOn builds src once and runs its cases under each oracle in
// pythons, returning how many ran in all.
func numbaOracleOn(t *testing.T, pythons []string, path string, src []byte, run oracleRun) int {
	t.Helper()
	dir := t.TempDir()
	if path == "" {
		path = filepath.Join(dir, "generated.py")
		if err := os.WriteFile(path, src, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	_, diags, err := Compile(context.Background(), Request{Name: path, Source: src, Output: filepath.Join(dir, "prog.so"),
		Emit: []string{"so", "py"}, OptLevel: map[bool]int{false: 2, true: 0}[run.unoptimized], Env: toolchain.EnvFromOS(), Sigs: run.sigs})
	if err != nil || diags.HasErrors() {
		t.Fatalf("build: %v %v", err, diags)
	}
	total := 0
	for _, py := range pythons {
		total += runOracle(t, py, path, dir, run)
	}
	return total
}

// runOracle runs the cases of the program at path under the oracle py
// and through the module built in dir, returning how many ran.
func runOracle(t *testing.T, py, path, dir string, run oracleRun) int {
	t.Helper()
	args := []string{"../../testdata/numba_oracle.py", path, dir, "--refused", strings.Join(run.refused, ",")}
	if run.numpy {
		args = append(args, "--numpy")
	}
	cmd := exec.Command(py, args...)
	cmd.Env = numbaEnv(t.TempDir()) // a cache apart per oracle
	out, err := cmd.Output()
	if err != nil {
		if ee, ok := err.(*exec.ExitError); ok {
			t.Fatalf("numba_oracle.py: %v\n%s", err, ee.Stderr)
		}
		t.Fatal(err)
	}
	var res struct {
		Cases, Skipped       int
		Oracle, Numba, Numpy string
		Failures             []struct{ Call, Numba, Pynjit string }
	}
	if err := json.Unmarshal(out, &res); err != nil {
		t.Fatalf("%v: %s", err, out)
	}
	for _, f := range res.Failures {
		t.Errorf("%s: %s %s (NumPy %s) %s, pynjit %s", f.Call, res.Oracle, res.Numba, res.Numpy, f.Numba, f.Pynjit)
	}
	t.Logf("%s as the oracle (Numba %s, NumPy %s): %d cases, %d failures, %d not run (the other NumPy's oracle)", res.Oracle, res.Numba, res.Numpy, res.Cases, len(res.Failures), res.Skipped)
	return res.Cases
}

// refusedFuncs types src's functions at sigs and returns the ones
// pynjit refuses, with a diagnostic, and the --sig values of the others.
func refusedFuncs(t *testing.T, src []byte, sigs map[string]string) (refused, accepted []string) {
	t.Helper()
	var all []string
	for name, sig := range sigs {
		all = append(all, name+": "+sig)
	}
	fe, diags, err := load(context.Background(), input{name: "generated.py", src: src, sigs: all}, false)
	if err != nil {
		t.Fatal(err)
	}
	if fe == nil || diags.HasErrors() {
		t.Fatal(diags)
	}
	reqs, _ := fe.requested("", nil)
	if _, diags, err = fe.typeAll(context.Background(), reqs); err != nil {
		t.Fatal(err)
	}
	bad := map[string]bool{}
	for _, d := range diags {
		if d.Severity == diag.Error {
			bad[funcAt(fe, d.Span.Start.Line)] = true
		}
	}
	for name, sig := range sigs {
		if bad[name] {
			refused = append(refused, name)
		} else {
			accepted = append(accepted, name+": "+sig)
		}
	}
	sort.Strings(refused)
	sort.Strings(accepted)
	return refused, accepted
}

// funcAt names the function of fe whose definition holds line.
func funcAt(fe *frontEnd, line int) string {
	for _, fn := range fe.mod.Funcs {
		sp := fn.Def.Span()
		if sp.Start.Line <= line && line <= sp.End.Line {
			return fn.Name
		}
	}
	return ""
}
