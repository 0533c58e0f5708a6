# A construct nopython mode does not compile, named in the error.
from numba import njit, jit
import math


@njit
def f(n):
    for i in range(n):
        yield i  # ERROR 9 "'yield' is unsupported in nopython mode"


f(3)
