"""Runs one program under real Numba and through pynjit's module, in one process.

usage: numba_oracle.py PROGRAM.py MODULE_DIR [--numpy] [--refused NAME,...]

Where Numba defines what a program means (int64 wrap-around, narrow
integers, declared result types, locals=, 2 ** -1), Numba itself is the
oracle, and NumPy for what arrays hold. The program is imported with the
real numba (no stand-in), so its @njit functions are compiled by Numba;
with --numpy, njit and jit hand back the functions unchanged instead, and
NumPy under CPython is the oracle. MODULE_DIR holds the same program
compiled by pynjit with --emit so,py: its module prog_pynjit is imported
and called, as a user would. For every ("name", (args...)) in the
program's CASES both are called with the same arguments (a case may give
a function making them, so that each side gets its own arrays) and
compared:

  - the outcome: a value on both sides, or an exception of the same type
    (messages are the oracle's own and are not compared);
  - the result type: the return type of the signature Numba's dispatcher
    resolves for the arguments (with --numpy, the dtypes of NumPy's scalar
    results and tuples of them), against the one of the compiled overload
    pynjit's module selects, both in Numba's spelling (int32,
    array(float32, 1d, C), UniTuple(int64 x 2));
  - the value, exactly: integers and bools by value, floats by repr (so
    -0.0 != 0.0, and NaN equals NaN), arrays by dtype, shape and elements;
    ULP_TOLERANCE in a program names the functions allowed to differ in
    the last bits, and why;
  - the array arguments after the call (writes through them count).

NUMPY1_ORACLE and NUMPY2_ORACLE in a program name, with the reason, the
functions whose oracle holds only with NumPy 1 (and the Numba built for
it) or only with NumPy 2: the others are not run, and are counted as
skipped.
The functions --refused names are the ones pynjit refused to compile (a
diagnostic): they must not be in the module, and the oracle must refuse
them too: Numba with a TypingError when it compiles them for the case's
arguments, NumPy with a TypeError or ValueError when they run, or with a
result in float16, which pynjit does not have.

Prints one JSON object: {"cases": N, "skipped": K, "numba": "0.56.4", "numpy": "1.24.2",
"failures": [...]}.
"""
import importlib
import importlib.util
import json
import math
import os
import struct
import sys
import warnings

import numba
import numpy as np


def fresh(args):
    return tuple(args()) if callable(args) else tuple(args)


def ulps(a, b, single):
    """How many floats (float32 ones when single) lie between a and b."""
    fmt, ifmt = ("<f", "<i") if single else ("<d", "<q")
    ia = struct.unpack(ifmt, struct.pack(fmt, a))[0]
    ib = struct.unpack(ifmt, struct.pack(fmt, b))[0]
    return abs(ia - ib)


def same_float(a, b, tolerance, single=False):
    if (math.isnan(a) and math.isnan(b)) or repr(a) == repr(b):
        return True
    return tolerance > 0 and math.isfinite(a) and math.isfinite(b) and ulps(a, b, single) <= tolerance


def same(a, b, tolerance=0):
    """a is the oracle's value, b pynjit's."""
    if isinstance(a, np.ndarray) or isinstance(b, np.ndarray):
        if not (isinstance(a, np.ndarray) and isinstance(b, np.ndarray)):
            return False
        if a.dtype != b.dtype or a.shape != b.shape:
            return False
        if tolerance > 0 and a.dtype.kind == "f":
            single = a.dtype == np.float32
            return all(same_float(float(x), float(y), tolerance, single) for x, y in zip(a.ravel(), b.ravel()))
        return np.array_equal(a, b, equal_nan=a.dtype.kind in "fc")
    if isinstance(a, np.float32) and isinstance(b, (float, np.floating)):
        return same_float(float(a), float(b), tolerance, True)
    if isinstance(a, tuple) and isinstance(b, tuple):
        return len(a) == len(b) and all(same(x, y, tolerance) for x, y in zip(a, b))
    if isinstance(a, (complex, np.complexfloating)) and isinstance(b, (complex, np.complexfloating)):
        return same_float(float(a.real), float(b.real), tolerance) and same_float(float(a.imag), float(b.imag), tolerance)
    if isinstance(a, (float, np.floating)) and isinstance(b, (float, np.floating)):
        return same_float(float(a), float(b), tolerance)
    if isinstance(a, (bool, np.bool_)) or isinstance(b, (bool, np.bool_)):
        return isinstance(a, (bool, np.bool_)) and isinstance(b, (bool, np.bool_)) and bool(a) == bool(b)
    if isinstance(a, (int, np.integer)) and isinstance(b, (int, np.integer)):
        return int(a) == int(b)
    return type(a) == type(b) and a == b


def outcome(fn, args):
    try:
        return ("value", fn(*args))
    except Exception as e:  # the type is compared, and shown with the message
        return ("raise", type(e).__name__, str(e))


def numba_return(fn, args):
    """The return type of the signature Numba's dispatcher resolves for
    args (the declared one the arguments convert to, when there are
    declared signatures)."""
    try:
        argtys = tuple(numba.typeof(a) for a in args)
        sig = fn.typingctx.resolve_function_type(numba.types.Dispatcher(fn), argtys, {})
    except Exception:
        return None
    if sig is None:
        return None
    # a function returning a constant returns a literal type
    rt = numba.types.unliteral(sig.return_type)
    if isinstance(rt, numba.types.Optional):
        # none from a call that only raises, with the other paths' type:
        # pynjit's is that type, the values the same (docs/semantics.md)
        rt = rt.type
    return str(rt)


def numba_name(t):
    """A type of pynjit's module (a name, ("tuple", ...) or ("array", ...))
    in Numba's spelling."""
    if isinstance(t, tuple) and t[0] == "array":
        return "array(%s, %dd, %s)" % (t[1], t[2], t[3])
    if isinstance(t, tuple):
        elems = [numba_name(e) for e in t[1:]]
        if elems and all(e == elems[0] for e in elems):
            return "UniTuple(%s x %d)" % (elems[0], len(elems))
        return "Tuple(%s)" % ", ".join(elems)
    return t


def pynjit_return(compiled, name, args):
    """The return type of the overload pynjit's module calls for args."""
    overloads = getattr(compiled, "_pynjit_overloads_" + name, None)
    if not overloads:
        return None
    try:
        best = compiled._pynjit_select(overloads, compiled._pynjit_buffers(args), name)
    except TypeError:  # ambiguous
        return None
    return None if best is None else numba_name(best.ret)


def same_arrays(a, b):
    for x, y in zip(a, b):
        if isinstance(x, np.ndarray):
            if x.dtype != y.dtype or x.shape != y.shape:
                return False
            if not np.array_equal(x, y, equal_nan=x.dtype.kind in "fc"):
                return False
    return True


def has_float16(v):
    if isinstance(v, tuple):
        return any(has_float16(x) for x in v)
    return isinstance(v, (np.ndarray, np.generic)) and v.dtype == np.float16


def refusal(fn, args, numpy_oracle):
    """Why the oracle refuses a case of a function pynjit refused, or None
    when it runs it. NumPy's results in float16, which pynjit does not
    have, count as refused too; so does Numba failing inside its own
    typing (Numba 0.68 raises AttributeError from its ufunc typing for an
    in-place operator whose result it cannot cast back, where 0.56 raised
    a TypingError)."""
    if not numpy_oracle:
        try:
            if fn._can_compile:
                fn.compile(tuple(numba.typeof(a) for a in args))
            else:  # declared signatures: the call picks one, or raises TypeError
                fn(*args)
        except numba.core.errors.TypingError:
            return "TypingError"
        except Exception as e:  # noqa: BLE001 - an internal error of Numba's compiler refuses it too
            return None if not fn._can_compile else "Numba's internal %s" % type(e).__name__
        return None
    try:
        v = fn(*args)
    except (TypeError, ValueError) as e:
        return type(e).__name__
    return "float16" if has_float16(v) else None


def numpy_return(v):
    """The type of a NumPy result in Numba's spelling, where NumPy's types
    say it: its scalars and tuples of them (arrays are compared by dtype
    with their values; a Python int or float says nothing)."""
    if isinstance(v, np.generic):
        return v.dtype.name
    if isinstance(v, tuple) and v:
        elems = [numpy_return(x) for x in v]
        if None in elems:
            return None
        if all(e == elems[0] for e in elems):
            return "UniTuple(%s x %d)" % (elems[0], len(elems))
        return "Tuple(%s)" % ", ".join(elems)
    return None


def main():
    program, moddir = sys.argv[1:3]
    numpy_oracle = "--numpy" in sys.argv
    refused = set()
    if "--refused" in sys.argv:
        refused = set(filter(None, sys.argv[sys.argv.index("--refused") + 1].split(",")))
    warnings.simplefilter("ignore")
    if numpy_oracle:
        def unchanged(*args, **kwargs):
            if len(args) == 1 and callable(args[0]) and not kwargs:
                return args[0]
            return lambda f: f
        numba.njit = numba.jit = unchanged
    spec = importlib.util.spec_from_file_location("program", program)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    sys.path.insert(0, moddir)
    compiled = importlib.import_module("prog_pynjit")
    tolerances = getattr(mod, "ULP_TOLERANCE", {})
    other_numpy = getattr(mod, "NUMPY1_ORACLE" if int(np.__version__.split(".")[0]) >= 2 else "NUMPY2_ORACLE", {})
    cases = [(name, args) for name, args in mod.CASES if name not in other_numpy]
    failures = []
    for name, args in cases:
        call = "%s%r" % (name, fresh(args))
        if name in refused:
            if hasattr(compiled, name):
                failures.append({"call": call, "numba": "refused", "pynjit": "in the module"})
            elif refusal(getattr(mod, name), fresh(args), numpy_oracle) is None:
                failures.append({"call": call, "numba": "runs it", "pynjit": "refused it"})
            continue
        if not hasattr(compiled, name):
            failures.append({"call": call, "numba": "compiled", "pynjit": "not in the module"})
            continue
        nargs, pargs = fresh(args), fresh(args)
        want = outcome(getattr(mod, name), nargs)
        got = outcome(getattr(compiled, name), pargs)
        if want[0] != got[0] or want[0] == "raise" and want[1] != got[1]:
            failures.append({"call": call, "numba": repr(want), "pynjit": repr(got)})
            continue
        if want[0] == "raise":
            continue
        if numpy_oracle:
            wt = numpy_return(want[1])
            gt = None if wt is None else pynjit_return(compiled, name, fresh(args))
        else:
            wt, gt = numba_return(getattr(mod, name), fresh(args)), pynjit_return(compiled, name, fresh(args))
        if wt != gt:
            failures.append({"call": call, "numba": "returns %s: %r" % (wt, want[1]), "pynjit": "returns %s: %r" % (gt, got[1])})
        elif not same(want[1], got[1], tolerances.get(name, (0, ""))[0]):
            failures.append({"call": call, "numba": repr(want[1]), "pynjit": repr(got[1])})
        elif not same_arrays(nargs, pargs):
            failures.append({"call": call, "numba": "arrays after the call: %r" % (nargs,), "pynjit": repr(pargs)})
    print(json.dumps({"cases": len(cases), "skipped": len(mod.CASES) - len(cases), "oracle": "NumPy" if numpy_oracle else "Numba", "numba": numba.__version__, "numpy": np.__version__, "failures": failures}))


main()
