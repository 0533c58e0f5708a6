package build

import (
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/pynjit/pynjit/internal/diag"
	"github.com/pynjit/pynjit/internal/toolchain"
)

// pyccReport is what testdata/pycccheck.py prints about one module.
type pyccReport struct {
	Names, Exports []string
	File           string
	Compared       int
	Mismatches     []any
}

// checkPyCC runs testdata/pycccheck.py on the module built from source
// into dir, under Debian's Python with Numba 0.56.
func checkPyCC(t *testing.T, source, dir string) pyccReport {
	t.Helper()
	out, err := exec.Command(debianStack.Python, "testdata/pycccheck.py", source, dir).CombinedOutput()
	if err != nil {
		t.Fatalf("pycccheck %s: %v\n%s", dir, err, out)
	}
	var r pyccReport
	if err := json.Unmarshal(out, &r); err != nil {
		t.Fatalf("pycccheck: %v\n%s", err, out)
	}
	return r
}

// TestPyCCExample builds examples/pycc/stats.py, a file in numba.pycc's
// documented form, with pynjit (no options: the extension module CC
// names, beside the file) and with Numba 0.56's own pycc, and checks
// that both modules expose exactly the exported names and that every
// export returns, at arguments made from its signature, what the
// function returns as Python (results, exception types, arrays after
// the call).
func TestPyCCExample(t *testing.T) {
	src, err := os.ReadFile("../../examples/pycc/stats.py")
	if err != nil {
		t.Fatal(err)
	}
	ours, theirs := t.TempDir(), t.TempDir()
	for _, d := range []string{ours, theirs} {
		if err := os.WriteFile(filepath.Join(d, "stats.py"), src, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	name := filepath.Join(ours, "stats.py")
	out, diags, err := Compile(context.Background(), Request{Name: name, Source: src, OptLevel: 2, Env: toolchain.EnvFromOS()})
	if err != nil || len(diags) > 0 {
		t.Fatalf("build: %v\n%v", err, diags)
	}
	if want := []string{filepath.Join(ours, "stats.abi3.so")}; !slices.Equal(out.Files, want) {
		t.Fatalf("wrote %v, want %v", out.Files, want)
	}
	if _, err := exec.LookPath(debianStack.Python); err != nil {
		t.Fatalf("%s: %v", debianStack.Python, err)
	}
	got := checkPyCC(t, name, ours)
	if got.File != "stats.abi3.so" || !slices.Equal(got.Names, got.Exports) || got.Compared < 50 || len(got.Mismatches) > 0 {
		t.Errorf("pynjit's module: %+v", got)
	}

	// Numba's pycc needs numba.pycc and a C compiler (through distutils)
	cmd := exec.Command(debianStack.Python, "stats.py")
	cmd.Dir = theirs
	if msg, err := cmd.CombinedOutput(); err != nil {
		if os.Getenv("PYNJIT_REQUIRE_ORACLE") == "1" {
			t.Fatalf("numba.pycc: %v\n%s", err, msg)
		}
		t.Skipf("numba.pycc cannot build here (%v): compared with Python only\n%s", err, msg)
	}
	want := checkPyCC(t, filepath.Join(theirs, "stats.py"), theirs)
	if !strings.HasPrefix(want.File, "stats.cpython-") || len(want.Mismatches) > 0 {
		t.Errorf("pycc's module: %+v", want)
	}
	if !slices.Equal(got.Names, want.Names) || got.Compared != want.Compared {
		t.Errorf("pynjit's module has %v (%d calls), pycc's %v (%d calls)", got.Names, got.Compared, want.Names, want.Compared)
	}
}

// TestPyCCOutputs checks where a pycc file's build writes, as
// cc.output_dir and cc.output_file, --emit and -o say, and the errors of
// what pynjit cannot know or import.
func TestPyCCOutputs(t *testing.T) {
	const head = "import os\nfrom numba.pycc import CC\ncc = CC('kern')\n"
	const body = "\n@cc.export('twice', 'f8(f8)')\n@cc.export('twicei', 'i8(i8)')\ndef twice(x):\n    return 2 * x\n"
	cases := []struct {
		name, settings string
		head           string // instead of the usual one
		emit           []string
		output         string
		want           []string // files written, relative to the source's directory
		err            string   // a diagnostic or usage error instead
	}{
		{name: "default", want: []string{"kern.abi3.so"}},
		{name: "output_dir", settings: "cc.output_dir = 'lib/x'\ncc.verbose = True\n", want: []string{"lib/x/kern.abi3.so"}},
		{name: "file's dir", settings: "cc.output_dir = os.path.dirname(os.path.abspath(__file__))\n", want: []string{"kern.abi3.so"}},
		{name: "joined", settings: "cc.output_dir = os.path.join(os.path.dirname(__file__), 'out')\n", want: []string{"out/kern.abi3.so"}},
		{name: "output_file", settings: "cc.output_file = 'kern.so'\n", want: []string{"kern.so"}},
		{name: "-o", output: "mod/other.abi3.so", want: []string{"mod/other.abi3.so"}},
		{name: "emit h", emit: []string{"h"}, output: "k.h", want: []string{"k.h"}},
		{name: "emit pyext,h", emit: []string{"pyext", "h"}, want: []string{"kern.abi3.so", "src.h"}},
		{name: "unknowable", settings: "cc.output_dir = os.environ['OUT']\n", err: "pynjit cannot know where this puts the extension module"},
		{name: "bad name", head: "from numba.pycc import CC\ncc = CC('a.b')\n", err: "CC(\"a.b\"): Python cannot import"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			dir := t.TempDir()
			if err := os.Mkdir(filepath.Join(dir, "mod"), 0o755); err != nil {
				t.Fatal(err)
			}
			h := head
			if c.head != "" {
				h = c.head
			}
			src := []byte(h + c.settings + body)
			name := filepath.Join(dir, "src.py")
			if err := os.WriteFile(name, src, 0o644); err != nil {
				t.Fatal(err)
			}
			var outDir string
			if len(c.emit) > 1 {
				outDir = dir // the other outputs go there
			}
			output := c.output
			if output != "" {
				output = filepath.Join(dir, output)
			}
			res, diags, err := Compile(context.Background(), Request{Name: name, Source: src, Emit: c.emit, Output: output, OutputDir: outDir, Env: toolchain.EnvFromOS()})
			if c.err != "" {
				got := messages(diags)
				if err != nil {
					got += err.Error()
				}
				if !strings.Contains(got, c.err) {
					t.Fatalf("want %q, got %s", c.err, got)
				}
				return
			}
			if err != nil || diags.HasErrors() {
				t.Fatalf("build: %v\n%v", err, diags)
			}
			var got []string
			for _, f := range res.Files {
				rel, _ := filepath.Rel(dir, f)
				got = append(got, rel)
			}
			if !slices.Equal(got, c.want) {
				t.Fatalf("wrote %v, want %v", got, c.want)
			}
			if strings.HasSuffix(got[0], ".so") {
				py := "import importlib.util, sys\ns = importlib.util.spec_from_file_location(sys.argv[2], sys.argv[1])\nm = importlib.util.module_from_spec(s)\ns.loader.exec_module(m)\nprint(sorted(n for n in dir(m) if not n.startswith('__')), m.twice(2.5), m.twicei(21))"
				modName, _, _ := strings.Cut(filepath.Base(res.Files[0]), ".")
				out, err := exec.Command(cpython(t), "-c", py, res.Files[0], modName).CombinedOutput()
				if err != nil || strings.TrimSpace(string(out)) != "['twice', 'twicei'] 5.0 42" {
					t.Fatalf("import: %v\n%s", err, out)
				}
			} else if h, _ := os.ReadFile(res.Files[0]); !strings.Contains(string(h), "double twice(double x)") || !strings.Contains(string(h), "int64_t twicei(int64_t x)") {
				t.Fatalf("the header does not declare the exported names:\n%s", h)
			}
		})
	}
}

// messages joins the diagnostics' messages, one a line.
func messages(diags diag.List) string {
	var b strings.Builder
	for _, d := range diags {
		b.WriteString(d.Message + "\n")
	}
	return b.String()
}
