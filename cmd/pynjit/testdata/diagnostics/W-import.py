from numba import njit

from .helpers import scale


@njit("float64(float64)")
def scaled(x):
    return x * 2.0
