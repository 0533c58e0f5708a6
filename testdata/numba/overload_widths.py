"""A function compiled at several integer or float widths runs, from
Python, the signature Numba's dispatch picks: the argument's own type (a
NumPy scalar's dtype; int64 for a Python int, float64 for a float), then
a wider one of its kind, then a float holding all its values, then one
that rounds or wraps. The ctypes module took the first that fitted the
kind: inc(127) ran int8's and gave -128. (Where two overloads rate the
same, Numba raises "Ambiguous overloading" and pynjit runs the first:
docs/semantics.md.)"""
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


@njit(["float64(int8, int8)", "float64(float64, float64)"])
def mix(x, y):
    return x + y * 0.5


@njit(["float64(int8)", "float64(float32)"])
def narrow(x):
    return x + 0.125


CASES = [
    ("inc", (127,)), ("inc", (np.int8(127),)), ("inc", (np.int64(127),)), ("inc", (np.int16(200),)),
    ("inc", (300,)), ("inc", (np.uint8(3),)),
    ("dec", (np.uint8(0),)), ("dec", (np.int16(-5),)), ("dec", (np.uint16(7),)),
    ("third", (1.0,)), ("third", (np.float32(1.0),)), ("third", (np.float64(2.0),)),
    ("third", (3,)), ("third", (16777217,)), ("third", (np.int64(3),)),
    ("mix", (200, 0)), ("mix", (np.int8(3), np.int8(4))), ("mix", (1.5, 2)),
    ("narrow", (np.int16(200),)), ("narrow", (np.int8(5),)), ("narrow", (np.float32(0.5),)),
]
