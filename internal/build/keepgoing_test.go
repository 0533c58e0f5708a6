package build

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/pynjit/pynjit/internal/diag"
	"github.com/pynjit/pynjit/internal/toolchain"
)

// namesMark lists, on a `# BUILT: a, b` or `# ABSENT: c` line of a
// testdata/keepgoing program, the Python names its outputs must hold or
// leave out.
var namesMark = regexp.MustCompile(`(?m)^# (BUILT|ABSENT): (.*)$`)

// TestKeepGoing builds each testdata/keepgoing program and the seed
// notebook (testdata/errors/seed_notebook.py), some of whose
// functions do not compile: check and build report the same errors
// (the inline marks, those of the functions calling a failed one
// included); without KeepGoing nothing is written; with it, the
// library, header and Python module hold the BUILT functions, which
// CPython calls, and not the ABSENT ones.
func TestKeepGoing(t *testing.T) {
	py := cpython(t)
	files, _ := filepath.Glob("testdata/keepgoing/*.py")
	if len(files) == 0 {
		t.Fatal("no programs in testdata/keepgoing")
	}
	files = append(files, "../../testdata/errors/seed_notebook.py")
	for _, path := range files {
		t.Run(filepath.Base(path), func(t *testing.T) {
			src, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			names := map[string][]string{}
			for _, m := range namesMark.FindAllStringSubmatch(string(src), -1) {
				names[m[1]] = append(names[m[1]], strings.Split(m[2], ", ")...)
			}
			if len(names["BUILT"]) == 0 || len(names["ABSENT"]) == 0 {
				t.Fatal("no # BUILT: or # ABSENT: line")
			}
			checked, err := Check(context.Background(), Query{Name: path, Source: src}, false)
			if err != nil {
				t.Fatal(err)
			}
			expectOnly(t, "check", src, checked)

			stem := filepath.Join(t.TempDir(), "kg")
			req := Request{Name: path, Source: src, Output: stem, Emit: []string{"so", "h", "py"}, OptLevel: 1, Env: toolchain.EnvFromOS()}
			out, strict, err := Compile(context.Background(), req)
			if err != nil || out != nil {
				t.Fatalf("build without -k: %v, wrote %v", err, out)
			}
			if written, _ := filepath.Glob(stem + "*"); len(written) > 0 {
				t.Fatalf("build without -k wrote %v", written)
			}
			expectOnly(t, "build", src, withoutNote(t, strict, "nothing written: "))

			req.KeepGoing = true
			out, kept, err := Compile(context.Background(), req)
			if err != nil || out == nil {
				t.Fatalf("build -k: %v\n%v", err, kept)
			}
			expectOnly(t, "build -k", src, withoutNote(t, kept, "-k: the outputs hold "+strings.Join(names["BUILT"], ", ")))
			header, err := os.ReadFile(stem + ".h")
			if err != nil {
				t.Fatal(err)
			}
			for _, n := range names["BUILT"] {
				if !regexp.MustCompile(`\b` + n + `\(`).Match(header) {
					t.Errorf("the header does not declare %s", n)
				}
			}
			for _, n := range names["ABSENT"] {
				if regexp.MustCompile(`\b` + n + `\(`).Match(header) {
					t.Errorf("the header declares %s, which does not compile", n)
				}
			}
			// the Python module has the functions that compile, and no
			// attribute for the others
			script := `import sys, importlib
sys.path.insert(0, sys.argv[1])
m = importlib.import_module("kg_pynjit")
built, absent = sys.argv[2].split(","), sys.argv[3].split(",")
print(",".join(n for n in built if not callable(getattr(m, n, None))))
print(",".join(n for n in absent if hasattr(m, n)))
`
			cmd := exec.Command(py, "-c", script, filepath.Dir(stem), strings.Join(names["BUILT"], ","), strings.Join(names["ABSENT"], ","))
			got, err := cmd.CombinedOutput()
			if err != nil {
				t.Fatalf("importing the module: %v\n%s", err, got)
			}
			if lines := strings.Split(string(got), "\n"); lines[0] != "" || lines[1] != "" {
				t.Errorf("the Python module lacks %q and has %q", lines[0], lines[1])
			}
		})
	}
}

// expectOnly checks that diags meet every inline mark of src and hold
// nothing else.
func expectOnly(t *testing.T, what string, src []byte, diags diag.List) {
	t.Helper()
	want := readExpectations(t, src)
	for _, d := range diags {
		i := slices.IndexFunc(want, func(e *expectation) bool {
			return !e.met && e.sev == d.Severity && e.line == d.Span.Start.Line && e.col == d.Span.Start.Col+1 && e.re.MatchString(d.Message)
		})
		if i < 0 {
			t.Errorf("%s: unexpected %s at %d:%d: %s", what, d.Severity, d.Span.Start.Line, d.Span.Start.Col+1, d.Message)
			continue
		}
		want[i].met = true
	}
	for _, e := range want {
		if !e.met {
			t.Errorf("%s: %d:%d: want a %s matching %q", what, e.line, e.col, e.sev, e.re)
		}
	}
}

// withoutNote returns diags without the build's N-keep-going note,
// which must be there and start with prefix.
func withoutNote(t *testing.T, diags diag.List, prefix string) diag.List {
	t.Helper()
	i := slices.IndexFunc(diags, func(d *diag.Diagnostic) bool { return d.Code == CodeKeepGoing })
	if i < 0 {
		t.Errorf("no %s note in %v", CodeKeepGoing, diags)
		return diags
	}
	if !strings.HasPrefix(diags[i].Message, prefix) {
		t.Errorf("%s note %q, want it to start with %q", CodeKeepGoing, diags[i].Message, prefix)
	}
	return slices.Delete(slices.Clone(diags), i, i+1)
}

// TestKeepGoingEveryProgram builds every program of testdata with and
// without KeepGoing (LLVM IR and a header, no toolchain needed): -k
// reports the same errors, and generating code for what compiles adds
// none (an error without a position would be code generation's, on a
// program missing a failed function).
func TestKeepGoingEveryProgram(t *testing.T) {
	var files []string
	for _, dir := range []string{"../../testdata/errors", "../../testdata/run", "testdata/keepgoing"} {
		fs, _ := filepath.Glob(filepath.Join(dir, "*.py"))
		files = append(files, fs...)
	}
	for _, path := range files {
		t.Run(filepath.Base(filepath.Dir(path))+"/"+filepath.Base(path), func(t *testing.T) {
			src, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			req := Request{Name: path, Source: src, Emit: []string{"ll", "h"}, Output: filepath.Join(t.TempDir(), "out")}
			_, strict, err := Compile(context.Background(), req)
			if err != nil {
				t.Fatal(err)
			}
			req.KeepGoing = true
			_, kept, err := Compile(context.Background(), req)
			if err != nil {
				t.Fatal(err)
			}
			if a, b := render(withoutCode(strict, CodeKeepGoing)), render(withoutCode(kept, CodeKeepGoing)); a != b {
				t.Errorf("without -k:\n%swith -k:\n%s", a, b)
			}
		})
	}
}

// TestKeepGoingKeepsSymbols: g has two requested signatures, one of
// which does not compile. build -k declares the other under the symbol
// a clean build gives it (g__arrayint64_1d_A, not g: the ABI does not
// change with what fails), and its note lists the failed signature
// (a note comparing bare names said nothing, g having built).
func TestKeepGoingKeepsSymbols(t *testing.T) {
	const src = `from numba import njit


@njit(["int64(int64[:])", "int64(int64)"])
def g(x):
    return BODY


@njit("int64(int64)")
def ok(x):
    return x + 1
`
	header := func(body string, keepGoing bool) (string, diag.List) {
		t.Helper()
		path := filepath.Join(t.TempDir(), "kg.h")
		_, diags, err := Compile(context.Background(), Request{Name: "kg.py", Source: []byte(strings.Replace(src, "BODY", body, 1)), Output: path, Emit: []string{"h"}, KeepGoing: keepGoing})
		if err != nil {
			t.Fatal(err)
		}
		h, err := os.ReadFile(path)
		if err != nil {
			t.Fatalf("no header: %v\n%v", err, diags)
		}
		return string(h), diags
	}
	clean, diags := header("1", false)
	if diags.HasErrors() {
		t.Fatal(diags)
	}
	kept, diags := header("len(x)", true)
	decl := regexp.MustCompile(`(?m)^int64_t (g\w*)\(const pynjit_array \*x\);$`)
	want, got := decl.FindStringSubmatch(clean), decl.FindStringSubmatch(kept)
	if want == nil || got == nil || got[1] != want[1] {
		t.Errorf("build -k declares g(int64[:]) as %q, a clean build as %q", got, want)
	}
	const note = "-k: the outputs hold g(array(int64, 1d, A)), ok, without g(int64), which did not compile"
	if i := slices.IndexFunc(diags, func(d *diag.Diagnostic) bool { return d.Code == CodeKeepGoing }); i < 0 || diags[i].Message != note {
		t.Errorf("want the note %q in\n%s", note, render(diags))
	}
}

// TestKeepGoingPackageNames: in a package, a.f does not compile and
// b.f does; the note names them by module (it compared bare names, and
// said nothing, f having built).
func TestKeepGoingPackageNames(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "kgpkg")
	files := map[string]string{
		"__init__.py": "",
		"a.py":        "from numba import njit\n\n\n@njit(\"int64(int64)\")\ndef f(x):\n    return x + (1, 2)\n",
		"b.py":        "from numba import njit\n\n\n@njit(\"int64(int64)\")\ndef f(x):\n    return x + 1\n",
	}
	if err := os.Mkdir(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	_, diags, err := Compile(context.Background(), Request{Name: dir, Output: filepath.Join(t.TempDir(), "out.ll"), Emit: []string{"ll"}, KeepGoing: true})
	if err != nil {
		t.Fatal(err)
	}
	const note = "-k: the outputs hold kgpkg.b.f, without kgpkg.a.f, which did not compile"
	if i := slices.IndexFunc(diags, func(d *diag.Diagnostic) bool { return d.Code == CodeKeepGoing }); i < 0 || diags[i].Message != note {
		t.Errorf("want the note %q in\n%s", note, render(diags))
	}
}
