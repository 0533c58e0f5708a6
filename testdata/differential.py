"""Runs one testdata/run program both ways, in one process.

usage: differential.py PROGRAM.py MODULE_DIR RETURNS.json
       differential.py PACKAGE_DIR MODULE_DIR RETURNS.json

The program is imported under CPython (with the numba shim on the path),
so its functions are plain Python: the oracle. A package directory is
imported by its name, and its __init__.py holds CASES. MODULE_DIR holds the same
program compiled by pynjit with --emit so,py: the generated module
prog_pynjit is imported and called, as a user would. For every
("name", (args...)) in the program's CASES (or ("name", (args...),
{keyword: value}) to pass keyword arguments too) both are called with the
same arguments. The CPython result is converted to the declared return type
(RETURNS.json gives it per function, when all its signatures agree) and
compared exactly: floats by repr, so -0.0 != 0.0, and NaN equals NaN;
array arguments (each side gets its own, from a function when a case
needs views) must hold the same values after the call;
ULP_TOLERANCE in a program names the few functions allowed to differ in
the last bits, and why. When CPython raises, pynjit must raise the same
exception type with the same message. NUMPY1_ORACLE in a program names
the functions whose oracle holds only under NumPy 1, NUMPY2_ORACLE the
ones whose oracle holds only under NumPy 2 (see main). Prints one JSON object:
{"cases": N, "skipped": K, "failures": [...]}.
"""
import ctypes
import importlib.util
import json
import math
import struct
import sys
import warnings


def convert(value, typ):
    if isinstance(typ, list):  # a tuple type: its element types
        return tuple(convert(v, t) for v, t in zip(value, typ))
    if typ == "float32":
        return ctypes.c_float(value).value  # rounds, and overflows to inf, as C does
    if typ.startswith("array"):
        return value
    if typ.startswith("complex"):
        return complex(value)
    if typ.startswith("float"):
        return float(value)
    if typ == "bool":
        return bool(value)
    if typ.startswith("int") or typ.startswith("uint"):
        bits = int(typ.lstrip("uint"))
        n = int(value) % (1 << bits)
        if typ.startswith("int") and n >= 1 << (bits - 1):
            n -= 1 << bits
        return n
    return value


def ulps(a, b):
    ia = struct.unpack("<q", struct.pack("<d", a))[0]
    ib = struct.unpack("<q", struct.pack("<d", b))[0]
    return abs(ia - ib)


def same(a, b, tolerance=0):
    if type(a).__name__ == "ndarray" or type(b).__name__ == "ndarray":
        import numpy as np
        if not (type(a) == type(b) and a.dtype == b.dtype and a.shape == b.shape):
            return False
        if tolerance > 0 and a.dtype.kind == "f":
            return all(same(float(x), float(y), tolerance) for x, y in zip(a.ravel(), b.ravel()))
        return np.array_equal(a, b, equal_nan=a.dtype.kind in "fc")
    if isinstance(a, tuple) and isinstance(b, tuple):
        return len(a) == len(b) and all(same(x, y, tolerance) for x, y in zip(a, b))
    if isinstance(a, complex) and isinstance(b, complex):
        return same(a.real, b.real, tolerance) and same(a.imag, b.imag, tolerance)
    if isinstance(a, float) and isinstance(b, float):
        if (math.isnan(a) and math.isnan(b)) or repr(a) == repr(b):
            return True
        return tolerance > 0 and math.isfinite(a) and math.isfinite(b) and ulps(a, b) <= tolerance
    return type(a) == type(b) and a == b


def fresh(args):
    """The arguments for one side: a case may give a function making them,
    so that each side gets its own arrays (views included)."""
    return tuple(args()) if callable(args) else tuple(args)


def outcome(fn, args, kwargs, ret):
    try:
        v = fn(*args, **kwargs)
    except Exception as e:
        return ("raise", type(e).__name__, str(e))
    return ("value", convert(v, ret) if ret is not None else v)


def same_arrays(a, b):
    """Arrays are compared after the call: writes through them count."""
    import numpy as np
    for x, y in zip(a, b):
        if isinstance(x, np.ndarray):
            if x.dtype != y.dtype or x.shape != y.shape:
                return False
            if not np.array_equal(x, y, equal_nan=x.dtype.kind in "fc"):
                return False
    return True


def main():
    program, moddir, retfile = sys.argv[1:4]
    import os
    if os.path.isdir(program):
        # a package: imported by its name, as its users do
        sys.path.insert(0, os.path.dirname(os.path.abspath(program)))
        mod = importlib.import_module(os.path.basename(os.path.normpath(program)))
    else:
        # a script's sibling modules import as when it runs
        sys.path.append(os.path.dirname(os.path.abspath(program)))
        spec = importlib.util.spec_from_file_location("program", program)
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
    sys.path.insert(0, moddir)
    warnings.simplefilter("ignore")
    # PYNJIT_MODULE=prog_pyext runs the extension module (--emit pyext)
    # instead, on the functions it has
    compiled = importlib.import_module(os.environ.get("PYNJIT_MODULE", "prog_pynjit"))
    returns = json.load(open(retfile))
    # A program may name functions whose results may differ from CPython's
    # by a few units in the last place, with the reason (a documented
    # deviation, see docs/semantics.md); everything else must be exact.
    tolerances = getattr(mod, "ULP_TOLERANCE", {})
    # A program may also name functions whose CPython oracle needs NumPy
    # 1's value-based casting, with the reason: under NumPy 2 (NEP 50)
    # CPython raises OverflowError where Numba, and pynjit, wrap around
    # (docs/semantics.md). They run on NumPy 1 (Debian's stack) only, and
    # are counted as skipped here.
    # NUMPY2_ORACLE names the functions where NumPy 2 changed the answer
    # and pynjit gives the new one (the truth of an empty array): they
    # run on NumPy 2 only.
    other_numpy = {}
    if "numpy" in sys.modules:
        numpy2 = int(sys.modules["numpy"].__version__.split(".")[0]) >= 2
        other_numpy = getattr(mod, "NUMPY1_ORACLE" if numpy2 else "NUMPY2_ORACLE", {})
    # A case whose function the build left out of the ctypes module is a
    # failure, never a case skipped quietly (the extension module leaves
    # out by design the functions it cannot convert: see pymodule/ext.go).
    failures = []
    if compiled.__name__ == "prog_pynjit":
        failures = [{"call": name, "cpython": "a function", "pynjit": "not in the compiled module"}
                    for name in sorted({case[0] for case in mod.CASES if not hasattr(compiled, case[0])})]
    all_cases = [(case[0], case[1], case[2] if len(case) > 2 else {}) for case in mod.CASES if hasattr(compiled, case[0])]
    cases = [case for case in all_cases if case[0] not in other_numpy]
    skipped = len(all_cases) - len(cases)
    for name, args, kwargs in cases:
        ret = returns.get(name)
        wargs, gargs = fresh(args), fresh(args)
        want = outcome(getattr(mod, name), wargs, kwargs, ret)
        got = outcome(getattr(compiled, name), gargs, kwargs, ret)
        call = "%s%r%s" % (name, fresh(args), " **%r" % (kwargs,) if kwargs else "")
        if want[0] != got[0] or (not same(want[1], got[1], tolerances.get(name, (0, ""))[0]) if want[0] == "value" else want[1:] != got[1:]):
            failures.append({"call": call, "cpython": repr(want), "pynjit": repr(got)})
        elif not same_arrays(wargs, gargs):
            failures.append({"call": call, "cpython": "arrays after the call: %r" % (wargs,), "pynjit": repr(gargs)})
    print(json.dumps({"cases": len(cases), "skipped": skipped, "failures": failures}))


main()
