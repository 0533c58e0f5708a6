# A construct nopython mode does not compile, named in the error.
from numba import njit, jit
import math


@njit
def f(n):
    g = (i * i for i in range(n))  # ERROR 9 "a generator expression is unsupported in nopython mode"
    return n


f(3)
