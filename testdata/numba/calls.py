"""Calls between compiled functions as Numba dispatches them (issue
26.a): a function with declared signatures is called at the one the
arguments convert to best, its arguments cast to it and its declared
result type kept (wrap32 truncates to int32 whatever array layout the
caller has); a function left only by return from while True: returns
its value (26.c)."""
import numpy as np

from numba import njit


@njit("i4(i8[:])")
def wrap32(state):
    return state[0] + 1


@njit("(i8[::1],)")
def via_c(state):
    return wrap32(state)


@njit(["int32(int32)", "float64(float64)"])
def pick(x):
    return x * 2


@njit("(int64, float32)")
def picks(n, f):
    return pick(n), pick(f), pick(True)


@njit("uint8(uint8)")
def u8(x):
    return x + 1


@njit("(int64,)")
def narrowed(n):
    return u8(n)


@njit("float64(float64)")
def newton(x):
    k = 0
    y = x
    while True:
        y = (y + x / y) / 2
        k += 1
        if k > 20:
            return y


@njit("int64(int64)")
def first_square_above(n):
    i = 0
    while 1:
        if i * i > n:
            break
        i += 1
    return i


CASES = [
    ("via_c", (np.array([4050851189, 0], dtype=np.int64),)), ("via_c", (np.array([5], dtype=np.int64),)),
    ("picks", (7, 1.5)), ("picks", (2 ** 40, -2.0)),
    ("narrowed", (255,)), ("narrowed", (1000,)),
    ("newton", (2.0,)), ("newton", (81.0,)),
    ("first_square_above", (10,)), ("first_square_above", (0,)),
]
