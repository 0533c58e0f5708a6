# A call whose arguments do not match, with CPython's TypeError message.
from numba import njit, jit
import math


@njit
def f(x):
    return math.sqrt(x, 2)  # ERROR 12 "No implementation of function math\.sqrt found for signature \(int64, int64\)"


f(3)
