# A construct nopython mode does not compile, named in the error.
from numba import njit, jit
import math


@njit
def f(x):
    xs = [x, x + 1]  # ERROR 10 "a list is unsupported in nopython mode"
    return x


f(3)
