import shapes.consts as c
from numba import njit
from shapes.consts import SCALE


@njit("float64(float64[:], float64[:])")
def dot(a, b):
    s = 0.0
    for i in range(a.shape[0]):
        s += a[i] * b[i]
    return s * SCALE / c.SCALE


@njit
def norm2(a):
    return dot(a, a)


@njit
def _scale(x):
    return x * 100.0
