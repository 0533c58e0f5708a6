# Arrays inside a returned tuple are not supported yet (their references would be released).
import numpy as np
from numba import njit


@njit("Tuple((float64[:], float64[:]))(int64)")
def pair(n):  # ERROR 5 "pair returns UniTuple\(array\(float64, 1d, A\) x 2\): arrays inside a returned tuple are unsupported in nopython mode for now"
    return np.zeros(n), np.ones(n)
