package trace

import (
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/pynjit/pynjit/internal/types"
)

// oracle is Debian's CPython 3.11 with NumPy and the real Numba.
const oracle = "/usr/bin/python3"

// TestTypeofMatchesNumba: for each value, the stand-in's type (in
// signature syntax) read back by pynjit is what numba.typeof gives it;
// types pynjit cannot read (lists, strings) are spelled as Numba names
// them.
func TestTypeofMatchesNumba(t *testing.T) {
	if err := exec.Command(oracle, "-c", "import numba, numpy").Run(); err != nil {
		t.Skipf("%s with numba and numpy is needed as the oracle: %v", oracle, err)
	}
	script := `
import importlib.util, sys
import numba, numpy as np
spec = importlib.util.spec_from_file_location("shim", sys.argv[1])
shim = importlib.util.module_from_spec(spec)
spec.loader.exec_module(shim)
m = np.zeros((4, 6))
values = [1, -5, True, False, 1.5, 2j, None, 2**63, (1, 2), (1,), (1, 2.5), ((1, 2), 3.0), [1, 2], [1.5], "text",
          np.float32(1), np.float64(2), np.int8(3), np.int16(3), np.int32(3), np.int64(3), np.uint8(3), np.uint16(3),
          np.uint32(3), np.uint64(3), np.bool_(True), np.complex64(1j), np.complex128(1j),
          np.zeros(3), np.arange(3), np.zeros((2, 3)), np.zeros((2, 3), order="F"), m[:, ::2], m[::2], m.T,
          np.zeros((2, 3, 4), dtype=np.int32), np.zeros(5, dtype=np.bool_), np.zeros(4, dtype=np.complex128),
          np.zeros(4, dtype=np.float32)[::2], np.ones((1, 1)), np.zeros((3, 1)), np.zeros((1, 3), order="F")]
for v in values:
    print("%s\t%s" % (numba.typeof(v), shim.typeof(v)))
`
	out, err := exec.Command(oracle, "-c", script, filepath.Join("shim", "numba", "__init__.py")).CombinedOutput()
	if err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	iv := regexp.MustCompile(`<iv=.*>$`)
	lines := strings.Split(strings.TrimSpace(string(out)), "\n")
	if len(lines) < 40 {
		t.Fatalf("%d values typed, want 41:\n%s", len(lines), out)
	}
	for _, line := range lines {
		numba, ours, _ := strings.Cut(line, "\t")
		numba = iv.ReplaceAllString(numba, "")
		got := ours
		if ty, err := types.ParseType(ours); err == nil {
			got = ty.String()
		}
		if got != numba {
			t.Errorf("numba.typeof gives %s; the stand-in writes %s, which pynjit reads as %s", numba, ours, got)
		}
	}
}
