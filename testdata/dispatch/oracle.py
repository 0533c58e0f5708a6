"""Calls every case of testdata/dispatch/overloads.py under real Numba and
through pynjit's generated modules (--emit py, and --emit pyext for the
functions the extension module holds), in one process, and prints the
outcomes as JSON (TestDispatch compares them).

usage: oracle.py PROGRAM.py MODULE_DIR

An outcome is the type of the result, which says which signature ran
("int", "float", "complex" or "bool"; with its repr for the echo_
functions), or "raise <Type>: <message>".
Before Numba is called, every conversion from the arguments' types to the
parameters' is registered with Numba's type manager, as it registers them
itself once a call found no match: Numba's choice then depends only on
the arguments, not on the calls the process made before (a C array meets
an A-layout parameter as a safe conversion only once registered).

A read-only array, or another buffer (memoryview, array.array, bytes),
Numba refuses where pynjit copies it (docs/reference.md): for those,
"twin" is Numba's outcome for a writable NumPy array of the same
elements, dtype and layout, which pynjit must agree with; "readonly" says
an argument is read-only, which pynjit also copies to a parameter of
another layout.
"""
import importlib
import importlib.util
import json
import re
import sys
import warnings

import numba
import numpy as np


def outcome(fn, args):
    try:
        v = fn(*args)
        if fn.__name__.startswith("echo_"):
            return "%s %r" % (type(v).__name__, v)
        return type(v).__name__
    except Exception as e:  # the type and message are compared
        # a function's address differs between the two sides
        return "raise %s: %s" % (type(e).__name__, re.sub(r" at 0x[0-9a-f]+", "", str(e)))


def register(fn, args):
    """Registers every conversion Numba's dispatcher would find for args."""
    try:
        tys = [fn.typeof_pyval(a) for a in args]
    except Exception:  # noqa: BLE001 - Numba 0.56 raises from typeof for some (NUMBA056_DIFFERS)
        return
    for sig in fn.nopython_signatures:
        fn.typingctx.install_possible_conversions(tys, sig.args)


def copied(v):
    """A read-only array or another buffer as a writable NumPy array of
    the same elements, dtype and layout, or None for anything else."""
    if isinstance(v, (int, float, complex, np.generic)):
        return None
    if not isinstance(v, np.ndarray):
        try:
            v = np.asarray(memoryview(v))
        except TypeError:
            return None
    elif v.flags.writeable:
        return None
    w = np.array(v, order="K")
    if v.flags.c_contiguous or v.flags.f_contiguous or v.ndim == 0:
        return w
    spread = np.empty(v.shape[:-1] + (2 * v.shape[-1],), v.dtype)[..., ::2]
    spread[...] = v
    return spread


def main():
    program, moddir = sys.argv[1:3]
    warnings.simplefilter("ignore")
    spec = importlib.util.spec_from_file_location("program", program)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    sys.path.insert(0, moddir)
    compiled = importlib.import_module("prog_pynjit")
    ext = importlib.import_module("prog_pyext")
    out = []
    for name, label, args in mod.cases():
        fn = getattr(mod, name)
        register(fn, args)
        case = {"call": "%s(%s)" % (name, label), "label": label, "pynjit": outcome(getattr(compiled, name), args),
                "numba": outcome(fn, args)}
        if hasattr(ext, name):
            case["pyext"] = outcome(getattr(ext, name), args)
        twins = [copied(a) for a in args]
        case["readonly"] = any(t is not None and not np.asarray(memoryview(a)).flags.writeable for a, t in zip(args, twins))
        if any(t is not None for t in twins):
            twin_args = tuple(a if t is None else t for a, t in zip(args, twins))
            register(fn, twin_args)
            case["twin"] = outcome(fn, twin_args)
        out.append(case)
    print(json.dumps({"numba": numba.__version__, "numpy": np.__version__, "cases": out,
                      "numba056_differs": mod.NUMBA056_DIFFERS}))


main()
