"""Array sizes are checked as NumPy checks them (issue 18.1): a shape
whose size in bytes does not fit int64 raises ValueError("array is too
big; ...") instead of allocating a wrapped-around size and writing past
it, a negative dimension ValueError("negative dimensions are not
allowed"), dimension by dimension in NumPy's order."""
import numpy as np

from numba import njit


@njit("int64(int64)")
def full_n(n):
    return len(np.full(n, 1.5))


@njit("int64(int64, int64)")
def zeros_2d(a, b):
    return np.zeros((a, b)).size


@njit("int64(int64, int64, int64)")
def ones_3d(a, b, c):
    return np.ones((a, b, c), dtype=np.int8).size


@njit("int64(int64)")
def empty_n(n):
    return np.empty(n, dtype=np.int32).size


CASES = [
    ("full_n", (2 ** 61,)), ("full_n", (2 ** 60 + 1,)), ("full_n", (-1,)), ("full_n", (3,)), ("full_n", (0,)),
    ("zeros_2d", (2 ** 32, 2 ** 32)), ("zeros_2d", (0, -1)), ("zeros_2d", (-1, 2 ** 62)), ("zeros_2d", (2 ** 62, 0)),
    ("zeros_2d", (0, 5)), ("zeros_2d", (3, 4)),
    ("ones_3d", (2 ** 31, 2 ** 31, 2)), ("ones_3d", (2 ** 31, 2 ** 31, 4)), ("ones_3d", (0, 2 ** 62, 2 ** 62)), ("ones_3d", (2, 0, 3)),
    ("empty_n", (2 ** 62,)), ("empty_n", (-5,)),
]
