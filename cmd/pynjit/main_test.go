package main

import (
	"encoding/xml"
	"errors"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/pynjit/pynjit/internal/golden"
)

// runCLI runs the command in-process and returns its exit code and output.
func runCLI(t *testing.T, env map[string]string, args ...string) (int, string, string) {
	t.Helper()
	var out, errb strings.Builder
	code := run(args, &out, &errb, func(k string) string { return env[k] })
	return code, out.String(), errb.String()
}

// TestParseDumpMatchesCPython checks "pynjit parse --dump" against
// CPython's ast.dump for the same file, when CPython 3.11 is here
// (--python 3.11: in 3.11's format).
func TestParseDumpMatchesCPython(t *testing.T) {
	code, out, errOut := runCLI(t, nil, "parse", "testdata/add.py", "--dump", "--python", "3.11")
	if code != 0 || errOut != "" {
		t.Fatalf("exit %d, stderr %q", code, errOut)
	}
	py, err := exec.LookPath("python3.11")
	if err != nil {
		t.Skip("python3.11 not found; the oracle tests in internal/astdump cover the dump")
	}
	want, err := exec.Command(py, "-c", "import ast,sys; print(ast.dump(ast.parse(open(sys.argv[1]).read())))", "testdata/add.py").Output()
	if err != nil {
		t.Fatal(err)
	}
	if out != string(want) {
		t.Errorf("dump:\n%s\nCPython:\n%s", out, want)
	}
}

func TestParseSyntaxError(t *testing.T) {
	code, out, errOut := runCLI(t, nil, "parse", "testdata/unclosed.py", "--dump")
	if code != exitProgram || out != "" {
		t.Fatalf("exit %d, stdout %q", code, out)
	}
	golden.Check(t, filepath.Join("testdata", "unclosed.stderr"), errOut)
	if strings.Contains(errOut, "\x1b[") {
		t.Error("colour in auto mode on a non-terminal")
	}
}

func TestColorFlag(t *testing.T) {
	_, _, always := runCLI(t, map[string]string{"NO_COLOR": "1"}, "--color=always", "parse", "testdata/unclosed.py")
	if !strings.Contains(always, "\x1b[") {
		t.Error("--color=always printed no colour")
	}
	_, _, never := runCLI(t, nil, "--color=never", "parse", "testdata/unclosed.py")
	if strings.Contains(never, "\x1b[") {
		t.Error("--color=never printed colour")
	}
	code, _, bad := runCLI(t, nil, "--color=sometimes", "parse", "testdata/unclosed.py")
	if code != exitUsage || !strings.Contains(bad, "--color") {
		t.Errorf("bad --color: exit %d, %q", code, bad)
	}
}

func TestUsageErrors(t *testing.T) {
	for _, args := range [][]string{{"parse"}, {"parse", "testdata/missing.py"}, {"no-such-command"}, {"parse", "--bogus", "x.py"}} {
		code, _, errOut := runCLI(t, nil, args...)
		if code != exitUsage || !strings.HasPrefix(errOut, "pynjit: ") {
			t.Errorf("%v: exit %d, stderr %q; want exit 2 and a one-line message", args, code, errOut)
		}
	}
}

func TestVersion(t *testing.T) {
	code, out, _ := runCLI(t, nil, "version")
	if code != 0 || !strings.HasPrefix(out, "pynjit ") {
		t.Errorf("exit %d, %q", code, out)
	}
}

func TestBuildAndInspect(t *testing.T) {
	dir := t.TempDir()
	so := filepath.Join(dir, "add.so")
	code, _, errOut := runCLI(t, nil, "build", "testdata/add.py", "--sig", "add(int64, int64)", "-o", so)
	if code != exitOK {
		t.Fatalf("build: exit %d: %s", code, errOut)
	}
	if st, err := os.Stat(so); err != nil || st.Size() == 0 {
		t.Fatalf("no library written: %v", err)
	}
	code, out, errOut := runCLI(t, nil, "inspect-types", "testdata/add.py", "add", "float64", "int64")
	if code != exitOK || !strings.HasPrefix(out, "add (float64, int64)\n") || !strings.Contains(out, "$0.3 = a + b  :: float64") {
		t.Fatalf("inspect-types: exit %d\n%s%s", code, out, errOut)
	}
	code, out, errOut = runCLI(t, nil, "inspect-llvm", "testdata/add.py", "add", "int64", "int64", "-O", "0")
	if code != exitOK || !strings.Contains(out, "define i64 @add(i64 %arg.a, i64 %arg.b)") {
		t.Fatalf("inspect-llvm: exit %d\n%s%s", code, out, errOut)
	}
}

func TestCheckReportsEveryError(t *testing.T) {
	const five = "../../testdata/errors/five_errors.py"
	code, _, errOut := runCLI(t, nil, "check", five)
	if code != exitProgram || strings.Count(errOut, ": error[") != 5 {
		t.Fatalf("check: exit %d, want 1 and five errors\n%s", code, errOut)
	}
	golden.Check(t, filepath.Join("testdata", "five_errors.txt"), errOut)
	for _, format := range []string{"json", "github", "sarif"} {
		code, out, errOut := runCLI(t, nil, "check", "--format", format, five)
		if code != exitProgram || errOut != "" {
			t.Fatalf("--format %s: exit %d, stderr %q", format, code, errOut)
		}
		golden.Check(t, filepath.Join("testdata", "five_errors."+format), out)
	}
	// a good file without types: exit 0, and a note that says how to give some
	code, _, errOut = runCLI(t, nil, "check", "testdata/add.py")
	if code != exitOK || strings.Count(errOut, "note[N-no-types]: add has no argument types") != 1 || strings.Contains(errOut, "error") {
		t.Fatalf("check of a good file: exit %d\n%s", code, errOut)
	}
	code, _, errOut = runCLI(t, nil, "check", "testdata/add.py", "--sig", "add(int64, int64)")
	if code != exitOK || errOut != "" {
		t.Fatalf("check of a good file with a signature: exit %d\n%s", code, errOut)
	}
	code, _, errOut = runCLI(t, nil, "check", "--format", "xml", "testdata/add.py")
	if code != exitUsage || !strings.Contains(errOut, "sarif") {
		t.Fatalf("unknown format: exit %d, %q", code, errOut)
	}
}

func TestCheckStrict(t *testing.T) {
	const fallback = "../../testdata/errors/objmode_fallback.py"
	code, _, errOut := runCLI(t, nil, "check", fallback)
	if code != exitOK || !strings.Contains(errOut, "warning[W-object-mode]: f cannot compile in nopython mode") {
		t.Fatalf("fallback without --strict: exit %d\n%s", code, errOut)
	}
	code, _, errOut = runCLI(t, nil, "check", "--strict", fallback)
	if code != exitProgram || !strings.Contains(errOut, "error[W-object-mode]") {
		t.Fatalf("fallback with --strict: exit %d\n%s", code, errOut)
	}
}

func TestUnknownTypeOnCommandLine(t *testing.T) {
	code, _, errOut := runCLI(t, nil, "inspect-types", "testdata/add.py", "add", "int65", "int64")
	if code != exitProgram || !strings.Contains(errOut, `unknown type "int65"`) {
		t.Fatalf("exit %d\n%s", code, errOut)
	}
}

// panicWriter stands for a bug: any write panics.
type panicWriter struct{}

func (panicWriter) Write([]byte) (int, error) { panic("write failed") }

func TestInternalErrorIsOneLine(t *testing.T) {
	var errb strings.Builder
	code := run([]string{"version"}, panicWriter{}, &errb, func(string) string { return "" })
	if code != exitInternal || strings.Count(errb.String(), "\n") != 1 ||
		!strings.HasPrefix(errb.String(), "pynjit: internal error: write failed") || !strings.Contains(errb.String(), "please report it") {
		t.Fatalf("exit %d, stderr %q", code, errb.String())
	}
}

func TestMissingToolchainExitsThree(t *testing.T) {
	t.Setenv("PATH", t.TempDir())
	t.Setenv("PYNJIT_CLANG", "")
	t.Setenv("PYNJIT_LLVM_GLOB", "/nonexistent/llvm-*/bin")
	code, _, errOut := runCLI(t, nil, "build", "testdata/add.py", "--sig", "add(int64, int64)", "-o", filepath.Join(t.TempDir(), "x.so"))
	if code != exitToolchain || strings.Count(errOut, "\n") != 1 || !strings.Contains(errOut, "apt-get install") {
		t.Fatalf("exit %d, stderr %q; want exit 3 and one line naming the package", code, errOut)
	}
}

// TestCrashingToolchainExitsThree: a compiler that fails gives exit 3
// and a message naming the command and what it printed.
func TestCrashingToolchainExitsThree(t *testing.T) {
	broken := filepath.Join(t.TempDir(), "clang")
	if err := os.WriteFile(broken, []byte("#!/bin/sh\necho 'clang: error: unable to execute command: Segmentation fault' >&2\nexit 1\n"), 0o755); err != nil {
		t.Fatal(err)
	}
	t.Setenv("PYNJIT_CLANG", broken)
	t.Setenv("PYNJIT_CACHE", "off")
	code, _, errOut := runCLI(t, nil, "build", "testdata/add.py", "--sig", "add(int64, int64)", "-o", filepath.Join(t.TempDir(), "x.so"))
	if code != exitToolchain || !strings.Contains(errOut, broken) || !strings.Contains(errOut, "Segmentation fault") {
		t.Fatalf("exit %d, stderr %q; want exit 3 naming the compiler and its error", code, errOut)
	}
}

func TestRunProgram(t *testing.T) {
	t.Setenv("PYNJIT_CACHE", t.TempDir())
	for i := 0; i < 2; i++ { // the second run uses the cached executable
		code, out, errOut := runCLI(t, nil, "run", "../../testdata/programs/zerodiv.py")
		if code != 1 || out != "100 // 3 = 33\n100 // 2 = 50\n100 // 1 = 100\n" ||
			!strings.HasSuffix(errOut, "\nZeroDivisionError: integer division or modulo by zero\n") {
			t.Fatalf("run %d: exit %d\nstdout %q\nstderr %q", i, code, out, errOut)
		}
	}
	code, _, errOut := runCLI(t, nil, "run", "testdata/add.py")
	if code != exitProgram || !strings.Contains(errOut, "nothing to run") {
		t.Fatalf("run of a file without main: exit %d\n%s", code, errOut)
	}
}

// TestInterruptCleansUp interrupts a build while a (slow) clang runs:
// pynjit exits 130, writes no output and leaves no temporary directory.
func TestInterruptCleansUp(t *testing.T) {
	dir := t.TempDir()
	bin := filepath.Join(dir, "pynjit")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	clang, err := exec.LookPath("clang-14")
	if err != nil {
		if clang, err = exec.LookPath("clang"); err != nil {
			t.Fatal("no clang: scripts/setup.sh installs it")
		}
	}
	slow := filepath.Join(dir, "slow-clang")
	if err := os.WriteFile(slow, []byte("#!/bin/sh\nsleep 20\nexec "+clang+" \"$@\"\n"), 0o755); err != nil {
		t.Fatal(err)
	}
	tmp := filepath.Join(dir, "tmp")
	if err := os.Mkdir(tmp, 0o755); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "lib.so")
	cmd := exec.Command(bin, "build", "-o", out, "../../examples/kernels.py")
	cmd.Env = append(os.Environ(), "PYNJIT_CLANG="+slow, "PYNJIT_CACHE=off", "TMPDIR="+tmp)
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	for i := 0; ; i++ {
		if entries, _ := os.ReadDir(tmp); len(entries) > 0 {
			break
		}
		if i == 500 {
			t.Fatal("the build never made its temporary directory")
		}
		time.Sleep(10 * time.Millisecond)
	}
	if err := cmd.Process.Signal(os.Interrupt); err != nil {
		t.Fatal(err)
	}
	err = cmd.Wait()
	var ee *exec.ExitError
	if !errors.As(err, &ee) || ee.ExitCode() != exitInterrupt {
		t.Errorf("exit %v, want %d", err, exitInterrupt)
	}
	if entries, _ := os.ReadDir(tmp); len(entries) != 0 {
		t.Errorf("temporary files left: %v", entries)
	}
	if _, err := os.Stat(out); err == nil {
		t.Error("an interrupted build wrote its output")
	}
}

// TestEveryCommandHasAnExample: `pynjit CMD --help` shows at least one
// example for every command.
func TestEveryCommandHasAnExample(t *testing.T) {
	a := &app{stdout: io.Discard, stderr: io.Discard, getenv: func(string) string { return "" }}
	for _, c := range a.root().Commands() {
		cmd := c.Name()
		code, out, errOut := runCLI(t, nil, cmd, "--help")
		if code != exitOK || !strings.Contains(out, "Examples:\n  pynjit "+cmd) {
			t.Errorf("%s --help: exit %d, no example\n%s%s", cmd, code, out, errOut)
		}
	}
}

func TestDoctor(t *testing.T) {
	code, out, _ := runCLI(t, nil, "doctor")
	if code != exitOK || !strings.Contains(out, "compiler ") || !strings.Contains(out, "numpy ") {
		t.Errorf("doctor: exit %d\n%s", code, out)
	}
	code, out, _ = runCLI(t, nil, "version")
	if code != exitOK || !strings.HasPrefix(out, "pynjit "+"0.") || !strings.Contains(out, "\ncompiler: ") {
		t.Errorf("version: exit %d\n%s", code, out)
	}
}

// TestInspectASM prints the assembly of a function for this machine and
// for an AArch64 target.
func TestInspectASM(t *testing.T) {
	code, out, errOut := runCLI(t, nil, "inspect-asm", "testdata/add.py", "add", "int64", "int64", "--target", "aarch64-linux-gnu")
	if code != 0 || !strings.Contains(out, "add\tx0, x") || !strings.Contains(out, "ret") {
		t.Fatalf("exit %d\n%s\n%s", code, out, errOut)
	}
	code, out, errOut = runCLI(t, nil, "inspect-asm", "testdata/add.py", "add", "int64", "int64")
	if code != 0 || !strings.Contains(out, "addq") && !strings.Contains(out, "leaq") {
		t.Fatalf("exit %d\n%s\n%s", code, out, errOut)
	}
}

// TestInspectCFG prints a control-flow graph as DOT and as SVG; the SVG
// must parse as XML with an svg root and hold every block and edge.
func TestInspectCFG(t *testing.T) {
	code, dot, errOut := runCLI(t, nil, "inspect-cfg", "../../examples/kernels.py", "collatz_steps", "int64")
	if code != 0 || !strings.HasPrefix(dot, "digraph ") || !strings.Contains(dot, "b1 -> b2 [label=\"true\"]") {
		t.Fatalf("exit %d\n%s\n%s", code, dot, errOut)
	}
	blocks, edges := strings.Count(dot, "[label=\"block "), strings.Count(dot, " -> ")
	code, svg, errOut := runCLI(t, nil, "inspect-cfg", "../../examples/kernels.py", "collatz_steps", "int64", "--format", "svg")
	if code != 0 {
		t.Fatalf("exit %d\n%s", code, errOut)
	}
	var doc struct {
		XMLName xml.Name
		Groups  []struct {
			Groups []struct {
				Class string `xml:"class,attr"`
				Title string `xml:"title"`
			} `xml:"g"`
		} `xml:"g"`
	}
	if err := xml.Unmarshal([]byte(svg), &doc); err != nil || doc.XMLName.Local != "svg" {
		t.Fatalf("not an SVG document (%v):\n%.500s", err, svg)
	}
	nodes, arrows := 0, 0
	for _, g := range doc.Groups {
		for _, e := range g.Groups {
			switch e.Class {
			case "node":
				nodes++
			case "edge":
				arrows++
			}
		}
	}
	if nodes != blocks || arrows != edges || blocks < 5 {
		t.Errorf("SVG has %d nodes and %d edges; the DOT has %d blocks and %d edges", nodes, arrows, blocks, edges)
	}
	if code, _, errOut := runCLI(t, nil, "inspect-cfg", "../../examples/kernels.py", "--format", "png"); code != exitUsage {
		t.Errorf("--format png: exit %d\n%s", code, errOut)
	}
}
