import math

from numba import njit


@njit("float64(float64)")
def norm(x):
    return math.sqroot(x)


@njit("int64(int64, int64)")
def add(a, b):
    return a + b
