# Array arguments, indexing (wrap-around of negative indexes), writes,
# allocation and a reduction.
import numpy as np
from numba import njit


@njit("float64(float64[:], int64)")
def get(a, i):
    return a[i]


@njit("void(float64[:, ::1], float64)")
def fill(a, x):
    for i in range(a.shape[0]):
        for j in range(a.shape[1]):
            a[i, j] = x


@njit("float64(int64)")
def total(n):
    return np.ones(n).sum()
