# A syntax error, reported as CPython 3.11 reports it.
from numba import njit, jit
import math


@njit
def f(x):
    return max(x 1)  # ERROR 16 "invalid syntax\. Perhaps you forgot a comma\?"


f(3)
