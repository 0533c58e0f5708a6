"""Tuples longer than 16 items, which code generation builds in memory
(a literal of n items spelled by insertvalue took IR text quadratic in
n): built from ints, floats and bools, indexed, iterated, passed to
another compiled function and returned."""
from numba import njit


@njit
def total(t):
    s = 0
    for v in t:
        s += v
    return s


@njit("int64(int64)")
def ints(x):
    t = (x, x + 1, x * 2, x - 3, 4, x // 2, -x, x % 5, 8, 9, x, 11, 12, x * x, 14, 15, 16, x + 17, 18, x - 19)
    return total(t) + t[0] * t[19] - t[-2]


@njit("UniTuple(float64, 18)(float64)")
def floats(x):
    return (x, x + 0.5, x * 2.0, -x, 1.5, x / 3.0, 2.0, x, x * x, 0.25, x - 1.0, 3.0, x, 4.5, x + 2.0, 5.0, x, 6.0)


@njit("int64(int64)")
def bools(x):
    t = (x > 0, x > 1, x > 2, x > 3, x > 4, x > 5, x > 6, x > 7, x > 8, x > 9,
         x < 0, x < 1, x < 2, x < 3, x < 4, x < 5, x < 6, x < 7, x < 8, x < 9)
    n = 0
    for b in t:
        if b:
            n += 1
    return n * 100 + t[3] + 10 * t[17]


@njit("int64(UniTuple(int64, 20))")
def first_last(t):
    return t[0] * 1000 + t[19] + total(t)


CASES = [
    ("ints", (7,)), ("ints", (-4,)),
    ("floats", (1.5,)), ("floats", (-2.0,)),
    ("bools", (5,)), ("bools", (-1,)), ("bools", (12,)),
    ("first_last", (tuple(range(20)),)), ("first_last", (tuple(range(-10, 30, 2)),)),
]
