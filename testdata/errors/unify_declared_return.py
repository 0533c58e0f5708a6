# Types that cannot unify, with both places named.
from numba import njit, jit
import math


@njit("int64(int64)")
def f(x):  # ERROR 5 "f returns UniTuple\(int64 x 2\), but its signature declares int64"
    return (x, x)


f(3)
