"""Views keep the layout Numba gives them: a C-contiguous array's view is
C-contiguous only when every index is an integer but the last, which may
also be a slice without a step (a[1:], m[2], m[1:], m[0, 1:]); every other
view, an F-contiguous array's rows among them, has layout A. A row of an
F-ordered matrix was typed F-contiguous and read as if its elements were
adjacent (rowsum gave 36.0 where NumPy gives 20.0); a declared contiguous
result was given a strided view (g read 1.0 where NumPy reads 2.0)."""
import numpy as np

from numba import njit


@njit("float64(float64[::1, :])")
def rowsum(a):
    r = a[1]
    s = 0.0
    for i in range(r.shape[0]):
        s += r[i] * (i + 1)
    return s


@njit("float64(float64[::1, :])")
def iter_rows(a):
    s = 0.0
    k = 1.0
    for r in a:
        for i in range(r.shape[0]):
            s += r[i] * k
            k += 1.0
    return s


@njit("float64(float64[:, :, ::1])")
def plane_row(a):
    p = a[1]
    r = p[:, 2]
    return r[0] * 100.0 + r[1] * 10.0 + r[-1]


@njit("float64[::1](float64[::1])")
def tail(b):
    return b[1:]


@njit("float64[:, ::1](float64[:, ::1])")
def lower_rows(m):
    return m[1:]


@njit("float64[::1](float64[:, ::1])")
def row_tail(m):
    return m[1, 1:]


@njit("float64(float64[::1])")
def sum_tail(b):
    return tail(b).sum() + tail(b[1:])[0]


@njit("float64(float64[:, ::1])")
def columns(m):
    c = m[:, 1:]
    s = 0.0
    for i in range(c.shape[0]):
        for j in range(c.shape[1]):
            s += c[i, j] * (i + 2 * j + 1)
    return s


def fortran(r, c):
    return np.asfortranarray(np.arange(r * c, dtype=np.float64).reshape(r, c) ** 1.5)


CASES = [("rowsum", lambda: (fortran(3, 4),)), ("rowsum", lambda: (fortran(2, 7),)),
         ("iter_rows", lambda: (fortran(3, 4),)), ("iter_rows", lambda: (fortran(5, 2),)),
         ("plane_row", lambda: (np.arange(60.0).reshape(3, 4, 5),)),
         ("tail", lambda: (np.arange(6.0),)), ("lower_rows", lambda: (np.arange(12.0).reshape(4, 3),)),
         ("row_tail", lambda: (np.arange(12.0).reshape(3, 4),)), ("sum_tail", lambda: (np.arange(7.0) ** 2,)),
         ("columns", lambda: (np.arange(20.0).reshape(4, 5),))]
