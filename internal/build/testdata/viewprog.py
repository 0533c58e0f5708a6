"""Functions returning views, for the Python module and the extension
module: see viewcheck.py."""
import numpy as np
from numba import njit


@njit("float64[:](float64[:])")
def every_other(a):
    return a[::2]


@njit("float64[:](float64[:])")
def reversed_(a):
    return a[::-1]


@njit("float64[:](float64[:])")
def same(a):
    return a


@njit("float64[:](float64[:])")
def empty_view(a):
    return a[5:2]


@njit("float64[:, :](float64[:, :])")
def transposed(m):
    return m.T


@njit("float64[:](float64[:, :], int64)")
def column(m, j):
    return m[:, j]


@njit("float64[:, :](float64[:, :])")
def flipped_rows(m):
    return m[::-1, ::2]


@njit("float64[:](float64[:], float64[:])")
def second_of_two(a, b):
    return b[1:]


@njit("int32[:](int32[:])")
def odd_places(a):
    return a[1::2]


@njit("boolean[:](boolean[:])")
def bools_reversed(a):
    return a[::-1]


@njit("complex128[:](complex128[:])")
def complex_every_other(a):
    return a[::2]


@njit("uint8[:](uint8[:])")
def bytes_reversed(a):
    return a[::-1]


@njit("float64[:, :](int64)")
def corner(n):
    m = np.zeros((n, n))
    for i in range(n):
        for j in range(n):
            m[i, j] = i * n + j
    return m[1:, 1:]


@njit("float64[:](int64)")
def countdown(n):
    a = np.arange(n) * 1.0
    return a[::-1]


@njit("float64[:](int64)")
def thirds(n):
    return np.arange(n * 1.0)[::3]


@njit("float64[:, :](int64)")
def new_transposed(n):
    m = np.zeros((n, n + 1))
    for i in range(n):
        for j in range(n + 1):
            m[i, j] = i - j
    return m.T
