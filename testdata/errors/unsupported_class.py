# A construct nopython mode does not compile, named in the error.
from numba import njit, jit
import math


@njit
def f(x):
    class C:  # ERROR 5 "'class' definition is unsupported in nopython mode"
        pass
    return x


f(3)
