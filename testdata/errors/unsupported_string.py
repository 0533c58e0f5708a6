# A construct nopython mode does not compile, named in the error.
from numba import njit, jit
import math


@njit
def f(x):
    name = 'total'  # ERROR 12 "strings are unsupported in nopython mode \(except as exception messages\)"
    return x


f(3)
