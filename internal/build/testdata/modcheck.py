"""Checks the module pynjit generated from modprog.py, as a user would
use it. usage: modcheck.py MODULE_DIR. Prints "ok" or fails."""
import inspect
import sys
import warnings

sys.path.insert(0, sys.argv[1])
import modprog_pynjit as m  # noqa: E402


def raises(exc, msg, fn, *args):
    try:
        fn(*args)
    except exc as e:
        assert str(e) == msg, "%s: %r, want %r" % (fn.__name__, str(e), msg)
        return
    raise AssertionError("%s%r did not raise %s" % (fn.__name__, args, exc.__name__))


# Names, parameters and docstrings are the originals.
assert str(inspect.signature(m.add)) == "(a, b)", inspect.signature(m.add)
assert m.add.__doc__ == "Adds two numbers.", m.add.__doc__
assert str(inspect.signature(m.interpreted)) == "(a, b)"
assert m.interpreted.__doc__ == "Falls back to object mode."
assert sorted(m.__all__) == ["ObjectModeWarning", "add", "byte", "double_all", "interpreted", "inverse", "scale", "square", "total"], m.__all__

# The cheapest overload is called: ints stay ints, floats go to float64.
assert m.add(2, 3) == 5 and type(m.add(2, 3)) is int
assert m.add(2.5, 3) == 5.5 and type(m.add(2, 3.0)) is float
assert m.add(True, 1) == 2 and type(m.add(True, 1)) is int

# Arguments no signature accepts are a TypeError, as Numba says it.
raises(TypeError, "No matching definition for argument type(s) unicode_type, int64; compiled for: (int64, int64); (float64, float64)", m.add, "a", 1)
raises(TypeError, "No matching definition for argument type(s) complex128; compiled for: (int64)", m.square, 2j)
# A float goes to an int parameter as Numba converts it (unsafely: truncated).
assert m.square(2.5) == 4 and m.square(-2.9) == 4
raises(TypeError, "add() missing 1 required positional argument: 'b'", m.add, 1)
# An int converts as Numba unboxes it: wrapped to the parameter's width,
# OverflowError beyond 64 bits or negative for an unsigned type.
assert m.byte(256) == 0 and m.byte(255) == 255
raises(OverflowError, "can't convert negative int to unsigned", m.byte, -1)
raises(OverflowError, "int too big to convert", m.byte, 2**64)

# Tuples in and out.
assert m.scale((3, -4), 2) == (6, -8)
raises(TypeError, "No matching definition for argument type(s) UniTuple(int64 x 3), int64; compiled for: (UniTuple(int64 x 2), int64)", m.scale, (1, 2, 3), 2)

# Exceptions come back with their type and message.
raises(ZeroDivisionError, "inverse of zero", m.inverse, 0.0)
assert m.inverse(4.0) == 0.25

# njit(f) exports under the bound name.
assert m.square(12) == 144

# NumPy scalars convert like Python numbers.
try:
    import numpy as np
except ImportError:
    np = None
if np is not None:
    assert m.add(np.int64(2), np.int32(3)) == 5
    assert m.add(np.float64(0.5), np.float32(0.25)) == 0.75
    assert m.inverse(np.float32(2.0)) == 0.5

# Arrays: NumPy arrays and other buffers, checked against the signature.
if np is not None:
    import array
    assert m.total(np.arange(4.0)) == 6.0
    assert m.total(array.array("d", [1.5, 2.5])) == 4.0
    buf = array.array("d", [1.0, 2.0, 3.0])
    m.double_all(buf)
    assert list(buf) == [2.0, 4.0, 6.0], buf
    ro = np.arange(3.0)
    ro.flags.writeable = False
    m.double_all(ro)  # works on a copy: read-only memory is never written
    assert list(ro) == [0.0, 1.0, 2.0]
    raises(TypeError, "No matching definition for argument type(s) array(int64, 1d, C); compiled for: (array(float64, 1d, A))", m.total, np.arange(3))
    # compiled code reads this machine's byte order: other arrays are refused, not misread
    raises(TypeError, "No matching definition for argument type(s) pyobject; compiled for: (array(float64, 1d, A))", m.total, np.ones(2, dtype=">f8"))
    assert m.total(np.ones(2, dtype="=f8")) == 2.0
    r = m.double_all(np.arange(2.0))
    assert r is None

# Object-mode fallback: runs the original in the interpreter, warns once.
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    assert m.interpreted(7, 2) == 3
    assert m.interpreted(7, 0) == -1
fallbacks = [w for w in caught if issubclass(w.category, m.ObjectModeWarning)]
assert len(fallbacks) == 1, [str(w.message) for w in caught]
assert "interpreted fell back to object mode ('try' statement is unsupported in nopython mode)" in str(fallbacks[0].message)
print("ok")
