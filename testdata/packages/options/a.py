# f checks its indexes (boundscheck=True); b.py has an f that does not.
from numba import njit


@njit(boundscheck=True)
def f(m, i, j):
    return m[i, j]


@njit("int64(int64[:, ::1], int64, int64)")
def get_a(m, i, j):
    return f(m, i, j)
