"""Runs one testdata/run program both ways, in one process.

usage: differential.py PROGRAM.py LIBRARY.so SIGNATURES.json

The program is imported under CPython (with the numba shim on the path),
so its functions are plain Python: the oracle. The library is the same
program compiled by pynjit. For every ("name", (args...)) in the program's
CASES, both are called with the same arguments; the CPython result is
converted to the declared return type and compared exactly (floats by
repr, so -0.0 != 0.0, and NaN equals NaN; ULP_TOLERANCE in a program
names the few functions allowed to differ in the last bits, and why), or
the exception types must match. Prints one JSON object: {"cases": N, "failures": [...]}.
"""
import ctypes
import importlib.util
import json
import math
import sys

CTYPES = {
    "int64": ctypes.c_int64, "int32": ctypes.c_int32, "int16": ctypes.c_int16, "int8": ctypes.c_int8,
    "uint64": ctypes.c_uint64, "uint32": ctypes.c_uint32, "uint16": ctypes.c_uint16, "uint8": ctypes.c_uint8,
    "float64": ctypes.c_double, "float32": ctypes.c_float, "bool": ctypes.c_bool, "none": None,
}


def convert(value, typ):
    if typ.startswith("float"):
        return float(value)
    if typ == "bool":
        return bool(value)
    if typ.startswith("int") or typ.startswith("uint"):
        return int(value)
    return value


def ulps(a, b):
    import struct
    ia = struct.unpack("<q", struct.pack("<d", a))[0]
    ib = struct.unpack("<q", struct.pack("<d", b))[0]
    return abs(ia - ib)


def same(a, b, tolerance=0):
    if isinstance(a, float) and isinstance(b, float):
        if (math.isnan(a) and math.isnan(b)) or repr(a) == repr(b):
            return True
        return tolerance > 0 and math.isfinite(a) and math.isfinite(b) and ulps(a, b) <= tolerance
    return type(a) == type(b) and a == b


def main():
    program, library, sigfile = sys.argv[1:4]
    spec = importlib.util.spec_from_file_location("program", program)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    sigs = json.load(open(sigfile))
    lib = ctypes.CDLL(library)
    lib.pynjit_err_occurred.restype = ctypes.c_int
    lib.pynjit_err_type.restype = ctypes.c_char_p
    lib.pynjit_err_message.restype = ctypes.c_char_p
    # A program may name functions whose results may differ from CPython's
    # by a few units in the last place, with the reason (a documented
    # deviation, see docs/semantics.md); everything else must be exact.
    tolerances = getattr(mod, "ULP_TOLERANCE", {})
    failures = []
    for name, args in mod.CASES:
        sig = sigs[name]
        fn = getattr(lib, sig["symbol"])
        fn.argtypes = [CTYPES[t] for t in sig["args"] or []]
        fn.restype = CTYPES[sig["return"]]
        try:
            want = ("value", convert(getattr(mod, name)(*args), sig["return"]))
        except Exception as e:  # the oracle raised: pynjit must raise the same type
            want = ("raise", type(e).__name__)
        lib.pynjit_err_clear()
        got_value = fn(*args)
        if lib.pynjit_err_occurred():
            got = ("raise", lib.pynjit_err_type().decode())
        else:
            got = ("value", convert(got_value, sig["return"]))
        if want[0] != got[0] or not same(want[1], got[1], tolerances.get(name, (0, ""))[0]):
            failures.append({"call": "%s%r" % (name, tuple(args)), "cpython": repr(want), "pynjit": repr(got)})
    print(json.dumps({"cases": len(mod.CASES), "failures": failures}))


main()
