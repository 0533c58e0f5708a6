# A signature string that does not parse or does not fit the function.
from numba import njit, jit
import math


@njit("int65(int64)")  # ERROR 8 "invalid type signature \"int65\(int64\)\" at column 1: unknown type \"int65\""
def f(x):
    return x


f(3)
