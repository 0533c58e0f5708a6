"""pynjit trace's stand-in for numba.

Under `pynjit trace -- python3 PROGRAM`, this package is found before the
real numba. Its njit and jit, in every form (@njit, @njit("sig"),
@jit(nopython=True), njit(f), jit(nopython=True)(f)), hand back a wrapper
that runs the plain Python function unchanged and records the Numba type
of each call's arguments (Numba's typeof rules). At exit the types go to
a file in the directory PYNJIT_TRACE_OUT names, one per process, as
lines "FILE<TAB>NAME(TYPES)"; pynjit merges them into a signature file.
"""

import atexit
import functools
import os
import sys
import threading

__version__ = "0.0+pynjit.trace"

_out = os.environ.get("PYNJIT_TRACE_OUT")
_lock = threading.Lock()
_seen = {}  # (file, name) -> {signature text}


def _np():
    return sys.modules.get("numpy")


def _scalar_name(dtype):
    names = {
        "b": "boolean",
        "i1": "int8", "i2": "int16", "i4": "int32", "i8": "int64",
        "u1": "uint8", "u2": "uint16", "u4": "uint32", "u8": "uint64",
        "f4": "float32", "f8": "float64", "c8": "complex64", "c16": "complex128",
    }
    key = "b" if dtype.kind == "b" else dtype.kind + str(dtype.itemsize)
    return names.get(key, "dtype(%s)" % dtype.name)


def typeof(v):
    """The Numba type of v, spelled as a signature string spells it."""
    if isinstance(v, bool):
        return "boolean"
    if isinstance(v, int):
        if -(2**63) <= v < 2**63:
            return "int64"
        if 0 <= v < 2**64:
            return "uint64"
        return "pyobject"
    if isinstance(v, float):
        return "float64"
    if isinstance(v, complex):
        return "complex128"
    if v is None:
        return "none"
    if isinstance(v, str):
        return "unicode_type"
    if isinstance(v, tuple):
        items = [typeof(x) for x in v]
        if items and all(t == items[0] for t in items):
            return "UniTuple(%s, %d)" % (items[0], len(items))
        return "Tuple((%s%s))" % (", ".join(items), "," if len(items) == 1 else "")
    if isinstance(v, list):
        return "reflected list(%s)" % (typeof(v[0]) if v else "undefined")
    if isinstance(v, set):
        return "reflected set(%s)" % (typeof(next(iter(v))) if v else "undefined")
    np = _np()
    if np is not None:
        if isinstance(v, np.ndarray):
            dt = _scalar_name(v.dtype)
            if v.ndim == 0:
                return "array(%s, 0d, C)" % dt
            if v.flags.c_contiguous:
                dims = [":"] * (v.ndim - 1) + ["::1"]
            elif v.flags.f_contiguous:
                dims = ["::1"] + [":"] * (v.ndim - 1)
            else:
                dims = [":"] * v.ndim
            return "%s[%s]" % (dt, ", ".join(dims))
        if isinstance(v, np.generic):
            return _scalar_name(np.dtype(type(v)))
    if isinstance(v, dict):
        return "dict"
    return "pyobject(%s)" % type(v).__name__


def _record(f, args, kwargs):
    code = f.__code__
    names = code.co_varnames[: code.co_argcount]
    values = list(args[: len(names)])
    defaults = f.__defaults__ or ()
    for i in range(len(values), len(names)):
        if names[i] in kwargs:
            values.append(kwargs[names[i]])
        elif i >= len(names) - len(defaults):
            values.append(defaults[i - (len(names) - len(defaults))])
        else:
            return  # CPython raises TypeError for this call
    sig = "%s(%s)" % (f.__name__, ", ".join(typeof(v) for v in values))
    key = (os.path.abspath(code.co_filename), f.__name__)
    with _lock:
        _seen.setdefault(key, set()).add(sig)


def _wrap(f):
    if "<locals>" in getattr(f, "__qualname__", ""):
        return f

    @functools.wraps(f)
    def wrapper(*args, **kwargs):
        _record(f, args, kwargs)
        return f(*args, **kwargs)

    wrapper.py_func = f
    return wrapper


def _decorator(*args, **kwargs):
    if len(args) == 1 and callable(args[0]) and not isinstance(args[0], _Type):
        return _wrap(args[0])
    return _wrap


njit = _decorator
jit = _decorator
generated_jit = _decorator


def _write():
    if not _out or not _seen:
        return
    path = os.path.join(_out, "trace-%d.txt" % os.getpid())
    with open(path, "w", encoding="utf-8") as w:
        for (file, _), sigs in sorted(_seen.items()):
            for s in sorted(sigs):
                w.write("%s\t%s\n" % (file, s))


atexit.register(_write)


class _Type:
    """A Numba type named in a signature (numba.float64, float64[:]):
    only its name matters to a program run by the interpreter."""

    def __init__(self, name):
        self.name = name

    def __call__(self, *args):
        return _Type("%s(%s)" % (self.name, ", ".join(str(a) for a in args)))

    def __getitem__(self, index):
        return _Type("%s[%s]" % (self.name, index))

    def __repr__(self):
        return self.name

    __str__ = __repr__


class _Types:
    def __getattr__(self, name):
        if name.startswith("__"):
            raise AttributeError(name)
        return _Type(name)


types = _Types()
prange = range


def literal_unroll(x):
    return x


class objmode:
    def __init__(self, *args, **kwargs):
        pass

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


def vectorize(*args, **kwargs):
    def make(f):
        np = __import__("numpy")
        return np.vectorize(f)

    if len(args) == 1 and callable(args[0]) and not kwargs:
        return make(args[0])
    return make


def __getattr__(name):
    # from numba import int64, float32, boolean ...: the types of signatures
    if name.startswith("__"):
        raise AttributeError(name)
    return _Type(name)
