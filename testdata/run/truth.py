"""The truth value of an array (issue 28.1), in if, while, conditional
expressions, and/or, not and bool(): a size-1 array is its element's
truth, and an empty or larger one raises NumPy's ValueError (NumPy 1.24
warned and said False for an empty one). Also tuples (the empty one is false) and ranges."""
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


@njit("boolean(float64[:], float64[:])")
def and_or(a, b):
    return bool(a and b or a)


@njit("boolean(int64[:])")
def negated(b):
    return not b


@njit("boolean(float64[:])")
def as_bool(b):
    return bool(b)


@njit("int64(float64[:], float64)")
def chained(a, t):
    if a[1:2] < t and a[:1] > -t:
        return 1
    return 0


@njit("int64(int64)")
def empty_tuple(n):
    t = ()
    if t:
        return 1
    if (n, n):
        return 2
    return 3


@njit("int64(int64, int64, int64)")
def range_truth(a, b, s):
    if range(a, b, s):
        return 1
    return 0


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


@njit("boolean(int64[:])")
def empty_negated(b):
    return not b


# NumPy 2.2 (and Numba 0.68) raise ValueError for the truth of an empty
# array, as pynjit does; NumPy 1.24 (and Numba 0.56) said False.
NUMPY2_ORACLE = {
    "empty_1d": "the truth of an empty array: NumPy 1.24 says False (and warns)",
    "empty_2d": "the truth of an empty array: NumPy 1.24 says False (and warns)",
    "empty_negated": "the truth of an empty array: NumPy 1.24 says False (and warns)",
}

CASES = [
    ("positive", (np.array([1.0, 2.0]),)), ("positive", (np.array([1.0]),)), ("positive", (np.array([-1.0]),)),
    ("empty_1d", (np.zeros(0),)), ("positive", lambda: (np.array([3.0, -1.0, 4.0])[1::5],)),
    ("if_2d", (np.ones((1, 1)),)), ("if_2d", (np.zeros((1, 1)),)), ("if_2d", (np.ones((2, 1)),)), ("empty_2d", (np.ones((0, 3)),)),
    ("while_arr", (np.array([3]),)), ("while_arr", (np.array([0]),)), ("while_arr", (np.array([1, 2]),)),
    ("while_arr", (np.array([9]),)),
    ("ifexp", (np.array([True]),)), ("ifexp", (np.array([False]),)), ("ifexp", (np.array([True, True]),)),
    ("and_or", (np.array([1.0]), np.array([0.0]))), ("and_or", (np.array([0.0]), np.array([1.0]))),
    ("and_or", (np.array([1.0]), np.array([1.0, 2.0]))), ("and_or", (np.array([0.0]), np.array([1.0, 2.0]))),
    ("negated", (np.array([0]),)), ("negated", (np.array([5]),)), ("negated", (np.array([5, 6]),)), ("empty_negated", (np.zeros(0, dtype=np.int64),)),
    ("as_bool", (np.array([np.nan]),)), ("as_bool", (np.array([0.0]),)), ("as_bool", (np.array([0.0, 0.0]),)),
    ("chained", (np.array([1.0, 2.0]), 3.0)), ("chained", (np.array([1.0, 4.0]), 3.0)),
    ("empty_tuple", (0,)),
    ("range_truth", (0, 3, 1)), ("range_truth", (3, 3, 1)), ("range_truth", (3, 0, -1)), ("range_truth", (0, 3, -1)),
]
