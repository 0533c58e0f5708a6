# A construct nopython mode does not compile, named in the error.
from numba import njit, jit
import math


@njit
def f(x):
    g = lambda y: y * 2  # ERROR 9 "'lambda' is unsupported in nopython mode"
    return x


f(3)
