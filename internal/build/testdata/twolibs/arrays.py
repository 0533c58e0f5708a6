"""One of two libraries loaded into one process (TestTwoLibraries): it
allocates arrays, so its runtime has the array units."""
import numpy as np
from numba import njit


@njit("float64[::1](int64)")
def ramp(n):
    return np.arange(n) * 0.5


@njit("float64(float64[::1])")
def total(a):
    if a.size == 0:
        raise ValueError("arrays: empty")
    return a.sum()
