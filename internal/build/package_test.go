package build

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/pynjit/pynjit/internal/diag"

	"github.com/pynjit/pynjit/internal/toolchain"
)

// TestPackageDifferential builds programs of several modules and runs
// their cases under CPython (the package imported as its users import
// it) and through the built modules: a package built as one library
// (its kernels call each other across modules, by relative and absolute
// imports, and read each other's constants), and a script built alone
// with the sibling module it imports.
func TestPackageDifferential(t *testing.T) {
	py := cpython(t)
	shim, _ := filepath.Abs("../../testdata/pyshim")
	for _, prog := range []string{"../../testdata/packages/shapes", "../../testdata/packages/scripts/kernels.py"} {
		t.Run(filepath.Base(prog), func(t *testing.T) {
			var src []byte
			if st, err := os.Stat(prog); err != nil {
				t.Fatal(err)
			} else if !st.IsDir() {
				if src, err = os.ReadFile(prog); err != nil {
					t.Fatal(err)
				}
			}
			dir := t.TempDir()
			_, diags, err := Compile(context.Background(), Request{Name: prog, Source: src, Output: filepath.Join(dir, "prog.so"),
				Emit: []string{"so", "py", "pyext"}, OptLevel: 2, Env: toolchain.EnvFromOS()})
			if err != nil || diags.HasErrors() {
				t.Fatalf("build: %v %v", err, diags)
			}
			retPath := filepath.Join(dir, "returns.json")
			data, _ := json.Marshal(returnTypes(t, prog, src))
			if err := os.WriteFile(retPath, data, 0o644); err != nil {
				t.Fatal(err)
			}
			if n := runCases(t, py, prog, dir, retPath, shim); n == 0 {
				t.Fatal("no cases ran")
			}
		})
	}
}

// TestPackageErrors checks a package whose errors are in several of its
// modules: each expectation (testdata/errors' inline marks, in every
// module) is met at its line and column in its own file, and nothing
// else is reported.
func TestPackageErrors(t *testing.T) {
	dir := "../../testdata/packages/broken"
	files, _ := filepath.Glob(filepath.Join(dir, "*.py"))
	want := map[string][]*expectation{}
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		want[filepath.Base(f)] = readExpectations(t, src)
	}
	diags, err := Check(context.Background(), Query{Name: dir}, false)
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range diags {
		if d.File == nil {
			t.Errorf("a diagnostic without a file: %s", d.Message)
			continue
		}
		found := false
		for _, e := range want[filepath.Base(d.File.Name)] {
			if !e.met && e.sev == d.Severity && e.line == d.Span.Start.Line && e.col == d.Span.Start.Col+1 && e.re.MatchString(d.Message) {
				e.met, found = true, true
				break
			}
		}
		if !found {
			t.Errorf("unexpected %s at %s:%d:%d: %s", d.Severity, d.File.Name, d.Span.Start.Line, d.Span.Start.Col+1, d.Message)
		}
	}
	for file, es := range want {
		for _, e := range es {
			if !e.met {
				t.Errorf("%s:%d:%d: want a %s matching %q", file, e.line, e.col, e.sev, e.re)
			}
		}
	}
}

// TestImportedErrors checks one module of that package alone: the errors
// of the modules it imports are not its own, and show, in their own
// files, as notes of the calls that reach them.
func TestImportedErrors(t *testing.T) {
	path := "../../testdata/packages/broken/a.py"
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	diags, err := Check(context.Background(), Query{Name: path, Source: src}, false)
	if err != nil {
		t.Fatal(err)
	}
	notes := map[string]bool{}
	for _, d := range diags {
		if filepath.Base(d.File.Name) != "a.py" {
			t.Errorf("a diagnostic of an imported module, not a note of a call: %s:%d: %s", d.File.Name, d.Span.Start.Line, d.Message)
		}
		for _, n := range d.Notes {
			if n.File != nil {
				notes[fmt.Sprintf("%s:%d:%d", filepath.Base(n.File.Name), n.Span.Start.Line, n.Span.Start.Col+1)] = true
			}
		}
	}
	for _, at := range []string{"b.py:8:16", "c.py:6:9"} {
		if !notes[at] {
			t.Errorf("no note at %s, where the callee's error is; notes at %v", at, notes)
		}
	}
	errs := 0
	for _, d := range diags {
		if d.Severity == diag.Error {
			errs++
		}
	}
	if errs != 4 {
		t.Errorf("%d errors, want 4 (the import, two calls, the attribute): %v", errs, diags)
	}
}

// TestPackageExportClash: two modules of a package built as one library
// export a function of one name; the build says where both are, before
// the toolchain would refuse the second symbol, and check says so too.
func TestPackageExportClash(t *testing.T) {
	const pkg = "../../testdata/packages/clash"
	_, built, err := Compile(context.Background(), Request{Name: pkg, Output: filepath.Join(t.TempDir(), "clash.so"), Env: toolchain.EnvFromOS()})
	if err != nil {
		t.Fatal(err)
	}
	checked, err := Check(context.Background(), Query{Name: pkg}, false)
	if err != nil {
		t.Fatal(err)
	}
	for cmd, diags := range map[string]diag.List{"build": built, "check": checked} {
		if len(diags) != 1 || diags[0].Code != CodeExportClash || filepath.Base(diags[0].File.Name) != "y.py" || diags[0].Span.Start.Line != 5 ||
			len(diags[0].Notes) != 1 || filepath.Base(diags[0].Notes[0].File.Name) != "x.py" {
			t.Errorf("%s: want one E-export-clash at y.py:5 noting x.py: %v", cmd, diags)
		}
	}
}

// TestImportedSyntaxError: a module that does not parse, imported by a
// package's module: checking or building the package, or that module
// alone, reports the syntax error and nothing that follows from it
// (the importer's uses of the module's names).
func TestImportedSyntaxError(t *testing.T) {
	const dir = "../../testdata/packages/syntax"
	bad, _ := filepath.Abs(filepath.Join(dir, "inner", "bad.py"))
	src, err := os.ReadFile(bad)
	if err != nil {
		t.Fatal(err)
	}
	user, err := os.ReadFile(filepath.Join(dir, "user.py"))
	if err != nil {
		t.Fatal(err)
	}
	for _, in := range []struct {
		name string
		src  []byte
	}{{dir, nil}, {filepath.Join(dir, "user.py"), user}} {
		checked, err := Check(context.Background(), Query{Name: in.name, Source: in.src}, false)
		if err != nil {
			t.Fatal(err)
		}
		_, built, err := Compile(context.Background(), Request{Name: in.name, Source: in.src, Emit: []string{"ll"}, Output: filepath.Join(t.TempDir(), "out.ll"), KeepGoing: true})
		if err != nil {
			t.Fatal(err)
		}
		for what, diags := range map[string]diag.List{"check " + in.name: checked, "build -k " + in.name: built} {
			for _, d := range diags {
				if at, _ := filepath.Abs(d.File.Name); at != bad {
					t.Errorf("%s: %s:%d: %s, which follows from the syntax error", what, d.File.Name, d.Span.Start.Line, d.Message)
				}
			}
			expectOnly(t, what, src, diags)
		}
	}
}

// TestPackageOptions: two modules of a package each define f, one with
// boundscheck=True; built as one library each keeps its own option
// (they were keyed by the plain name, and the later f's won). m[0, 5] of
// a 2x3 array raises IndexError in a.f and reads m[1, 2] in b.f, under
// real Numba and through the built module alike.
func TestPackageOptions(t *testing.T) {
	py := numbaPython(t)
	const pkg = "../../testdata/packages/options"
	dir := t.TempDir()
	_, diags, err := Compile(context.Background(), Request{Name: pkg, Output: filepath.Join(dir, "opts"), Emit: []string{"so", "py"}, OptLevel: 1, Env: toolchain.EnvFromOS()})
	if err != nil || diags.HasErrors() {
		t.Fatalf("build: %v %v", err, diags)
	}
	script := `import sys, importlib
import numpy as np
sys.path[:0] = [sys.argv[1], sys.argv[2]]
built = importlib.import_module("opts_pynjit")
a, b = importlib.import_module("options.a"), importlib.import_module("options.b")
m = np.arange(6).reshape(2, 3)
def outcome(f):
    try:
        return repr(f(m, 0, 5))
    except IndexError:
        return "IndexError"
for name, numba_f in (("get_a", a.get_a), ("get_b", b.get_b)):
    print(name, outcome(numba_f), outcome(getattr(built, name)))
`
	out, err := exec.Command(py, "-c", script, dir, filepath.Dir(pkg)).CombinedOutput()
	if err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	want := "get_a IndexError IndexError\nget_b 5 5\n"
	if string(out) != want {
		t.Errorf("name, Numba's outcome, pynjit's:\n%swant\n%s", out, want)
	}
}
