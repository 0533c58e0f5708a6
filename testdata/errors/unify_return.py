# Types that cannot unify, with both places named.
from numba import njit, jit
import math


@njit
def f(x):
    if x > 0:
        return x
    return (x, x)  # ERROR 5 "Cannot unify int64 and UniTuple\(int64 x 2\) for the return value of f"


f(3)
