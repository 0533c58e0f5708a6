# A construct nopython mode does not compile, named in the error.
from numba import njit, jit
import math


@njit
def f(x):
    s = {x, 1}  # ERROR 9 "a set is unsupported in nopython mode"
    return x


f(3)
