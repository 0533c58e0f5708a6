# A construct nopython mode does not compile, named in the error.
from numba import njit, jit
import math


@njit
def f(n):
    return sum(i for i in range(n))  # ERROR 12 "the builtin 'sum' is unsupported in nopython mode"


f(3)
