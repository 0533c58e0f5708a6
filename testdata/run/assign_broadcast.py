"""An array assigned to a view of as many dimensions broadcasts as in
NumPy: each of its dimensions is the view's or 1 (v[:] = w of one
element fills v, a[:, :] = row repeats the row), else NumPy's ValueError
names both shapes whole ("could not broadcast input array from shape
(2,3) into shape (3,3)"). pynjit raised for a dimension of 1, and named
the first dimension that differed as a 1-D shape."""
import numpy as np

from numba import njit


@njit("float64[:](float64[:], float64[:])")
def fill1(v, w):
    v[:] = w
    return v


@njit("float64[:, :](float64[:, :], float64[:, :])")
def fill2(a, b):
    a[:, :] = b
    return a


@njit("int64[:, :](int64[:, :], float64[:, :])")
def fill2_cast(a, b):
    a[1:, :] = b
    return a


@njit("float64[:](float64[:])")
def first_everywhere(v):
    v[:] = v[:1]
    return v


@njit("float64[:, :](float64[:, :])")
def first_row_everywhere(a):
    a[:, :] = a[:1, :]
    return a


@njit("float64[:, :](float64[:, :])")
def last_column_everywhere(a):
    a[:, :] = a[:, a.shape[1] - 1:]
    return a


CASES = [("fill1", (np.zeros(3), np.ones(1))), ("fill1", (np.zeros(3), np.arange(3.0))), ("fill1", (np.zeros(0), np.ones(1))),
         ("fill1", (np.zeros(0), np.ones(0))), ("fill1", (np.zeros(3), np.ones(2))), ("fill1", (np.zeros(3), np.ones(0))),
         ("fill1", (np.zeros(0), np.ones(2)))]
for shape in [(3, 3), (1, 3), (3, 1), (1, 1), (2, 3), (3, 2), (2, 1), (0, 3), (3, 0)]:
    CASES += [("fill2", lambda shape=shape: (np.zeros((3, 3)), np.arange(float(np.prod(shape))).reshape(shape)))]
CASES += [("fill2", lambda: (np.zeros((3, 3)), np.arange(9.0).reshape(3, 3).T[:1, :])), ("fill2", lambda: (np.zeros((2, 4)).T, np.arange(2.0).reshape(1, 2))),
          ("fill2_cast", lambda: (np.zeros((3, 4), np.int64), np.arange(4.0).reshape(1, 4) * 1.5)),
          ("fill2_cast", lambda: (np.zeros((3, 4), np.int64), np.arange(2.0).reshape(2, 1)))]
CASES += [(f, lambda: (np.arange(5.0),)) for f in ("first_everywhere",)]
CASES += [(f, lambda: (np.arange(12.0).reshape(3, 4),)) for f in ("first_row_everywhere", "last_column_everywhere")]
CASES += [(f, lambda: (np.asfortranarray(np.arange(12.0).reshape(3, 4))[::-1],)) for f in ("first_row_everywhere", "last_column_everywhere")]
