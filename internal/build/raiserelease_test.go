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

// raiseRelease runs testdata/raisearrays.py's CASES under CPython (the
// numba stand-in of testdata/pyshim) and through the module pynjit
// built from it, and prints per case the oracle's outcome, whether the
// module's agrees, and how many arrays are alive after it.
const raiseRelease = `import sys
import numpy as np
m = __import__(sys.argv[1])
import raisearrays as py


def outcome(f, args):
    try:
        r = f(*args)
        return repr(r.tolist() if isinstance(r, np.ndarray) else r.item() if isinstance(r, np.generic) else r)
    except Exception as e:
        return type(e).__name__


for name, extra in py.CASES:
    a = np.arange(1.0, 6.0) if name != "check" else np.arange(1, 6)
    want = outcome(getattr(py, name), (a.copy(),) + extra)
    got = outcome(getattr(m, name), (a.copy(),) + extra)
    print(name, extra, want, "ok" if got == want else "got " + got, "live", m.nrt_live())
`

// TestRaisesReleaseArrays: a function that raises while it holds arrays
// (by a raise statement, a failed check, a runtime helper, a callee,
// in a loop, after an in-place operation's copy) releases each exactly
// once, unoptimized and optimized: after every case, raised or not,
// no array is alive, and the outcome is CPython's.
func TestRaisesReleaseArrays(t *testing.T) {
	py := currentStack.find(t)
	if py == "" {
		return
	}
	src, err := os.ReadFile("testdata/raisearrays.py")
	if err != nil {
		t.Fatal(err)
	}
	shim, _ := filepath.Abs("../../testdata/pyshim")
	data, _ := filepath.Abs("testdata")
	for _, opt := range []int{0, 2} {
		t.Run(fmt.Sprintf("O%d", opt), func(t *testing.T) {
			dir := t.TempDir()
			_, diags, err := Compile(context.Background(), Request{Name: "raisearrays.py", Source: src, Emit: []string{"so", "py"},
				Output: filepath.Join(dir, "ra"), OptLevel: opt, Env: toolchain.EnvFromOS()})
			if err != nil || diags.HasErrors() {
				t.Fatal(err, diags)
			}
			cmd := exec.Command(py, "-c", raiseRelease, "ra_pynjit")
			cmd.Env = append(os.Environ(), "PYTHONPATH="+strings.Join([]string{dir, data, shim}, string(os.PathListSeparator)))
			out, err := cmd.Output()
			if err != nil {
				t.Fatalf("%v\n%s", err, out)
			}
			lines := strings.Split(strings.TrimSpace(string(out)), "\n")
			if len(lines) < 19 {
				t.Fatalf("%d cases ran, want 19:\n%s", len(lines), out)
			}
			for _, l := range lines {
				if !strings.HasSuffix(l, " ok live 0") {
					t.Errorf("%s", l)
				}
			}
		})
	}
}
