# NumPy functions of the prelude called as they do not type: each error
# is at the call, as for NumPy functions written in Go.
import numpy as np
from numba import njit


@njit("float64[:](float64[:, :])")
def flat_cumsum(a):
    return np.cumsum(a)  # ERROR 12 "np\.cumsum\(array\(float64, 2d, A\)\) is unsupported in nopython mode: Cannot unify"


@njit("float64[:](float64[:])")
def cumsum_axis(a):
    return np.cumsum(a, axis=0)  # ERROR 12 "cumsum\(\) got an unexpected keyword argument 'axis'"


@njit("float64[:](float64[:])")
def clip_one_bound(a):
    return np.clip(a, 0.0)  # ERROR 12 "clip\(\) missing 1 required positional argument: 'a_max'"
