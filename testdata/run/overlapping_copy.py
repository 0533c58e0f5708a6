"""Assigning to an array a view of its own memory copies as if through a
temporary, as NumPy does: v[1:] = v[:-1] shifts v, v[:] = v[::-1]
reverses it, a[:, :] = a.T transposes a. Views that share memory but not
elements (every other element), views of two arguments that are views of
one array, and views that cannot overlap are copied alike. Found by the
random programs (Known bug overlapping-copy)."""
import numpy as np

from numba import njit


@njit("float64[:](float64[:])")
def shift_right(v):
    v[1:] = v[:-1]
    return v


@njit("float64[:](float64[:])")
def shift_left(v):
    v[:-1] = v[1:]
    return v


@njit("float64[:](float64[:])")
def reverse(v):
    v[:] = v[::-1]
    return v


@njit("int64[:](int64[:])")
def reverse_ints(v):
    v[1:4] = v[3:0:-1]
    return v


@njit("float64[:](float64[:])")
def shift_plus_one(v):
    v[1:] = v[:-1] + 1
    return v


@njit("float64[:](float64[:])")
def itself(v):
    v[:] = v
    v[::2] = v[::2]
    return v


@njit("float64[:](float64[:])")
def interleaved(v):
    v[::2] = v[1::2]
    return v


@njit("float64[:](float64[:])")
def through_local(v):
    w = v[2:]
    w[:] = v[:-2]
    return v


@njit("void(float64[:], float64[:])")
def two_views(x, y):
    x[:] = y


@njit("float64[:, :](float64[:, :])")
def transpose(a):
    a[:, :] = a.T
    return a


@njit("float64[:, :](float64[:, :])")
def flip_rows(a):
    a[:] = a[::-1]
    return a


@njit("float64[:, :](float64[:, :])")
def rows_down(a):
    a[1:, :] = a[:-1, :]
    return a


@njit("float64[:, :](float64[:, :])")
def columns_right(a):
    a[:, 1:] = a[:, :-1]
    return a


@njit("float64[:, :](float64[:, :])")
def row_from_column(a):
    a[0] = a[:, 0]
    return a


@njit("float32[:, :, :](float32[:, :, :])")
def transpose3(a):
    a[:, :, :] = a.T
    return a


@njit("float64[:](float64[:], float64[:])")
def disjoint(v, w):
    v[1:] = w[:-1]
    return v


@njit("float64[:](float64[:])")
def empty_views(v):
    v[3:3] = v[0:0]
    v[:] = v[::-1]
    return v


def square(n):
    return np.arange(n * n, dtype=np.float64).reshape(n, n)


CASES = [(f, lambda n=n: (np.arange(n) * 1.0,)) for f in ("shift_right", "shift_left", "reverse", "shift_plus_one", "itself", "interleaved", "through_local", "empty_views")
         for n in (5, 8, 33)]
CASES += [("reverse_ints", lambda: (np.arange(6),)), ("reverse", lambda: (np.arange(10.0)[::-2],)), ("shift_right", lambda: (np.arange(12.0)[::3],))]
CASES += [("two_views", lambda: (lambda x: (x[1:], x[:-1]))(np.arange(7.0))), ("two_views", lambda: (lambda x: (x[:-1], x[1:]))(np.arange(7.0))),
          ("two_views", lambda: (lambda x: (x[::-1], x))(np.arange(7.0))), ("two_views", lambda: (np.zeros(4), np.arange(4.0)))]
CASES += [(f, lambda n=n: (square(n),)) for f in ("transpose", "flip_rows", "rows_down", "columns_right", "row_from_column") for n in (1, 3, 6)]
CASES += [("transpose", lambda: (np.asfortranarray(square(4)),)), ("transpose", lambda: (square(5)[::-1, 1:][1:],)),
          ("transpose3", lambda: (np.arange(27, dtype=np.float32).reshape(3, 3, 3),)),
          ("disjoint", lambda: (np.zeros(5), np.arange(5.0)))]
