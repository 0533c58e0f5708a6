# A construct nopython mode does not compile, named in the error.
from numba import njit, jit
import math


@njit
def f(x):
    try:  # ERROR 5 "'try' statement is unsupported in nopython mode"
        return 1 // x
    except ZeroDivisionError:
        return 0


f(3)
