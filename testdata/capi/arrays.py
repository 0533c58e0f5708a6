"""The library behind testdata/capi/arrays.c."""
import numpy as np
from numba import njit


@njit("float64[:](float64[:])")
def running_sum(a):
    out = np.empty_like(a)
    s = 0.0
    for i in range(len(a)):
        s += a[i]
        out[i] = s
    tmp = np.zeros(len(a))  # a temporary that must be freed
    tmp[0] = s
    return out


@njit("float64(int64)")
def fails_after_allocating(n):
    a = np.ones(n)
    b = np.zeros(n)
    if n > 2:
        raise ValueError("too big")
    return a.sum() + b.sum()
