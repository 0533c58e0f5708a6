"""Result dtypes of array operations where Numba 0.56 and NumPy agree:
float32 @ float32 is float32 (issue 27.4), np.dot of float32 vectors a
float32, float32 means stay float32, sums of unsigned ints are uint64.
The tables over every dtype pair are TestArrayPromotion."""
import numpy as np

from numba import njit


@njit("float32[:, :](float32[:, ::1], float32[:, ::1])")
def matmul32(a, b):
    return a @ b


@njit("float32(float32[::1], float32[::1])")
def dot32(a, b):
    return np.dot(a, b)


@njit("float32(float32[:])")
def mean32(a):
    return a.mean()


@njit("uint64(uint8[:])")
def usum(a):
    return a.sum()


@njit(["float32[:](float32[:], int64)", "int64[:](uint8[:], int64)"])
def scaled(a, k):
    return a * k


@njit(["float64(float64[:], float64[:])", "float64[:](float64[:, :], float64[::1])"])
def method_dot(a, b):
    return a.dot(b)


CASES = [
    ("matmul32", (np.arange(6, dtype=np.float32).reshape(2, 3), np.arange(12, dtype=np.float32).reshape(3, 4))),
    ("dot32", (np.array([0.1, 0.2, 0.3], dtype=np.float32), np.array([1.0, 2.0, 3.0], dtype=np.float32))),
    ("mean32", (np.array([0.1, 0.2, 0.7], dtype=np.float32),)),
    ("usum", (np.array([200, 100, 7], dtype=np.uint8),)),
    ("scaled", (np.array([0.1, 0.2], dtype=np.float32), 3)),
    ("scaled", (np.array([1, 2], dtype=np.uint8), 300)),
    ("method_dot", (np.array([0.5, -2.0, 3.0]), np.array([4.0, 1.5, -1.0]))),
    ("method_dot", (np.arange(6.0).reshape(2, 3), np.array([7.0, -1.0, 2.5]))),
]
