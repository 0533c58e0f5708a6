# raise, assert, and an exception from a callee reaching its caller.
from numba import njit


@njit("int64(int64)")
def checked(n):
    if n < 0:
        raise ValueError("negative")
    assert n < 100, "too large"
    return n


@njit("int64(int64)")
def caller(n):
    return checked(n) + 1
