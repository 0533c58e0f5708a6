# An integer literal outside int64.
from numba import njit, jit
import math


@njit
def f(x):
    return x + 9223372036854775808  # ERROR 16 "integer literal 9223372036854775808 does not fit in int64"


f(3)
