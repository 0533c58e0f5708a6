package build

import (
	"bytes"
	"context"
	"debug/elf"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pynjit/pynjit/internal/codegen"
	"github.com/pynjit/pynjit/internal/runtime"
	"github.com/pynjit/pynjit/internal/toolchain"
)

// libcCalls are the calls TestLibraryNamesDoNotInterpose makes of
// testdata/programs/libc_names.py's functions, each with its C name in
// the header (libm names and main take a "_"; fdiv, libm's only since
// C23, keeps its own).
var libcCalls = []struct{ name, cname, args string }{
	{"exp", "exp_", "1.0"}, {"floor", "floor_", "2.5"}, {"div", "div_", "7, 2"},
	{"malloc", "malloc_", "21"}, {"free", "free_", "5"}, {"memcpy", "memcpy_", "9, 4"},
	{"printf", "printf_", "42"}, {"fdiv", "fdiv", "7.5, 3.0"}, {"fdiv", "fdiv", "-7.5, 2.0"},
	{"strlen", "strlen_", "100"}, {"abort", "abort_", "3"}, {"puts", "puts_", "1"}, {"libm", "libm", "2.5"}, {"libm", "libm", "-1.25"},
}

// TestLibraryNamesDoNotInterpose builds functions named like the C
// library's into a library, its header, the Python module and the
// extension module (issue 18.3: a user's floor replaced libm's for the
// runtime, so 7.5 // 3.0 gave 200 in a C program; exp and math.exp in
// one file gave invalid IR; div(7, 2) in the extension module called
// libc's div): every call from Python gives CPython's answer, and a C
// program gets the compiled functions under their header names and
// libm's own exp and floor.
func TestLibraryNamesDoNotInterpose(t *testing.T) {
	const prog = "../../testdata/programs/libc_names.py"
	src, err := os.ReadFile(prog)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	_, diags, err := Compile(context.Background(), Request{Name: prog, Source: src, Emit: []string{"so", "h", "py", "pyext"},
		Output: filepath.Join(dir, "libnames"), OptLevel: 2, Env: toolchain.EnvFromOS()})
	if err != nil || diags.HasErrors() {
		t.Fatal(err, diags)
	}
	// the same calls, printed as C prints them, under CPython and
	// through both modules
	var script, cmain strings.Builder
	script.WriteString("import importlib, sys\nm = importlib.import_module(sys.argv[1])\n")
	cmain.WriteString("#include <math.h>\n#include <stdio.h>\n#include \"libnames.h\"\n\nint main(void) {\n")
	for _, c := range libcCalls {
		fmt.Fprintf(&script, "r = m.%s(%s)\nprint('%s(%s) =', '%%d' %% r if isinstance(r, int) else '%%.17g' %% r)\n", c.name, c.args, c.name, c.args)
		format := "%.17g"
		if !strings.Contains(c.args, ".") {
			format = "%lld"
		}
		fmt.Fprintf(&cmain, "    printf(\"%s(%s) = %s\\n\", %s(%s));\n", c.name, c.args, format, c.cname, c.args)
	}
	script.WriteString("print('libm: %.17g %.17g' % (2.718281828459045, 2.0))\n")
	cmain.WriteString("    printf(\"libm: %.17g %.17g\\n\", exp(1.0), floor(2.5));\n    return 0;\n}\n")
	scriptPath := filepath.Join(dir, "calls.py")
	if err := os.WriteFile(scriptPath, []byte(script.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	py := cpython(t)
	shim, _ := filepath.Abs("../../testdata/pyshim")
	progDir, _ := filepath.Abs(filepath.Dir(prog))
	run := func(cmd *exec.Cmd, env ...string) string {
		cmd.Env = append(os.Environ(), env...)
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("%s: %v\n%s", cmd, err, out)
		}
		return string(out)
	}
	want := run(exec.Command(py, scriptPath, "libc_names"), "PYTHONPATH="+shim+":"+progDir)
	for _, module := range []string{"libnames_pynjit", "libnames_pyext"} {
		if got := run(exec.Command(py, scriptPath, module), "PYTHONPATH="+dir); got != want {
			t.Errorf("%s:\n%s\nCPython:\n%s", module, got, want)
		}
	}
	cc, err := exec.LookPath("cc")
	if err != nil {
		t.Fatal("no cc: scripts/setup.sh installs clang")
	}
	if err := os.WriteFile(filepath.Join(dir, "main.c"), []byte(cmain.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	exe := filepath.Join(dir, "main")
	// the library comes before libm, so a symbol of its own named floor
	// would be the one the process uses
	run(exec.Command(cc, "-std=c11", "-Wall", "-Werror", "-fno-builtin", "-I", dir, filepath.Join(dir, "main.c"), "-o", exe,
		"-L", dir, "-lnames", "-lm", "-Wl,-rpath,"+dir))
	if got := run(exec.Command(exe)); got != want {
		t.Errorf("C program:\n%s\nCPython:\n%s", got, want)
	}
}

// TestRuntimeImportsAreReserved compiles every unit of the runtime and
// checks that each function or variable it takes from the C library is
// one codegen.PublicSymbol keeps exports away from: an export of that
// name would be the one the runtime calls.
func TestRuntimeImportsAreReserved(t *testing.T) {
	tc, err := toolchain.Discover(toolchain.EnvFromOS())
	if err != nil {
		t.Fatal(err)
	}
	objs, err := runtimeObjects(context.Background(), tc, tc.Key(), toolchain.Options{OptLevel: 2}, nil, runtime.Units())
	if err != nil {
		t.Fatal(err)
	}
	for i, obj := range objs {
		f, err := elf.NewFile(bytes.NewReader(obj))
		if err != nil {
			t.Fatal(err)
		}
		syms, err := f.Symbols()
		if err != nil {
			t.Fatal(err)
		}
		for _, s := range syms {
			if s.Section == elf.SHN_UNDEF && s.Name != "" && codegen.PublicSymbol(s.Name, nil) == s.Name {
				t.Errorf("runtime unit %s takes %s from the C library, and a compiled function could export that name", runtime.Units()[i].Name, s.Name)
			}
		}
	}
}
