# A signature string that does not parse or does not fit the function.
from numba import njit, jit
import math


@njit("int64(int64")  # ERROR 19 "invalid type signature \"int64\(int64\" at column 12: expected '\)'"
def f(x):
    return x


f(3)
