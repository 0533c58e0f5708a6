# A syntax error, reported as CPython 3.11 reports it.
from numba import njit, jit
import math


@njit
def f(x)  # ERROR 9 "expected ':'"
    return x


f(3)
