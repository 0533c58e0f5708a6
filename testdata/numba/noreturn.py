"""Helpers whose every path raises (issue 18.10: they were refused with
"every path recurses without a base case"): Numba types them as
returning none; a call of one has no value, so the caller's result is
its other paths' (Numba's Optional of it, whose values are the same)."""
from numba import njit


@njit("(int64,)")
def fail(x):
    raise ValueError("bad value")


@njit("float64(int64)")
def fail_declared(x):
    if x > 0:
        raise ValueError("positive")
    raise IndexError("not positive")


@njit("(int64,)")
def check(x):
    if x < 0:
        fail(x)
    return x + 1


@njit("(int64,)")
def pick(x):
    if x < 0:
        return fail(x)
    return x * 0.5


@njit("(int64,)")
def assign(x):
    if x < 0:
        y = fail(x)
    else:
        y = x * 2
    return y


@njit("(int64,)")
def twice(x):
    if x == 0:
        fail_declared(x)
    elif x == 1:
        return fail_declared(x)
    return float(x)


@njit("(int64,)")
def loop(n):
    s = 0
    for i in range(n):
        if i == 5:
            fail(i)
        s += i
    return s


CASES = [
    ("fail", (1,)), ("fail_declared", (1,)), ("fail_declared", (-1,)),
    ("check", (3,)), ("check", (-1,)),
    ("pick", (3,)), ("pick", (-1,)),
    ("assign", (3,)), ("assign", (-2,)),
    ("twice", (0,)), ("twice", (1,)), ("twice", (2,)),
    ("loop", (5,)), ("loop", (6,)),
]
