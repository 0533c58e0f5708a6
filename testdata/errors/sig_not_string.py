# A signature string that does not parse or does not fit the function.
from numba import njit, jit
import math


@njit(5)  # ERROR 7 "expected a signature string such as \"int64\(int64, int64\)\""
def f(x):
    return x


f(3)
