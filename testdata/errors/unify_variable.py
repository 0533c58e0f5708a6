# Types that cannot unify, with both places named.
from numba import njit, jit
import math


@njit
def f(x):
    y = 0
    if x > 0:
        y = (x, x)  # ERROR 9 "Cannot unify int64 and UniTuple\(int64 x 2\) for 'y'"
    return x


f(3)
