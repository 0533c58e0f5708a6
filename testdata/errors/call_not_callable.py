# A call whose arguments do not match, with CPython's TypeError message.
from numba import njit, jit
import math


@njit
def f(x):
    return x(1)  # ERROR 12 "'int64' object is not callable"


f(3)
