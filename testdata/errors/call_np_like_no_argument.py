# np.zeros_like() and np.empty_like() without their array: a diagnostic,
# not a crash (FuzzCheck found the crash).
from numba import njit
import numpy as np


@njit("float64[:](float64[:])")
def f(a):
    return np.zeros_like()  # ERROR 12 "np\.zeros_like\(\): expected an array"


@njit("float64[:](float64[:])")
def g(a):
    return np.empty_like(a, a)  # ERROR 12 "np\.empty_like\(.*\): expected an array"
