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

// hostileFileNames are file stems that break generated code pasted
// together: code after a closing triple quote, escapes Python reads
// (\N), a comment end with a directive after it, trigraphs, format and
// template directives, shell syntax, line ends, non-ASCII and bytes
// that are not UTF-8, and length. A slash makes directories: the
// source's path goes into the generated files too.
var hostileFileNames = []string{
	`q"""; __import__("os").system("touch PWNED"); """`,
	`q'''; __import__("os").system("touch PWNED"); '''`,
	`back\N`, `back\`, `it's`,
	"x */ int pwned; /* y", "a/*/ #error injected /*/b", "x */\n#error injected\n/* y", "tri??/x", "??/\n", "%s%n{{.Name}}$(touch PWNED)`touch PWNED`",
	"tab\tcr\rnl\n", "ünïcødé 日本 😀", "\u2028sep", "\xff\xfe not UTF-8", "\xed\xa0\x80 surrogate",
	strings.Repeat("long", 60),
}

// TestHostileFileNames builds a program under every hostile file name
// as a library, header, Python module and extension module (named with
// -o), imports both modules and calls them, the object-mode fallback
// loading the source by its name (testdata/hostilecheck.py), and
// compiles the header as C11 (trigraphs on) and as C++.
func TestHostileFileNames(t *testing.T) {
	src, err := os.ReadFile("testdata/hostile.py")
	if err != nil {
		t.Fatal(err)
	}
	tc, err := toolchain.Discover(toolchain.EnvFromOS())
	if err != nil {
		t.Fatal(err)
	}
	cache := t.TempDir() // the program is the same under every name: compiled once
	for _, name := range hostileFileNames {
		t.Run(strings.ToValidUTF8(name, "?"), func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, name+".py")
			if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(path, src, 0o644); err != nil {
				t.Fatal(err)
			}
			out := filepath.Join(dir, "out")
			if err := os.Mkdir(out, 0o755); err != nil {
				t.Fatal(err)
			}
			_, diags, err := Compile(context.Background(), Request{Name: path, Source: src, Output: filepath.Join(out, "mod"),
				Emit: []string{"so", "h", "py", "pyext"}, OptLevel: 1, Env: toolchain.EnvFromOS(), CacheDir: cache})
			if err != nil || diags.HasErrors() {
				t.Fatalf("build: %v %v", err, diags)
			}
			checkHostile(t, path, out)
			checkHeader(t, tc, filepath.Join(out, "mod.h"))
		})
	}
}

// TestHostileText runs testdata/hostilecheck.py on hostile.py itself:
// docstrings, messages and names hostile to the generated code.
func TestHostileText(t *testing.T) {
	src, err := os.ReadFile("testdata/hostile.py")
	if err != nil {
		t.Fatal(err)
	}
	tc, err := toolchain.Discover(toolchain.EnvFromOS())
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	_, diags, err := Compile(context.Background(), Request{Name: "testdata/hostile.py", Source: src, Output: filepath.Join(dir, "mod"),
		Emit: []string{"so", "h", "py", "pyext"}, OptLevel: 1, Env: toolchain.EnvFromOS()})
	if err != nil || diags.HasErrors() {
		t.Fatalf("build: %v %v", err, diags)
	}
	checkHostile(t, "testdata/hostile.py", dir)
	header, err := os.ReadFile(filepath.Join(dir, "mod.h"))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"int64_t quotes(int64_t default_, int64_t bool_);",
		"int64_t escapes(int64_t int_, int64_t register_);",
		"int64_t header_names(int64_t int64_t_, int64_t pynjit_out_, int64_t pynjit_array_);",
		`int64_t new_(int64_t delete_) PYNJIT_SYMBOL("new");`,
		`/* double(int64) -> int64, declared as double_: C or C++ reserves "double" */`,
		`int64_t double_(int64_t x) PYNJIT_SYMBOL("double");`,
		"double ünïcødé(double α, double β);",
	} {
		if !strings.Contains(string(header), want) {
			t.Errorf("the header has no %q:\n%s", want, header)
		}
	}
	checkHeader(t, tc, filepath.Join(dir, "mod.h"))
	// the renamed declarations call the symbols
	prog := filepath.Join(dir, "calls")
	cmd := exec.Command(tc.Clang, "-x", "c", "-std=c11", "-include", filepath.Join(dir, "mod.h"), "-o", prog, "-", "-x", "none", filepath.Join(dir, "mod.so"), "-Wl,-rpath,"+dir)
	cmd.Stdin = strings.NewReader("#include <stdio.h>\nint main(void) { printf(\"%lld %lld\\n\", (long long)double_(21), (long long)new_(1)); return 0; }\n")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	if out, err := exec.Command(prog).Output(); err != nil || string(out) != "42 2\n" {
		t.Errorf("double_(21), new_(1): %v %q, want 42 2", err, out)
	}
}

// checkHostile runs testdata/hostilecheck.py on the modules in dir built
// from source, on every oracle stack.
func checkHostile(t *testing.T, source, dir string) {
	t.Helper()
	shim, _ := filepath.Abs("../../testdata/pyshim")
	check, _ := filepath.Abs("testdata/hostilecheck.py")
	source, _ = filepath.Abs(source)
	for _, py := range oracles(t) {
		cmd := exec.Command(py, check, source, dir)
		cmd.Dir = dir
		cmd.Env = append(os.Environ(), "PYTHONPATH="+shim)
		out, err := cmd.CombinedOutput()
		if err != nil || strings.TrimSpace(string(out)) != "ok" {
			t.Errorf("%s: %v\n%s", py, err, out)
		}
	}
}

// checkHeader compiles a C file including the header, as C11 (ISO mode:
// trigraphs on) and as C++, with every warning an error.
func checkHeader(t *testing.T, tc *toolchain.Toolchain, header string) {
	t.Helper()
	for _, lang := range []string{"c", "c++"} {
		std := map[string]string{"c": "-std=c11", "c++": "-std=c++17"}[lang]
		cmd := exec.Command(tc.Clang, "-x", lang, std, "-Wall", "-Werror", "-Wno-unused-function", "-fsyntax-only", "-include", header, "-")
		cmd.Stdin = strings.NewReader("int main(void) { return 0; }\n")
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Errorf("%s: %v\n%s", lang, err, out)
		}
	}
}

// TestModuleNames: a Python or extension module that Python could not
// import by its name is an E-usage error naming it, before any file is
// written; -o gives it a name that works. A Python module whose name is
// not an identifier is built: importlib.import_module finds it.
func TestModuleNames(t *testing.T) {
	src := []byte("from numba import njit\n\n\n@njit(\"int64(int64)\")\ndef f(x):\n    return x\n")
	for _, c := range []struct {
		name, output string
		emit         []string
		want         string // the error's text, "" for none
	}{
		{"prog.py", "v1.2.so", []string{"so", "py"}, `--emit py: the module would be named "v1.2_pynjit", which Python cannot import (a dot names a package)`},
		{"my-prog.py", "", []string{"pyext"}, `--emit pyext: the module would be named "my-prog_pyext", which Python cannot import (an extension module's name must be an identifier)`},
		{"prog.py", "x.y.so", []string{"so", "pyext"}, `the module would be named "x", which Python cannot import (Python looks for it in x.abi3.so or x.so)`},
		{"café.py", "", []string{"pyext"}, `"café_pyext", which Python cannot import (an extension module's name must be ASCII)`},
		{"my-prog.py", "", []string{"so", "py"}, ""},
		{"café.py", "", []string{"so", "py"}, ""},
		{"my-prog.py", "my_prog", []string{"so", "py", "pyext"}, ""},
		{"my-prog.py", "", []string{"so", "h"}, ""},
	} {
		dir := t.TempDir()
		output := filepath.Join(dir, stem(c.name))
		if c.output != "" {
			output = filepath.Join(dir, c.output)
		}
		out, diags, err := Compile(context.Background(), Request{Name: c.name, Source: src, Output: output, Emit: c.emit, OptLevel: 1, Env: toolchain.EnvFromOS()})
		if err != nil {
			t.Fatal(err)
		}
		if c.want == "" {
			if diags.HasErrors() || out == nil {
				t.Errorf("%s -o %s --emit %v: %v", c.name, c.output, c.emit, diags)
			}
			continue
		}
		if len(diags) != 1 || diags[0].Code != "E-usage" || !strings.Contains(diags[0].Message, c.want) {
			t.Errorf("%s -o %s --emit %v: %v, want an E-usage error saying %s", c.name, c.output, c.emit, diags, c.want)
		}
		if files, _ := os.ReadDir(dir); out != nil || len(files) > 0 {
			t.Errorf("%s --emit %v: wrote %d files", c.name, c.emit, len(files))
		}
	}
}
