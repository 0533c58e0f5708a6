"""The truth value of an array as Numba defines it (NumPy's rule): a
size-1 array is its element's truth, a larger one raises ValueError, in
if, while, conditional expressions and bool(). An empty one raises
ValueError from Numba 0.68 (NumPy 2.2); Numba 0.56 said False."""
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


@njit("int64(float64[::1])")
def empty_1d(b):
    if b > 0:
        return 1
    return 0


@njit("int64(float64[:, :])")
def empty_2d(b):
    if b:
        return 1
    return 0


@njit("boolean(float64[:])")
def empty_bool(b):
    return bool(b)


# NumPy 2.2 (and Numba 0.68) raise ValueError for the truth of an empty
# array, as pynjit does; NumPy 1.24 (and Numba 0.56) said False.
NUMPY2_ORACLE = {
    "empty_1d": "the truth of an empty array: NumPy 1.24 says False (and warns)",
    "empty_2d": "the truth of an empty array: NumPy 1.24 says False (and warns)",
    "empty_bool": "the truth of an empty array: Numba 0.56 says False",
}

CASES = [
    ("positive", (np.array([1.0, 2.0]),)), ("positive", (np.array([1.0]),)), ("positive", (np.array([-1.0]),)),
    ("empty_1d", (np.zeros(0),)),
    ("if_2d", (np.ones((1, 1)),)), ("if_2d", (np.zeros((1, 1)),)), ("if_2d", (np.ones((2, 1)),)), ("empty_2d", (np.ones((0, 3)),)),
    ("while_arr", (np.array([3]),)), ("while_arr", (np.array([0]),)), ("while_arr", (np.array([1, 2]),)),
    ("ifexp", (np.array([True]),)), ("ifexp", (np.array([False]),)), ("ifexp", (np.array([True, True]),)),
    ("as_bool", (np.array([np.nan]),)), ("as_bool", (np.array([0.0]),)), ("as_bool", (np.array([0.0, 0.0]),)),
    ("empty_bool", (np.zeros(0),)),
]
