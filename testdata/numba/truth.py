"""The truth value of an array as Numba 0.56 defines it (NumPy's rule):
a size-1 array is its element's truth, an empty one False, a larger one
raises ValueError, in if, while, conditional expressions and bool()."""
import numpy as np

from numba import njit


@njit("int64(float64[::1])")
def positive(b):
    if b > 0:
        return 1
    return 0


@njit("int64(float64[:, :])")
def if_2d(b):
    if b:
        return 1
    return 0


@njit("int64(int64[:])")
def while_arr(b):
    n = 0
    while b:
        n += 1
        b = b - 1
        if n > 5:
            break
    return n


@njit("int64(boolean[:])")
def ifexp(b):
    return 1 if b else 2


@njit("boolean(float64[:])")
def as_bool(b):
    return bool(b)


CASES = [
    ("positive", (np.array([1.0, 2.0]),)), ("positive", (np.array([1.0]),)), ("positive", (np.array([-1.0]),)),
    ("positive", (np.zeros(0),)),
    ("if_2d", (np.ones((1, 1)),)), ("if_2d", (np.zeros((1, 1)),)), ("if_2d", (np.ones((2, 1)),)), ("if_2d", (np.ones((0, 3)),)),
    ("while_arr", (np.array([3]),)), ("while_arr", (np.array([0]),)), ("while_arr", (np.array([1, 2]),)),
    ("ifexp", (np.array([True]),)), ("ifexp", (np.array([False]),)), ("ifexp", (np.array([True, True]),)),
    ("as_bool", (np.array([np.nan]),)), ("as_bool", (np.array([0.0]),)), ("as_bool", (np.array([0.0, 0.0]),)),
    ("as_bool", (np.zeros(0),)),
]
