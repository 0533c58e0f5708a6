# A NumPy function written in Python (the prelude's cumsum), compiled as
# a callee of the user's function.
import numpy as np
from numba import njit


@njit("float64[:](float64[:])")
def running(a):
    return np.cumsum(a)
