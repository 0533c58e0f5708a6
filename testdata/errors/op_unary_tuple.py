# An operator applied to operand types it does not support.
from numba import njit, jit
import math


@njit
def f(x):
    t = (x, x)
    return -t  # ERROR 12 "bad operand type for unary -: 'UniTuple\(int64 x 2\)'"


f(3)
