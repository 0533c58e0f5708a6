"""Checks the defaults of defaultkinds.py in the module (--emit py) and
the extension module (--emit pyext) pynjit built from it.
usage: defaultcheck.py SOURCE MODULE_DIR. Prints "ok" or fails.

Both modules show the original's signature (inspect.signature; the
extension module has none for a NaN default or a complex one with a part
of -0.0, which its text signature cannot spell) and docstring, and a call that takes the default gives
the same result or exception type in both."""
import importlib.util
import inspect
import math
import sys

spec = importlib.util.spec_from_file_location("original", sys.argv[1])
original = importlib.util.module_from_spec(spec)
spec.loader.exec_module(original)
sys.path.insert(0, sys.argv[2])
import defaultkinds_pynjit as py  # noqa: E402
import defaultkinds_pyext as ext  # noqa: E402


def same(a, b):
    if isinstance(a, tuple) and isinstance(b, tuple):
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b))
    if isinstance(a, float) and isinstance(b, float):
        return repr(a) == repr(b)
    if isinstance(a, complex) and isinstance(b, complex):
        return same(a.real, b.real) and same(a.imag, b.imag)
    return type(a) is type(b) and a == b


def same_signature(want, got):
    w, g = inspect.signature(want).parameters, inspect.signature(got).parameters
    assert list(w) == list(g), (want.__name__, list(w), list(g))
    for name in w:
        assert same(w[name].default, g[name].default) or (
            w[name].default is g[name].default is inspect.Parameter.empty), (want.__name__, name, w[name].default, g[name].default)


def outcome(fn):
    try:
        return ("value", fn(1))
    except Exception as e:
        return ("raise", type(e).__name__)


names = [n for n in dir(original) if n.endswith("_default")]
assert len(names) == 10, names
unspelled = {"nan_default": "y", "complex_default": "y"}
for name in names:
    want = getattr(original, name)
    same_signature(want, getattr(py, name))
    assert getattr(py, name).__doc__ == want.__doc__, name
    assert getattr(ext, name).__doc__ == want.__doc__, (name, getattr(ext, name).__doc__)
    if name not in unspelled:
        same_signature(want, getattr(ext, name))
    else:
        assert getattr(ext, name).__text_signature__ is None, name
    a, b = outcome(getattr(py, name)), outcome(getattr(ext, name))
    assert a[0] == b[0] and (same(a[1], b[1]) or (a[0] == "value" and math.isnan(a[1]) and math.isnan(b[1]))), (name, a, b)
    if name in ("min_default", "bool_default", "inf_default", "tiny_default"):
        assert same(a[1], want(1)), (name, a, want(1))
print("ok")
