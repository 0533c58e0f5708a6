package build

import (
	"context"
	"debug/elf"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pynjit/pynjit/internal/toolchain"
)

// twoLibs are the programs of testdata/twolibs: two files whose
// libraries link different parts of the runtime (arrays.py its array
// units, raises.py only the core) and raise their own exceptions.
var twoLibs = []string{"arrays", "raises"}

// exportedRuntime are the runtime's symbols a library exports: the C API
// of the header and the state all runtimes in a process share.
var exportedRuntime = map[string]bool{
	"pynjit_err_occurred": true, "pynjit_err_type": true, "pynjit_err_message": true, "pynjit_err_clear": true,
	"pynjit_array_release": true, "pynjit_nrt_live": true, "pynjit_err_state_v1": true, "pynjit_nrt_live_v1": true,
}

// buildTwoLibs builds each of twoLibs into dir with emit.
func buildTwoLibs(t *testing.T, dir string, emit ...string) {
	t.Helper()
	for _, name := range twoLibs {
		path := filepath.Join("testdata/twolibs", name+".py")
		src, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		_, diags, err := Compile(context.Background(), Request{Name: path, Source: src, Output: filepath.Join(dir, name+".so"),
			Emit: emit, OptLevel: 2, Env: toolchain.EnvFromOS()})
		if err != nil || diags.HasErrors() {
			t.Fatalf("build %s: %v %v", name, err, diags)
		}
	}
}

// TestTwoLibraries loads two pynjit libraries into one process, each
// with its own runtime, and requires neither to take the other's calls:
// a library exports no runtime function but the header's API; under
// CPython, with the first library also loaded RTLD_GLOBAL (which put its
// pynjit_err_set ahead of the second's, whose exceptions were then lost:
// quotient(1, 0) returned 0), both modules raise their own exceptions
// and count their own arrays; and a C program linking both sees each
// one's exceptions through pynjit_err_* and releases each one's arrays.
func TestTwoLibraries(t *testing.T) {
	dir := t.TempDir()
	buildTwoLibs(t, dir, "so", "h", "py")
	for _, name := range twoLibs {
		f, err := elf.Open(filepath.Join(dir, name+".so"))
		if err != nil {
			t.Fatal(err)
		}
		syms, err := f.DynamicSymbols()
		f.Close()
		if err != nil {
			t.Fatal(err)
		}
		for _, s := range syms {
			if s.Section != elf.SHN_UNDEF && strings.HasPrefix(s.Name, "pynjit_") && !exportedRuntime[s.Name] {
				t.Errorf("%s.so exports the runtime's %s", name, s.Name)
			}
		}
	}
	for _, py := range oracles(t) {
		for _, first := range twoLibs {
			out, err := exec.Command(py, "testdata/twolibs/check.py", dir, first).CombinedOutput()
			if err != nil || strings.TrimSpace(string(out)) != "ok" {
				t.Errorf("%s, %s loaded RTLD_GLOBAL: %v\n%s", py, first, err, out)
			}
		}
	}
	cc, err := exec.LookPath("cc")
	if err != nil {
		t.Fatal("no cc: scripts/setup.sh installs clang")
	}
	for _, order := range [][]string{{"arrays", "raises"}, {"raises", "arrays"}} {
		exe := filepath.Join(dir, "main-"+order[0])
		args := []string{"-std=c11", "-Wall", "-Werror", "-I", dir, "testdata/twolibs/main.c", "-o", exe}
		for _, name := range order {
			args = append(args, filepath.Join(dir, name+".so"))
		}
		if out, err := exec.Command(cc, append(args, "-Wl,-rpath,"+dir)...).CombinedOutput(); err != nil {
			t.Fatalf("cc: %v\n%s", err, out)
		}
		if out, err := exec.Command(exe).CombinedOutput(); err != nil || string(out) != "ok\n" {
			t.Errorf("C program linking %s: %v\n%s", strings.Join(order, ", "), err, out)
		}
	}
}

// TestObjectsLink links the objects --emit obj writes for the two
// programs into one C program, as docs/reference.md says to (cc main.c
// arrays.o raises.o -lm): each object holds the runtime it calls, with
// its hidden symbols local, so nothing is undefined (the object used to
// come without its runtime: pynjit_nrt_alloc, pynjit_err_set ... were
// undefined) and neither object's runtime clashes with or takes the
// calls of the other's.
func TestObjectsLink(t *testing.T) {
	dir := t.TempDir()
	buildTwoLibs(t, dir, "obj", "h")
	cc, err := exec.LookPath("cc")
	if err != nil {
		t.Fatal("no cc: scripts/setup.sh installs clang")
	}
	exe := filepath.Join(dir, "main")
	args := []string{"-std=c11", "-Wall", "-Werror", "-I", dir, "testdata/twolibs/main.c",
		filepath.Join(dir, "arrays.o"), filepath.Join(dir, "raises.o"), "-o", exe, "-lm"}
	if out, err := exec.Command(cc, args...).CombinedOutput(); err != nil {
		t.Fatalf("cc: %v\n%s", err, out)
	}
	if out, err := exec.Command(exe).CombinedOutput(); err != nil || string(out) != "ok\n" {
		t.Errorf("C program linking arrays.o and raises.o: %v\n%s", err, out)
	}
}
