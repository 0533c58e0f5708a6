"""enumerate and zip over arrays (issue 18): 1-D and 2-D arrays (rows
are views), slices, temporaries, tuples of arrays, zip of arrays with
ranges and with each other, and the two nested in each other."""
import numpy as np

from numba import njit


@njit("float64(f8[:])")
def weighted(x):
    t = 0.0
    for i, v in enumerate(x):
        t += v * i
    return t


@njit("float64(f8[:], int64)")
def weighted_from(x, k):
    t = 0.0
    for i, v in enumerate(x, start=k):
        t += v * i
    return t


@njit("float64(f8[:], f8[:])")
def dot_zip(x, y):
    t = 0.0
    for a, b in zip(x, y):
        t += a * b
    return t


@njit("float64(f8[:])")
def zip_one(x):
    t = 0.0
    for (a,) in zip(x):
        t += a
    return t


@njit("float64(f8[:, :])")
def rows_enumerated(m):
    t = 0.0
    for i, row in enumerate(m):
        for j, v in enumerate(row):
            t += v * (i + 10 * j)
    return t


@njit("void(f8[:, ::1])")
def scale_rows(m):
    for i, row in enumerate(m):
        row[:] = row * i


@njit("float64(f8[:, :], f8[:])")
def zip_rows(m, w):
    t = 0.0
    for row, b in zip(m, w):
        t += row[0] * b
    return t


@njit("float64(UniTuple(f8[:], 2))")
def over_tuple(p):
    t = 0.0
    for i, a in enumerate(p):
        t += a[0] * (i + 1) + len(a)
    return t


@njit("float64(f8[:], int64[:])")
def zip_mixed(x, k):
    t = 0.0
    for i, (a, b) in enumerate(zip(x[1:], k)):
        t += a * b + i
    for (i, a), j in zip(enumerate(x), range(10, 0, -1)):
        t += a * i * j
    return t


@njit("int64(int64)")
def over_temporary(n):
    t = 0
    for i, v in enumerate(np.arange(n) * 2):
        t += i * v
    return t


@njit("int64(boolean[:])")
def count_true(b):
    c = 0
    for i, v in enumerate(b):
        if v:
            c += i
    return c


CASES = [
    ("weighted", (np.array([1.0, 2.0, 3.0]),)), ("weighted", (np.zeros(0),)),
    ("weighted", lambda: (np.arange(10.0)[::3],)),
    ("weighted_from", (np.array([1.0, 2.0, 3.0]), 5)), ("weighted_from", (np.array([1.0, 2.0]), -3)),
    ("dot_zip", (np.array([1.0, 2.0, 3.0]), np.array([4.0, 5.0, 6.0]))),
    ("dot_zip", (np.array([1.0, 2.0, 3.0]), np.array([4.0]))), ("dot_zip", (np.zeros(0), np.ones(3))),
    ("zip_one", (np.array([1.5, 2.5]),)),
    ("rows_enumerated", (np.arange(6.0).reshape(2, 3),)), ("rows_enumerated", lambda: (np.arange(12.0).reshape(3, 4).T,)),
    ("rows_enumerated", (np.zeros((0, 3)),)),
    ("scale_rows", lambda: (np.ones((3, 2)),)),
    ("zip_rows", (np.arange(6.0).reshape(3, 2), np.array([1.0, 10.0]))),
    ("over_tuple", ((np.array([1.0, 2.0]), np.array([3.0, 4.0, 5.0])),)),
    ("zip_mixed", (np.array([1.0, 2.0, 3.0, 4.0]), np.array([7, 8]))),
    ("over_temporary", (5,)), ("over_temporary", (0,)),
    ("count_true", (np.array([True, False, True, True]),)),
]
