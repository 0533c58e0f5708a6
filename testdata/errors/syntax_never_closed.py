# A syntax error, reported as CPython 3.11 reports it.
from numba import njit, jit
import math


@njit
def f(x):
    return max(x, (1 + x)  # ERROR 15 "'\(' was never closed"


f(3)
