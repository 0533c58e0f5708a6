# An operator applied to operand types it does not support.
from numba import njit, jit
import math


@njit
def f(x):
    t = (x, 1)
    return t < x  # ERROR 12 "'<' not supported between instances of 'UniTuple\(int64 x 2\)' and 'int64'"


f(3)
