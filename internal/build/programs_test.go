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
// main()): stdout must be byte-identical, the exit status equal, and
// when the program dies of an exception, the last line of stderr too.
func TestPrograms(t *testing.T) {
	py := cpython(t)
	programs, _ := filepath.Glob("../../testdata/programs/*.py")
	if len(programs) == 0 {
		t.Fatal("no programs in testdata/programs")
	}
	shim, _ := filepath.Abs("../../testdata/pyshim")
	for _, prog := range programs {
		t.Run(filepath.Base(prog), func(t *testing.T) {
			src, err := os.ReadFile(prog)
			if err != nil {
				t.Fatal(err)
			}
			exe := filepath.Join(t.TempDir(), "prog")
			_, diags, err := Compile(context.Background(), Request{Name: prog, Source: src, Output: exe, Emit: []string{"exe"},
				OptLevel: 2, Env: toolchain.EnvFromOS()})
			if err != nil || diags.HasErrors() {
				t.Fatalf("build: %v %v", err, diags)
			}
			oracle := exec.Command(py, prog)
			if !bytes.Contains(src, []byte(`__name__ == "__main__"`)) {
				// The executable runs main(); so must CPython.
				oracle = exec.Command(py, "-c", "import runpy, sys; runpy.run_path(sys.argv[1])['main']()", prog)
			}
			want := runProgram(t, oracle, "PYTHONPATH="+shim)
			got := runProgram(t, exec.Command(exe))
			if !bytes.Equal(got.stdout, want.stdout) {
				t.Errorf("stdout differs:\n--- pynjit ---\n%s--- CPython ---\n%s", got.stdout, want.stdout)
			}
			if got.code != want.code || got.lastErr != want.lastErr {
				t.Errorf("exit %d %q, CPython exit %d %q", got.code, got.lastErr, want.code, want.lastErr)
			}
		})
	}
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
