import math

from numba import njit


@njit("float64(float64)")
def norm(x):
    return math.sqroot(x)


@njit("float64(float64)")
def scaled(x):
    return 2.0 * norm(x)
