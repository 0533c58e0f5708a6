package build

import (
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/pynjit/pynjit/internal/toolchain"
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
	py := cpython(t)
	programs, _ := filepath.Glob("../../testdata/run/*.py")
	if len(programs) == 0 {
		t.Fatal("no programs in testdata/run")
	}
	shim, _ := filepath.Abs("../../testdata/pyshim")
	total := 0
	for _, prog := range programs {
		t.Run(filepath.Base(prog), func(t *testing.T) {
			src, err := os.ReadFile(prog)
			if err != nil {
				t.Fatal(err)
			}
			dir := t.TempDir()
			so := filepath.Join(dir, "prog.so")
			_, diags, err := Compile(context.Background(), Request{Name: prog, Source: src, Output: so, OptLevel: 2, Env: toolchain.EnvFromOS()})
			if err != nil || diags.HasErrors() {
				t.Fatalf("build: %v %v", err, diags)
			}
			sigs := signatures(t, prog, src)
			sigPath := filepath.Join(dir, "sigs.json")
			data, _ := json.Marshal(sigs)
			if err := os.WriteFile(sigPath, data, 0o644); err != nil {
				t.Fatal(err)
			}
			cmd := exec.Command(py, "testdata/differential.py", prog, so, sigPath)
			cmd.Env = append(os.Environ(), "PYTHONPATH="+shim)
			out, err := cmd.Output()
			if err != nil {
				if ee, ok := err.(*exec.ExitError); ok {
					t.Fatalf("differential.py: %v\n%s", err, ee.Stderr)
				}
				t.Fatal(err)
			}
			var res struct {
				Cases    int
				Failures []struct{ Call, CPython, Pynjit string }
			}
			if err := json.Unmarshal(out, &res); err != nil {
				t.Fatalf("%v: %s", err, out)
			}
			total += res.Cases
			for _, f := range res.Failures {
				t.Errorf("%s: CPython %s, pynjit %s", f.Call, f.CPython, f.Pynjit)
			}
			t.Logf("%d cases, %d failures", res.Cases, len(res.Failures))
		})
	}
	t.Logf("%d differential cases in all", total)
	if total < 60 {
		t.Errorf("only %d differential cases; the suite promises at least 60", total)
	}
}

type sigJSON struct {
	Symbol string   `json:"symbol"`
	Args   []string `json:"args"`
	Return string   `json:"return"`
}

// signatures returns, per exported name (the Python name a program calls),
// the symbol and the C types the ctypes side must use.
func signatures(t *testing.T, name string, src []byte) map[string]sigJSON {
	fe, diags := load(name, src, nil, false)
	if fe == nil || diags.HasErrors() {
		t.Fatal(diags)
	}
	reqs, _ := fe.requested("", nil)
	results, diags := fe.typeAll(reqs)
	if diags.HasErrors() {
		t.Fatal(diags)
	}
	out := map[string]sigJSON{}
	for _, e := range exportsOf(fe, results) {
		s := sigJSON{Symbol: e.Symbol, Return: e.Spec.Return.String()}
		for _, a := range e.Spec.Args {
			s.Args = append(s.Args, a.String())
		}
		out[e.Symbol] = s
	}
	return out
}
