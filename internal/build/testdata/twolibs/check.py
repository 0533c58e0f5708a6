"""Loads the two libraries of TestTwoLibraries into one CPython and calls
both: usage check.py DIR (arrays.so, raises.so and their modules).

The first library is also loaded with RTLD_GLOBAL, as another extension
or a program embedding Python may load one, which puts its symbols ahead
of every library loaded after it. Prints "ok" or fails."""
import ctypes
import os
import sys

import numpy as np

d = sys.argv[1]
first = sys.argv[2]
ctypes.CDLL(os.path.join(d, first + ".so"), mode=ctypes.RTLD_GLOBAL)
sys.path.insert(0, d)
import arrays_pynjit as arrays  # noqa: E402
import raises_pynjit as raises  # noqa: E402


def fails(exc, msg, fn, *args):
    try:
        r = fn(*args)
    except exc as e:
        assert str(e) == msg, (fn.__name__, str(e), msg)
        return
    raise AssertionError("%s%r returned %r, did not raise %s" % (fn.__name__, args, r, exc.__name__))


for _ in range(3):
    fails(ValueError, "raises: y is 0", raises.quotient, 1, 0)
    assert raises.quotient(7, 2) == 3
    fails(ValueError, "arrays: empty", arrays.total, np.zeros(0))
    r = arrays.ramp(4)
    assert r.tolist() == [0.0, 0.5, 1.0, 1.5], r
    assert arrays.total(r) == 3.0
    assert arrays.nrt_live() == 1, arrays.nrt_live()
    del r
    assert arrays.nrt_live() == 0
print("ok")
