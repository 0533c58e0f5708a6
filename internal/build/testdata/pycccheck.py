"""Compares an extension module built from a numba.pycc file with the
file's functions run as plain Python.

    python3 pycccheck.py SOURCE.py MODULE_DIR

SOURCE.py runs under real Numba (its CC registers the exports); the
extension module CC names is imported from MODULE_DIR. Every export is
called with arguments made from its signature (scalars and 1-D arrays),
through the module and as Python, and the outcomes (result, exception
type, array arguments after the call) must be equal. Prints JSON: the
module's public names, its file name, how many calls were compared and
the mismatches.
"""
import importlib
import importlib.util
import itertools
import json
import os
import sys

import numpy as np

SAMPLES = {
    "float64": [0.5, -2.25, 3.0],
    "int64": [12, -18, 7, 0],
    "array(float64, 1d, A)": [np.arange(5.0), np.array([1.5, -2.0, 4.25, 0.125])],
    "array(int64, 1d, A)": [np.arange(5), np.array([7, -3, 12])],
}


def outcome(fn, args):
    args = [a.copy() if isinstance(a, np.ndarray) else a for a in args]
    try:
        r = fn(*args)
        res = repr(r.tolist()) if isinstance(r, np.ndarray) else repr(r)
    except Exception as e:  # compared by type, as pycc raises them
        res = type(e).__name__
    return [res] + [repr(a.tolist()) for a in args if isinstance(a, np.ndarray)]


def main():
    source, module_dir = sys.argv[1], os.path.abspath(sys.argv[2])
    spec = importlib.util.spec_from_file_location("pycc_source", source)
    src = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(src)
    ccs = [v for v in vars(src).values() if type(v).__name__ == "CC"]
    cc = ccs[0]
    sys.path.insert(0, module_dir)
    mod = importlib.import_module(cc.name)
    compared, mismatches = 0, []
    for name, entry in sorted(cc._exported_functions.items()):
        kinds = [str(t) for t in entry.signature.args]
        for args in itertools.product(*(SAMPLES[k] for k in kinds)):
            want = outcome(entry.function, args)
            got = outcome(getattr(mod, name), args)
            compared += 1
            if got != want:
                mismatches.append({"call": "%s%r" % (name, tuple(args)), "got": got, "want": want})
    print(json.dumps({
        "names": sorted(n for n in dir(mod) if not n.startswith("__")),
        "exports": sorted(cc._exported_functions),
        "file": os.path.basename(mod.__file__),
        "compared": compared,
        "mismatches": mismatches,
    }))


main()
