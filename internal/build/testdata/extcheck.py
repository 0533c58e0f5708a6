"""Checks array arguments of the extension module pynjit built from
extprog.py. usage: extcheck.py MODULE_DIR. Prints "ok" or fails."""
import array
import sys

import numpy as np

sys.path.insert(0, sys.argv[1])
import extprog_pyext as m  # noqa: E402


def raises(exc, msg, fn, *args):
    try:
        fn(*args)
    except exc as e:
        assert msg in str(e), "%s: %r, want %r in it" % (fn.__name__, str(e), msg)
        return
    raise AssertionError("%s did not raise %s" % (fn.__name__, exc.__name__))


# Every function is in the module: arrays are arguments like scalars.
for name in ("total", "scale", "trace", "byte_at", "mixed"):
    assert hasattr(m, name), name

a = np.arange(5.0)
assert m.total(a) == 10.0
m.scale(a, 2.0)  # compiled code writes into the caller's array
assert a.tolist() == [0.0, 2.0, 4.0, 6.0, 8.0], a

# A read-only array is copied, as the Python module does: never written.
r = np.arange(3.0)
r.flags.writeable = False
m.scale(r, 10.0)
assert r.tolist() == [0.0, 1.0, 2.0], r
assert m.total(r) == 3.0

# Strides are the array's: a transposed or sliced 2-D array, any layout.
sq = np.arange(16, dtype=np.int64).reshape(4, 4)
assert m.trace(sq) == 30 and m.trace(sq.T) == 30 and m.trace(sq[::2, 1:]) == 1 + 10
assert m.trace(np.zeros((0, 3), dtype=np.int64)) == 0

# Other objects with the buffer protocol of the right type.
assert m.total(array.array("d", [0.5, 0.25])) == 0.75
assert m.total(memoryview(np.array([1.5, 2.0]))) == 3.5
assert m.byte_at(b"\x07\x09", 1) == 9  # bytes: read-only, copied
assert m.mixed(np.zeros(2, dtype=np.float32), np.zeros(2, dtype=np.complex128), np.array([True])) is True
assert m.mixed(np.zeros(2, dtype=np.float32), np.zeros(3, dtype=np.complex128), np.array([True])) is False

# Wrong arguments: Numba's TypeError, naming the arguments' types.
NO_MATCH = "No matching definition for argument type(s) "
raises(TypeError, NO_MATCH + "reflected list(float64)<iv=None>;", m.total, [1.0])
raises(TypeError, NO_MATCH + "array(int64, 1d, C);", m.total, np.arange(3))
raises(TypeError, NO_MATCH + "array(float64, 2d, C);", m.total, np.zeros((2, 2)))
raises(TypeError, NO_MATCH + "array(float64, 1d, A);", m.total, np.arange(6.0)[::2])
raises(TypeError, NO_MATCH + "pyobject;", m.total, np.zeros(2, dtype=">f8"))
raises(TypeError, "scale() missing 1 required positional argument: 'k'", m.scale, a)  # CPython's words for a Python function
raises(TypeError, NO_MATCH + "array(float64, 1d, C), unicode_type;", m.scale, a, "x")
raises(IndexError, "no such byte", m.byte_at, bytearray(b"\x01"), 5)

# Every way out gives the buffers back: a bytearray cannot grow while a
# buffer of it is held.
ba = bytearray(b"\x01\x02")
for _ in range(3):
    assert m.byte_at(ba, 0) == 1
    raises(IndexError, "no such byte", m.byte_at, ba, 7)
    raises(TypeError, NO_MATCH + "bytearray(uint8, 1d, C), unicode_type;", m.byte_at, ba, "x")  # after ba's buffer is held
    raises(TypeError, NO_MATCH + "bytearray(uint8, 1d, C);", m.total, ba)
ba.append(3)
assert len(ba) == 3

# The argument's reference count is unchanged by many calls.
before = sys.getrefcount(a)
for _ in range(10000):
    m.total(a)
    m.total(r)
    m.scale(a, 1)  # an int for a float64 parameter: converted in Python, as Numba's dispatcher does
assert sys.getrefcount(a) == before, (sys.getrefcount(a), before)
print("ok")
