# A syntax error, reported as CPython 3.11 reports it.
from numba import njit, jit
import math


@njit
def f(x):
    y = x
        return y  # ERROR 8 "unexpected indent"


f(3)
