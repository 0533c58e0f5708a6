"""Array parameters of each layout: see layoutcheck.py."""
from numba import njit


@njit("float64(float64[::1, :])")
def f_corner(a):
    return a[1, 0] * 10 + a[0, 1]


@njit("float64(float64[:, ::1])")
def c_corner(a):
    return a[1, 0] * 10 + a[0, 1]


@njit("float64(float64[:, :])")
def a_corner(a):
    return a[1, 0] * 10 + a[0, 1]


@njit("float64(float64[::1, :, :])")
def f3(a):
    return a[1, 0, 1] * 100 + a[0, 1, 0] * 10 + a[1, 1, 1]


@njit("float64(float64[::1])")
def c1(a):
    return a[1]
