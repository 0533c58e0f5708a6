# A construct nopython mode does not compile, named in the error.
from numba import njit, jit
import math


@njit
def f(x):
    d = {'a': x}  # ERROR 9 "a dict is unsupported in nopython mode"
    return x


f(3)
