"""Augmented assignment to arrays updates them in place, as NumPy does
(issue 27.1): the caller sees the new values, other names of the same
array too, rows and slices write through to their array, and an operand
that overlaps the target is read as if copied first. The generated table
over every operator and dtype is TestAugmentedAssignment."""
import numpy as np

from numba import njit


@njit("void(float64[::1], float64[::1])")
def add_into(x, y):
    x += y


@njit("float64[::1](float64[::1], float64[::1])")
def aliased(a, b):
    c = a
    a += b
    a *= 2.0
    return c


@njit("void(float64[::1], float64[:, ::1], float64[::1])")
def mvt_like(x1, A, y_1):
    x1 += A @ y_1


@njit("void(float64, float64[:, ::1])")
def trmm_like(alpha, B):
    B *= alpha


@njit("void(float64[:, ::1], float64[::1])")
def rows(A, v):
    for i in range(A.shape[0]):
        A[i] += v * i


@njit("void(int64[::1])")
def shifted_sum(a):
    a[1:] += a[:-1]


@njit("void(int64[::1])")
def self_add(a):
    a += a


@njit("void(float64[:, ::1], float64[::1])")
def broadcast_rows(A, v):
    A -= v


@njit("void(float64[:, :], float64[:, :])")
def sub2d(A, B):
    A -= B


@njit("int64(int64[::1], int64)")
def in_loop(a, n):
    for _ in range(n):
        a //= 2
        a[0] += 1
    return a[0]


CASES = [
    ("add_into", lambda: (np.zeros(3), np.ones(3))),
    ("add_into", lambda: (np.zeros(3), np.ones(2))),
    ("add_into", lambda: (np.zeros(3), np.ones(1))),
    ("aliased", lambda: (np.arange(3.0), np.ones(3))),
    ("mvt_like", lambda: (np.arange(3.0), np.arange(12.0).reshape(3, 4), np.linspace(0.0, 0.75, 4))),
    ("mvt_like", lambda: (np.arange(3.0), np.arange(12.0).reshape(3, 4), np.ones(3))),
    ("trmm_like", lambda: (1.5, np.arange(6.0).reshape(2, 3))),
    ("rows", lambda: (np.zeros((3, 4)), np.arange(4.0))),
    ("shifted_sum", lambda: (np.arange(6),)),
    ("self_add", lambda: (np.arange(4),)),
    ("broadcast_rows", lambda: (np.ones((2, 3)), np.arange(3.0))),
    ("broadcast_rows", lambda: (np.ones((2, 3)), np.arange(2.0))),
    ("sub2d", lambda: (np.ones((2, 3)), np.arange(3.0).reshape(1, 3))),
    ("sub2d", lambda: (np.ones((1, 3)), np.arange(6.0).reshape(2, 3))),
    ("sub2d", lambda: (np.ones((3, 2)).T, np.arange(6.0).reshape(3, 2)[::-1].T)),
    ("in_loop", lambda: (np.arange(100, 105), 3)),
]
