# A construct nopython mode does not compile, named in the error.
from numba import njit, jit
import math


@njit
def f(x):
    with open('data.txt') as fh:  # ERROR 5 "'with' statement is unsupported in nopython mode"
        pass
    return x


f(3)
