"""Array functions for the extension module (--emit pyext): see
extcheck.py."""
import numpy as np
from numba import njit


@njit("float64(float64[::1])")
def total(a):
    s = 0.0
    for x in a:
        s += x
    return s


@njit("void(float64[::1], float64)")
def scale(a, k):
    for i in range(a.shape[0]):
        a[i] *= k


@njit("int64(int64[:, :])")
def trace(m):
    s = 0
    for i in range(min(m.shape[0], m.shape[1])):
        s += m[i, i]
    return s


@njit("int64(uint8[::1], int64)")
def byte_at(b, i):
    if i >= b.shape[0]:
        raise IndexError("no such byte")
    return b[i]


@njit("bool(float32[:], complex128[:], bool[:])")
def mixed(x, z, flags):
    return x.shape[0] == z.shape[0] and flags[0]
