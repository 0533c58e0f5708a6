# A construct nopython mode does not compile, named in the error.
from numba import njit, jit
import math


total = 0


@njit
def f(x):
    global total  # ERROR 5 "'global' statement is unsupported in nopython mode"
    total = x
    return x


f(3)
