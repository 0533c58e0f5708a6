package build

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/pynjit/pynjit/internal/toolchain"
)

// longMessageProgram calls long_message of testdata/run/exceptions.py
// through the generated header and prints, per argument, the exception
// type and its message, each followed by a NUL.
const longMessageProgram = `#include <stdio.h>
#include <stdlib.h>
#include "exceptions.h"

int main(int argc, char **argv) {
    for (int i = 1; i < argc; i++) {
        long_message(atoi(argv[i]));
        if (!pynjit_err_occurred()) return 1;
        printf("%s: %s%c", pynjit_err_type(), pynjit_err_message(), 0);
        pynjit_err_clear();
    }
    return 0;
}
`

// TestLongMessageThroughCABI: messages of 260 to 800 bytes of non-ASCII
// text reach a C caller whole, byte for byte what CPython says (the
// runtime kept 255 bytes, cutting inside a character).
func TestLongMessageThroughCABI(t *testing.T) {
	prog := "../../testdata/run/exceptions.py"
	src, err := os.ReadFile(prog)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	_, diags, err := Compile(context.Background(), Request{Name: "exceptions.py", Source: src, Emit: []string{"so", "h"},
		Output: filepath.Join(dir, "libexceptions"), OptLevel: 2, Env: toolchain.EnvFromOS()})
	if err != nil || diags.HasErrors() {
		t.Fatal(err, diags)
	}
	if err := os.Rename(filepath.Join(dir, "libexceptions.h"), filepath.Join(dir, "exceptions.h")); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "main.c"), []byte(longMessageProgram), 0o644); err != nil {
		t.Fatal(err)
	}
	cc, err := exec.LookPath("cc")
	if err != nil {
		t.Fatal("no cc: scripts/setup.sh installs clang")
	}
	exe := filepath.Join(dir, "main")
	cmd := exec.Command(cc, "-std=c11", "-Wall", "-Werror", "-I", dir, filepath.Join(dir, "main.c"),
		"-o", exe, "-L", dir, "-lexceptions", "-Wl,-rpath,"+dir)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("cc: %v\n%s", err, out)
	}
	args := []string{"1", "2", "3"}
	got, err := exec.Command(exe, args...).Output()
	if err != nil {
		t.Fatalf("%v\n%s", err, got)
	}
	shim, _ := filepath.Abs("../../testdata/pyshim")
	oracle := exec.Command(cpython(t), "-c", `import runpy, sys
f = runpy.run_path(sys.argv[1])["long_message"]
for a in sys.argv[2:]:
    try:
        f(int(a))
    except Exception as e:
        sys.stdout.buffer.write(f"{type(e).__name__}: {e}\0".encode())
`, prog)
	oracle.Args = append(oracle.Args, args...)
	oracle.Env = append(os.Environ(), "PYTHONPATH="+shim)
	want, err := oracle.Output()
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != string(want) || len(want) < 3*260 {
		t.Errorf("C caller got\n%q\nCPython says\n%q", got, want)
	}
}
