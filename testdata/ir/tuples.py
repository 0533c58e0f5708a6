# Tuples as arguments and results.
from numba import njit


@njit("UniTuple(int64, 2)(int64, int64)")
def divmod_(a, b):
    return a // b, a % b


@njit("float64(UniTuple(float64, 3))")
def norm1(v):
    return abs(v[0]) + abs(v[1]) + abs(v[2])
