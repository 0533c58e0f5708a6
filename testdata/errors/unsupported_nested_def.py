# A construct nopython mode does not compile, named in the error.
from numba import njit, jit
import math


@njit
def f(x):
    def g(y):  # ERROR 5 "a nested function definition is unsupported in nopython mode"
        return y
    return x


f(3)
