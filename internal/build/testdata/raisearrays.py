"""Functions that raise while they hold arrays, at every kind of raise
point: a raise statement, a failed check, a runtime helper that raises,
an exception from a callee, a raise before any array is held, in a loop
that reassigns its arrays, after an in-place operation that copied its
operand. Each raise must release every array the function holds, no
more and no fewer (TestRaisesReleaseArrays counts the live ones)."""
import math

import numpy as np
from numba import njit


@njit("float64(float64[::1], int64)")
def statement(a, k):
    if k == 0:
        raise ValueError("before any array")
    b = a * 2.0
    c = b + a
    if k == 1:
        raise ValueError("two arrays held")
    return c.sum()


@njit("int64(int64[::1], int64)")
def check(a, k):
    b = a + 1
    c = b * 3
    return int(c[0]) // k + int(b[1]) % k


@njit("float64(float64[::1], float64)")
def helper(a, x):
    b = a - x
    return math.sqrt(x) + b.sum()


@njit("float64(float64[::1], int64)")
def callee(a, k):
    b = a + 1.0
    return b[0] + statement(b, k)


@njit("float64(float64[::1], int64)")
def loop(a, n):
    s = 0.0
    b = a.copy()
    for i in range(n):
        b = b + 1.0
        c = b * b
        if i == 3:
            raise IndexError("in the loop")
        s += c.sum()
    return s


@njit("float64(float64[::1], int64)")
def inplace(a, k):
    b = a.copy()
    b[1:] += b[:-1]
    c = b * 2.0
    return float(c.sum()) / k


@njit("boolean(float64[::1], int64)")
def truth(a, k):
    b = a + 1.0
    c = b[k:]
    return bool(c)


@njit("float64[::1](float64[::1], int64)")
def result(a, k):
    b = a * 3.0
    c = b + 1.0
    if k < 0:
        raise ValueError("negative")
    return c


CASES = [
    ("statement", (0,)), ("statement", (1,)), ("statement", (2,)),
    ("check", (0,)), ("check", (2,)),
    ("helper", (-1.0,)), ("helper", (4.0,)),
    ("callee", (0,)), ("callee", (1,)), ("callee", (2,)),
    ("loop", (2,)), ("loop", (5,)),
    ("inplace", (0,)), ("inplace", (3,)),
    ("truth", (5,)), ("truth", (0,)), ("truth", (4,)),
    ("result", (-1,)), ("result", (1,)),
]
