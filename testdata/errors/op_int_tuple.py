# An operator applied to operand types it does not support.
from numba import njit, jit
import math


@njit
def f(x):
    return x + (1, 2)  # ERROR 12 "unsupported operand type\(s\) for \+: 'int64' and 'UniTuple\(int64 x 2\)'"


f(3)
