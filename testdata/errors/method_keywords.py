# Keyword arguments the array methods and ufuncs do not take are
# refused, as Numba refuses them, never ignored: out= would leave its
# array unwritten and dtype= give another type than NumPy's.
import numpy as np
from numba import njit


@njit("float64[:](float64[:], float64[:])")
def into(a, b):
    np.sqrt(a, out=b)  # ERROR 5 "keyword arguments to np.sqrt\(\) are unsupported in nopython mode"
    return b


@njit("float32[:](float64[:])")
def narrowed(a):
    return np.sqrt(a, dtype=np.float32)  # ERROR 12 "keyword arguments to np.sqrt\(\) are unsupported in nopython mode"


@njit("float64[:](float64[:])")
def copied(a):
    return a.copy(subok=True)  # ERROR 12 "copy\(\) takes no arguments in nopython mode \(no order= or other options\)"


@njit("float64[:](float64[:])")
def flat(a):
    return a.flatten(copy=True)  # ERROR 12 "flatten\(\) takes no arguments in nopython mode"
