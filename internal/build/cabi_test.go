package build

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pynjit/pynjit/internal/toolchain"
)

// cProgram uses the generated header and the library as a C program
// would, including the exception functions.
const cProgram = `#include <dlfcn.h>
#include <stdio.h>
#include <string.h>
#include "arith.h"

int main(int argc, char **argv) {
    void *lib = dlopen(argv[1], RTLD_NOW);
    if (!lib) { printf("dlopen: %s\n", dlerror()); return 1; }
    int64_t (*fd)(int64_t, int64_t) = (int64_t (*)(int64_t, int64_t))dlsym(lib, "floordiv");
    int (*occurred)(void) = (int (*)(void))dlsym(lib, "pynjit_err_occurred");
    const char *(*type)(void) = (const char *(*)(void))dlsym(lib, "pynjit_err_type");
    const char *(*message)(void) = (const char *(*)(void))dlsym(lib, "pynjit_err_message");
    void (*clear)(void) = (void (*)(void))dlsym(lib, "pynjit_err_clear");
    printf("%lld %d\n", (long long)fd(-7, 2), occurred());
    long long r = fd(7, 0);
    printf("%lld %d %s: %s\n", r, occurred(), type(), message());
    clear();
    printf("%d\n", occurred());
    return 0;
}
`

// TestCABI compiles a C program against the generated header and calls
// the library: results, and exceptions through pynjit_err_*.
func TestCABI(t *testing.T) {
	tc, err := toolchain.Discover(toolchain.EnvFromOS())
	if err != nil {
		t.Fatal(err)
	}
	src, err := os.ReadFile("../../testdata/run/arith.py")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	stem := filepath.Join(dir, "arith")
	_, diags, err := Compile(context.Background(), Request{Name: "arith.py", Source: src, Emit: []string{"so", "h"}, Output: stem, OptLevel: 2, Env: toolchain.EnvFromOS()})
	if err != nil || diags.HasErrors() {
		t.Fatal(err, diags)
	}
	header, err := os.ReadFile(stem + ".h")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(header), "int64_t floordiv(int64_t a, int64_t b);") || !strings.Contains(string(header), "int pynjit_err_occurred(void);") {
		t.Fatalf("header lacks declarations:\n%s", header)
	}
	csrc := strings.Replace(cProgram, `#include "arith.h"`, string(header), 1)
	obj, err := tc.CompileC(context.Background(), []byte(csrc), toolchain.Options{})
	if err != nil {
		t.Fatal(err)
	}
	exe, err := tc.LinkExe(context.Background(), [][]byte{obj})
	if err != nil {
		t.Fatal(err)
	}
	exePath := filepath.Join(dir, "main")
	if err := os.WriteFile(exePath, exe, 0o755); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(exePath, stem+".so").CombinedOutput()
	if err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	want := "-4 0\n0 1 ZeroDivisionError: integer division or modulo by zero\n0\n"
	if string(out) != want {
		t.Errorf("C program printed:\n%s\nwant:\n%s", out, want)
	}
}

// TestCABITuples compiles testdata/capi/tuples.c with cc -std=c11 -Wall
// -Werror against the generated header, links it with the library and
// runs it: tuple arguments and results through the documented structs.
func TestCABITuples(t *testing.T) {
	src, err := os.ReadFile("../../testdata/run/tuples.py")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	_, diags, err := Compile(context.Background(), Request{Name: "tuples.py", Source: src, Emit: []string{"so", "h"},
		Output: filepath.Join(dir, "libtuples"), OptLevel: 2, Env: toolchain.EnvFromOS()})
	if err != nil || diags.HasErrors() {
		t.Fatal(err, diags)
	}
	if err := os.Rename(filepath.Join(dir, "libtuples.h"), filepath.Join(dir, "tuples.h")); err != nil {
		t.Fatal(err)
	}
	cc, err := exec.LookPath("cc")
	if err != nil {
		t.Fatal("no cc: scripts/setup.sh installs clang")
	}
	exe := filepath.Join(dir, "main")
	cmd := exec.Command(cc, "-std=c11", "-Wall", "-Wextra", "-Werror", "-I", dir, "../../testdata/capi/tuples.c",
		"-o", exe, "-L", dir, "-ltuples", "-Wl,-rpath,"+dir)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("cc: %v\n%s", err, out)
	}
	out, err := exec.Command(exe).CombinedOutput()
	if err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	want := `divmod_(-7, 2) = (-4, 1) err=0
nested((7, 3), 1.5) = (10.5, (3, 1))
swap((1, 2)) = (2, 1)
scale_c(1+2j, 3.0) = (3, 7)
divmod_(7, 0): ZeroDivisionError: integer division or modulo by zero
cleared: 0
`
	if string(out) != want {
		t.Errorf("C program printed:\n%s\nwant:\n%s", out, want)
	}
}

// TestArrayLeaks calls an array-returning function 10,000 times from C
// under LeakSanitizer: with every result released nothing may leak, and
// the runtime counts no live array; a build that keeps one result must be
// reported, which shows the check works.
func TestArrayLeaks(t *testing.T) {
	src, err := os.ReadFile("../../testdata/capi/arrays.py")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	_, diags, err := Compile(context.Background(), Request{Name: "arrays.py", Source: src, Emit: []string{"so", "h"},
		Output: filepath.Join(dir, "libarrays"), OptLevel: 2, Env: toolchain.EnvFromOS()})
	if err != nil || diags.HasErrors() {
		t.Fatal(err, diags)
	}
	if err := os.Rename(filepath.Join(dir, "libarrays.h"), filepath.Join(dir, "arrays.h")); err != nil {
		t.Fatal(err)
	}
	tc, err := toolchain.Discover(toolchain.EnvFromOS())
	if err != nil || tc.Clang == "" {
		t.Fatalf("LeakSanitizer needs clang: %v", err)
	}
	for _, leak := range []bool{false, true} {
		exe := filepath.Join(dir, fmt.Sprintf("main%v", leak))
		args := []string{"-std=c11", "-Wall", "-Werror", "-g", "-fsanitize=address", "-I", dir, "../../testdata/capi/arrays.c",
			"-o", exe, "-L", dir, "-larrays", "-Wl,-rpath," + dir}
		if leak {
			args = append(args, "-DLEAK")
		}
		if out, err := exec.Command(tc.Clang, args...).CombinedOutput(); err != nil {
			t.Fatalf("clang: %v\n%s", err, out)
		}
		out, err := exec.Command(exe).CombinedOutput()
		switch {
		case !leak && (err != nil || string(out) != "total 150000 live 0\n"):
			t.Errorf("released every array: %v\n%s", err, out)
		case leak && (err == nil || !strings.Contains(string(out), "LeakSanitizer: detected memory leaks") || !strings.Contains(string(out), "live 1")):
			t.Errorf("kept one array, but LeakSanitizer said nothing: %v\n%s", err, out)
		}
	}
}
