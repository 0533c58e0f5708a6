package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestPythonFlag: --python chooses the grammar a command reads the file
// in. A type statement and an f-string reusing its quotes (3.12) are
// 3.11's syntax errors, with its message and place, for parse, check and
// build alike; 3.12 and the default read them, each dumping in its own
// ast.dump format; an unknown version is a usage error.
func TestPythonFlag(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "modern.py")
	src := "from numba import njit\n\ntype Vec = list[float]\n\n@njit\ndef add(a: int, b: int) -> int:\n    return a + b\n\nlabel = f\"{\"sum\"}\"\nadd(1, 2)\n"
	if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, cmd := range [][]string{{"parse"}, {"check"}, {"build", "--emit", "ll", "-o", filepath.Join(dir, "m.ll")}} {
		code, _, errOut := runCLI(t, nil, append(cmd, "--python", "3.11", path)...)
		if code != exitProgram || !strings.Contains(errOut, "modern.py:3:6: error[E-syntax]: invalid syntax") {
			t.Errorf("%s --python 3.11: exit %d, stderr %q", cmd[0], code, errOut)
		}
		for _, v := range []string{"3.12", "3.13", ""} {
			args := append(append([]string{}, cmd...), path)
			if v != "" {
				args = append(args, "--python", v)
			}
			if code, _, errOut := runCLI(t, nil, args...); code != exitOK {
				t.Errorf("%s --python %q: exit %d, stderr %q", cmd[0], v, code, errOut)
			}
		}
	}
	_, out312, _ := runCLI(t, nil, "parse", "--dump", "--python", "3.12", path)
	_, out313, _ := runCLI(t, nil, "parse", "--dump", path)
	if !strings.HasPrefix(out312, "Module(body=[ImportFrom(module='numba', names=[alias(name='njit')], level=0), TypeAlias(name=Name(id='Vec', ctx=Store()), type_params=[], ") || !strings.HasSuffix(out312, "type_ignores=[])\n") {
		t.Errorf("3.12 dump: %s", out312)
	}
	if !strings.HasPrefix(out313, "Module(body=[ImportFrom(module='numba', names=[alias(name='njit')], level=0), TypeAlias(name=Name(id='Vec', ctx=Store()), value=") || strings.Contains(out313, "type_ignores") {
		t.Errorf("default (3.13) dump: %s", out313)
	}
	code, _, errOut := runCLI(t, nil, "check", "--python", "3.10", path)
	if code != exitUsage || !strings.Contains(errOut, `unknown Python version "3.10" (want 3.11, 3.12, 3.13)`) {
		t.Errorf("--python 3.10: exit %d, stderr %q", code, errOut)
	}
}
