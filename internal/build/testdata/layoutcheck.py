"""Checks which arrays the modules pynjit built from layouts.py accept
for each layout, against Numba itself (the real package: its dispatcher
is the oracle of which arrays match a signature), and their results
against NumPy. usage: layoutcheck.py SOURCE MODULE_DIR. Prints "ok" or
fails.

Read-only arrays are pynjit's own rule (Numba types them apart and
matches no mutable signature): copied in the order the layout needs,
so they are accepted for every layout, with NumPy's values."""
import importlib.util
import sys

import numpy as np

spec = importlib.util.spec_from_file_location("numba_version", sys.argv[1])
numba_version = importlib.util.module_from_spec(spec)
spec.loader.exec_module(numba_version)  # real numba: @njit compiles
sys.path.insert(0, sys.argv[2])
import layouts_pynjit  # noqa: E402
import layouts_pyext  # noqa: E402

m = np.arange(12.0).reshape(3, 4)
t = np.arange(24.0).reshape(2, 3, 4)
ARGS = {
    "C": m, "F": np.asfortranarray(m), "transposed": m.T, "strided": m[:, ::2], "reversed": m[::-1],
    "one row": m[:1].copy(), "one row F": np.asfortranarray(m[:1]), "column view": m[:, 1:2],
    "3d C": t, "3d F": np.asfortranarray(t), "3d T": t.T, "1d": np.arange(3.0), "1d strided": np.arange(6.0)[::2],
}
PYTHON = {"f_corner": lambda a: a[1, 0] * 10 + a[0, 1], "c_corner": lambda a: a[1, 0] * 10 + a[0, 1],
          "a_corner": lambda a: a[1, 0] * 10 + a[0, 1], "f3": lambda a: a[1, 0, 1] * 100 + a[0, 1, 0] * 10 + a[1, 1, 1],
          "c1": lambda a: a[1]}
NDIM = {"f_corner": 2, "c_corner": 2, "a_corner": 2, "f3": 3, "c1": 1}


def outcome(fn, a):
    try:
        return ("value", float(fn(a)))
    except TypeError:
        return ("TypeError",)
    except IndexError:
        return ("IndexError",)


compared = 0
for name, python in PYTHON.items():
    for label, a in ARGS.items():
        if a.ndim != NDIM[name] or outcome(python, a)[0] != "value":
            continue  # out of bounds: compiled code, Numba's too, reads past the end
        want = outcome(getattr(numba_version, name), a)
        if want[0] == "value":
            assert want[1] == python(a), (name, label)
        for mod in (layouts_pynjit, layouts_pyext):
            got = outcome(getattr(mod, name), a)
            assert got == want, (mod.__name__, name, label, got, want)
            compared += 1
        ro = a.view()
        ro.flags.writeable = False
        for mod in (layouts_pynjit, layouts_pyext):
            got = outcome(getattr(mod, name), ro)
            assert got == ("value", python(a)), (mod.__name__, name, label, "read-only", got)
            compared += 1
assert compared > 40, compared
print("ok")
