"""A function compiled at several integer or float widths runs, from
Python, the signature Numba's dispatch picks: the argument's own type (a
NumPy scalar's dtype; int64 for a Python int, float64 for a float), then
one that holds all its values, then a narrower one. The ctypes module
took the first that fitted the kind: inc(127) ran int8's and gave -128."""
import numpy as np

from numba import njit


@njit(["int8(int8)", "int64(int64)"])
def inc(x):
    return x + 1


@njit(["uint8(uint8)", "int32(int32)"])
def dec(x):
    return x - 1


@njit(["float32(float32)", "float64(float64)"])
def third(x):
    return x / 3


CASES = [
    ("inc", (127,)), ("inc", (np.int8(127),)), ("inc", (np.int64(127),)), ("inc", (np.int16(200),)),
    ("inc", (300,)), ("inc", (np.uint8(3),)),
    ("dec", (0,)), ("dec", (np.uint8(0),)), ("dec", (np.int16(-5),)), ("dec", (np.uint16(7),)),
    ("third", (1.0,)), ("third", (np.float32(1.0),)), ("third", (np.float64(2.0),)),
]
