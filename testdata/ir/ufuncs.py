# Whole-array arithmetic with broadcasting, and a ufunc.
import numpy as np
from numba import njit


@njit("float64[:, :](float64[:, :], float64[:])")
def scaled(a, b):
    return np.sqrt(a * b + 1.0)
