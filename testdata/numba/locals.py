"""Decorator options as Numba honours them (issue 26.b): locals= gives a
local variable its type, and every assignment to it converts to it, so a
float32 accumulator sums in float32; an int32 one wraps at 32 bits."""
import numpy as np

import numba
from numba import njit, types


@njit("(float64[:],)", locals={"s": numba.float32})
def sum32(a):
    s = 0.0
    for x in a:
        s += x
    return s


@njit("(int64,)", locals={"acc": types.int32, "k": numba.uint8})
def wrap_acc(n):
    acc = 0
    k = 250
    for i in range(n):
        acc += 1 << 30
        k += 1
    return acc, k


@njit("(float64[::1],)", locals={"view": numba.float64[:]})
def view_local(a):
    view = a
    return view[0]


CASES = [
    ("sum32", (np.array([0.1, 0.2, 0.3]),)), ("sum32", (np.arange(10.0) / 3.0,)),
    ("wrap_acc", (3,)), ("wrap_acc", (10,)),
    ("view_local", (np.array([2.5, 1.0]),)),
]
