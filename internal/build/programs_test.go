package build

import (
	"bytes"
	"context"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pynjit/pynjit/internal/toolchain"
)

// TestPrograms builds every testdata/programs file into an executable
// (--emit exe) and runs it beside `python3 FILE.py` (numba stand-in on
// the path; for a file without a __main__ block, CPython calls its
// main()), with the arguments of its "# args:" line: stdout must be byte-identical, the exit status equal, and
// when the program dies of an exception, the last line of stderr too.
func TestPrograms(t *testing.T) {
	py := cpython(t)
	programs, _ := filepath.Glob("../../testdata/programs/*.py")
	if len(programs) == 0 {
		t.Fatal("no programs in testdata/programs")
	}
	shim, _ := filepath.Abs("../../testdata/pyshim")
	// each program is also built split into parts, every function apart
	// where it can be, as a large file is
	splits := map[string]*Split{"": nil, "/parts": {Parts: 3, PartSize: 1}}
	for _, prog := range programs {
		for suffix, split := range splits {
			t.Run(filepath.Base(prog)+suffix, func(t *testing.T) {
				runProgramCase(t, py, shim, prog, split)
			})
		}
	}
}

// runProgramCase builds prog as an executable (split as split says, when
// set) and compares its output and exit with CPython's.
func runProgramCase(t *testing.T, py, shim, prog string, split *Split) {
	src, err := os.ReadFile(prog)
	if err != nil {
		t.Fatal(err)
	}
	exe := filepath.Join(t.TempDir(), "prog")
	_, diags, err := Compile(context.Background(), Request{Name: prog, Source: src, Output: exe, Emit: []string{"exe"},
		OptLevel: 2, Env: toolchain.EnvFromOS(), Split: split})
	if err != nil || diags.HasErrors() {
		t.Fatalf("build: %v %v", err, diags)
	}
	args := programArgs(src)
	oracle := exec.Command(py, append([]string{prog}, args...)...)
	if !bytes.Contains(src, []byte(`__name__ == "__main__"`)) {
		// The executable runs main(); so must CPython.
		oracle = exec.Command(py, append([]string{"-c", "import runpy, sys; sys.argv = sys.argv[1:]; runpy.run_path(sys.argv[0])['main']()", prog}, args...)...)
	}
	want := runProgram(t, oracle, "PYTHONPATH="+shim)
	got := runProgram(t, exec.Command(exe, args...))
	if !bytes.Equal(got.stdout, want.stdout) {
		t.Errorf("stdout differs:\n--- pynjit ---\n%s--- CPython ---\n%s", got.stdout, want.stdout)
	}
	if got.code != want.code || got.lastErr != want.lastErr {
		t.Errorf("exit %d %q, CPython exit %d %q", got.code, got.lastErr, want.code, want.lastErr)
	}
}

// programArgs reads a program's command-line arguments from its
// "# args: ..." line.
func programArgs(src []byte) []string {
	for _, line := range strings.Split(string(src), "\n") {
		if rest, ok := strings.CutPrefix(line, "# args:"); ok {
			return strings.Fields(rest)
		}
	}
	return nil
}

type programRun struct {
	stdout  []byte
	code    int
	lastErr string
}

func runProgram(t *testing.T, cmd *exec.Cmd, env ...string) programRun {
	t.Helper()
	cmd.Env = append(os.Environ(), env...)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	r := programRun{stdout: out.Bytes()}
	var ee *exec.ExitError
	switch {
	case errors.As(err, &ee):
		r.code = ee.ExitCode()
	case err != nil:
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimRight(errb.String(), "\n"), "\n")
	r.lastErr = lines[len(lines)-1]
	return r
}
