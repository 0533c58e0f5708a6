# An operator applied to operand types it does not support.
from numba import njit, jit
import math


@njit
def f(x):
    return x & 3  # ERROR 12 "unsupported operand type\(s\) for &: 'float64' and 'int64'"


f(2.5)
