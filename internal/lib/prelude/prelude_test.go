package prelude

import (
	"os/exec"
	"path/filepath"
	"testing"
)

// oracle runs the prelude's functions as Python (njit being the
// identity, from testdata/pyshim) against NumPy's, on the same inputs:
// the values and the dtype of every result must be NumPy's. This tests
// the Python source apart from the compiler; testdata/run/prelude.py
// tests the compiled functions.
const oracle = `
import importlib.util, sys
import numpy as np
spec = importlib.util.spec_from_file_location("prelude", sys.argv[1])
pre = importlib.util.module_from_spec(spec)
spec.loader.exec_module(pre)
nan = float("nan")
arrays = [np.array([1, 2, 3, -4], dtype=np.int32), np.array([True, False, True]), np.array([200, 100, 7], dtype=np.uint8),
          np.array([0.1, 0.2], dtype=np.float32), np.array([1.0, nan, -2.5]), np.zeros(0), np.arange(10)[::-3]]
grids = [np.arange(6, dtype=np.int32).reshape(2, 3), np.arange(24.0).reshape(2, 3, 4)[:, ::-1, ::2], np.ones((0, 3)), np.eye(3, dtype=np.bool_)]
cases = []
for a in grids:
    cases += [("cumsum", (a,)), ("cumprod", (a,)), ("clip", (a, 1, 4)), ("diff", (a,)), ("diff", (a, 2)), ("diff", (a, 9))]
for a in arrays:
    cases += [("cumsum", (a,)), ("cumprod", (a,)), ("diff", (a,))]
    cases += [("diff", (a, n)) for n in (0, 2, 7)]
    bounds = [(0, 2), (2, 0), (-1.5, 1.5), (np.ones(a.size), 5)]
    if int(np.__version__.split(".")[0]) >= 2:
        bounds.append((nan, 1.0))  # NumPy 1.24 let a NaN bound clip nothing
    cases += [("clip", (a, lo, hi)) for lo, hi in bounds]
    # _clip_into is clip for an array with scalar bounds of its kind
    # (lib.PreludeVariant), as NumPy 2 computes it
    if int(np.__version__.split(".")[0]) >= 2:
        kind_bounds = {"b": [(False, True)], "i": [(0, 2), (2, 0)], "u": [(0, 2), (2, 0)], "f": [(-1.5, 1.5), (0, 2), (nan, 1.0)]}
        cases += [("_clip_into", (a, lo, hi)) for lo, hi in kind_bounds[a.dtype.kind]]
numpy_name = {"_clip_into": "clip"}
failed = 0
for name, args in cases:
    want, got = getattr(np, numpy_name.get(name, name))(*args), getattr(pre, name)(*args)
    if want.dtype != got.dtype or not np.array_equal(want, got, equal_nan=want.dtype.kind == "f"):
        print("%s%r: numpy %r, prelude %r" % (name, args, want, got))
        failed += 1
sys.exit(1 if failed else 0)
`

// TestPreludeAgreesWithNumPy runs oracle with the project's virtual
// environment's NumPy 2 (the reference) and Debian's NumPy 1.24, each
// where it is installed.
func TestPreludeAgreesWithNumPy(t *testing.T) {
	src, err := filepath.Abs("numpy.py")
	if err != nil {
		t.Fatal(err)
	}
	shim, err := filepath.Abs(filepath.Join("..", "..", "..", "testdata", "pyshim"))
	if err != nil {
		t.Fatal(err)
	}
	venv, err := filepath.Abs(filepath.Join("..", "..", "..", ".venv", "bin", "python"))
	if err != nil {
		t.Fatal(err)
	}
	ran := 0
	for _, py := range []string{venv, "/usr/bin/python3"} {
		probe := exec.Command(py, "-c", "import numpy")
		probe.Dir = t.TempDir() // not here, where numpy.py is the prelude
		if probe.Run() != nil {
			t.Logf("%s with NumPy is missing: not run on it", py)
			continue
		}
		cmd := exec.Command(py, "-c", oracle, src)
		cmd.Dir = probe.Dir
		cmd.Env = append(cmd.Environ(), "PYTHONPATH="+shim)
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Errorf("%s: %v\n%s", py, err, out)
		}
		ran++
	}
	if ran == 0 {
		t.Skip("no Python with NumPy")
	}
}
