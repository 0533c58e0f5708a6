"""Checks the modules pynjit built from hostile.py (or, with a file
name that is hostile, from a copy of it).
usage: hostilecheck.py SOURCE MODULE_DIR. Prints "ok" or fails.

Importing runs no injected code (no PWNED file appears); the Python
module has every docstring exactly, and the extension module the same
up to a NUL (C strings end there) with a lone surrogate as U+FFFD (its
docstrings are C strings of UTF-8); every call gives the original's
value or exception message (compiled code's messages end at a NUL too);
keyword arguments reach non-ASCII parameters; the object-mode fallback
loads the source file by its name, whatever it is; the module's
docstring names the source."""
import importlib.util
import os
import re
import sys
import warnings

source, moddir = sys.argv[1], sys.argv[2]
here = os.getcwd()
spec = importlib.util.spec_from_file_location("original", source)
original = importlib.util.module_from_spec(spec)
spec.loader.exec_module(original)
sys.path.insert(0, moddir)
import mod_pynjit as py  # noqa: E402
import mod_pyext as ext  # noqa: E402

warnings.simplefilter("ignore")
for d in (here, moddir, os.path.dirname(os.path.abspath(source))):
    assert not os.path.exists(os.path.join(d, "PWNED")), "injected code ran"


def outcome(fn, args, **kwargs):
    try:
        return ("value", fn(*args, **kwargs))
    except Exception as e:
        return ("raise", type(e).__name__, str(e))


def c_text(s):
    """What a C string of s's UTF-8 reads back as."""
    return s.split("\0")[0].encode("utf-8", "surrogatepass").decode("utf-8", "replace").replace("\ufffd\ufffd\ufffd", "\ufffd")


for name, args in original.CALLS:
    want = outcome(getattr(original, name), args)
    if want[0] == "raise":
        want = want[:2] + (want[2].split("\0")[0],)
    for mod in (py, ext):
        if not hasattr(mod, name):
            assert mod is ext and name in ("tuples", "fallback"), name
            continue
        got = outcome(getattr(mod, name), args)
        assert got == want, (mod.__name__, name, got, want)
        doc = getattr(original, name).__doc__
        if mod is py:
            assert getattr(mod, name).__doc__ == doc, (name, getattr(mod, name).__doc__, doc)
        elif doc is not None:
            assert getattr(mod, name).__doc__ == c_text(doc), (name, getattr(mod, name).__doc__, c_text(doc))
for mod in (py, ext):
    assert outcome(getattr(mod, "ünïcødé"), (), α=2.0, β=0.5) == ("value", 1.0), mod.__name__
    assert outcome(getattr(mod, "ünïcødé"), (1.0,), γ=1) == ("raise", "TypeError", "ünïcødé() got an unexpected keyword argument 'γ'")
# the docstring shows what is not UTF-8 in the name as U+FFFD
shown = re.sub("\ufffd+", "\ufffd", os.fsencode(os.path.relpath(source, moddir)).decode("utf-8", "replace"))
assert "from %s. Do not edit." % shown in re.sub("\ufffd+", "\ufffd", py.__doc__), py.__doc__
print("ok")
