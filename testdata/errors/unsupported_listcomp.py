# A construct nopython mode does not compile, named in the error.
from numba import njit, jit
import math


@njit
def f(n):
    s = 0
    for v in [i * i for i in range(n)]:  # ERROR 14 "a list comprehension is unsupported in nopython mode"
        s += v
    return s


f(3)
