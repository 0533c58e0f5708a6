# A syntax error, reported where CPython reports it: at the comment, where
# the line's NEWLINE token starts.
from numba import njit, jit
import math


@njit
def f(x)  # ERROR 11 "expected ':'"
    return x


f(3)
