# NumPy functions of the prelude called as they do not type: each error
# is at the call, as for NumPy functions written in Go.
import numpy as np
from numba import njit


@njit("float64[:](float64[:])")
def clip_none(a):
    return np.clip(a, None, 1.0)  # ERROR 12 "np\.clip\(array\(float64, 1d, A\), none, float64\) is unsupported in nopython mode: "


@njit("float64[:](float64[:])")
def cumsum_axis(a):
    return np.cumsum(a, axis=0)  # ERROR 12 "cumsum\(\) got an unexpected keyword argument 'axis'"


@njit("float64[:](float64[:])")
def clip_one_bound(a):
    return np.clip(a, 0.0)  # ERROR 12 "clip\(\) missing 1 required positional argument: 'a_max'"


@njit("float64[:](float64[:])")
def clip_none_again(a):
    # the same failing specialization, reported at this call too
    return np.clip(a, None, 1.0) + 1.0  # ERROR 12 "np\.clip\(array\(float64, 1d, A\), none, float64\) is unsupported"
