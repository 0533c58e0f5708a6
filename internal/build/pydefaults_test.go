package build

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pynjit/pynjit/internal/toolchain"
)

// TestUnwritableDefaults: a default the generated modules cannot write
// (a name, a call, any expression but a literal number, bool, None or
// tuple of them) is an error at the default when building a Python or
// extension module, and nothing is written; other outputs build.
func TestUnwritableDefaults(t *testing.T) {
	path := "testdata/baddefaults.py"
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	for _, emit := range []string{"py", "pyext"} {
		t.Run(emit, func(t *testing.T) {
			dir := t.TempDir()
			out, diags, err := Compile(context.Background(), Request{Name: path, Source: src, Output: filepath.Join(dir, "baddefaults"),
				Emit: []string{"so", emit}, OptLevel: 1, Env: toolchain.EnvFromOS()})
			if err != nil {
				t.Fatal(err)
			}
			if out != nil {
				t.Errorf("wrote %v", out.Files)
			}
			want := readExpectations(t, src)
			for _, d := range diags {
				found := false
				for _, e := range want {
					if !e.met && e.sev == d.Severity && e.line == d.Span.Start.Line && e.col == d.Span.Start.Col+1 && e.re.MatchString(d.Message) {
						e.met, found = true, true
					}
				}
				if !found {
					t.Errorf("unexpected %s at %d:%d: %s", d.Severity, d.Span.Start.Line, d.Span.Start.Col+1, d.Message)
				}
			}
			for _, e := range want {
				if !e.met {
					t.Errorf("%d:%d: want a %s matching %q", e.line, e.col, e.sev, e.re)
				}
			}
		})
	}
	_, diags, err := Compile(context.Background(), Request{Name: path, Source: src, Output: filepath.Join(t.TempDir(), "baddefaults.so"),
		Emit: []string{"so"}, OptLevel: 1, Env: toolchain.EnvFromOS()})
	if err != nil || len(diags) > 0 {
		t.Errorf("--emit so: %v %v", err, diags)
	}
}

// TestDefaultKinds builds testdata/defaultkinds.py, whose defaults are of
// every kind the modules write (None, ints beyond int64, the least
// int64, bools, NaN, infinities, subnormals, complex with signed zeros,
// nested tuples), as both modules, and runs testdata/defaultcheck.py:
// signatures and docstrings are the original's, and calls that take the
// defaults agree.
func TestDefaultKinds(t *testing.T) {
	path := "testdata/defaultkinds.py"
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	_, diags, err := Compile(context.Background(), Request{Name: path, Source: src, Output: filepath.Join(dir, "defaultkinds"),
		Emit: []string{"so", "py", "pyext"}, OptLevel: 1, Env: toolchain.EnvFromOS()})
	if err != nil || len(diags) > 0 {
		t.Fatalf("build: %v %v", err, diags)
	}
	shim, _ := filepath.Abs("../../testdata/pyshim")
	for _, py := range oracles(t) {
		cmd := exec.Command(py, "testdata/defaultcheck.py", path, dir)
		cmd.Env = append(os.Environ(), "PYTHONPATH="+shim)
		out, err := cmd.CombinedOutput()
		if err != nil || strings.TrimSpace(string(out)) != "ok" {
			t.Errorf("%s: %v\n%s", py, err, out)
		}
	}
}
