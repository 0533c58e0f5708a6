# f does not check its indexes, unlike a.py's f: m[0, 5] of a 2x3 array
# reads m[1, 2], as in Numba.
from numba import njit


@njit
def f(m, i, j):
    return m[i, j]


@njit("int64(int64[:, ::1], int64, int64)")
def get_b(m, i, j):
    return f(m, i, j)
