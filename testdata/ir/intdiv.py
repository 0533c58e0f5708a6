# Python's // and % on ints: the sign fix-ups, and their absence where
# package facts proves both operands non-negative (a range's values).
from numba import njit


@njit("int64(int64, int64)")
def floordiv(a, b):
    return a // b


@njit("int64(int64)")
def digit_sum(n):
    s = 0
    for i in range(n):
        s += i % 10
    return s
