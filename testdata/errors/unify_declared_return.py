# Types that cannot unify, with both places named.
from numba import njit, jit
import math


@njit("int64(int64)")
def f(x):  # ERROR 5 "f returns UniTuple\(int64 x 2\), but its signature declares int64"
    return (x, x)


f(3)


# A complex result has no conversion to a real type (it was an internal
# error, exit 4), and a strided view none to a contiguous array (it was
# given one, and read as contiguous), as in Numba.
@njit("float64(complex128)")
def to_float(b):  # ERROR 5 "to_float returns complex128, but its signature declares float64"
    return b


@njit("boolean(complex128)")
def to_bool(b):  # ERROR 5 "to_bool returns complex128, but its signature declares bool"
    return b


@njit("float64[::1](float64[:])")
def to_contiguous(b):  # ERROR 5 "to_contiguous returns array\(float64, 1d, A\), but its signature declares array\(float64, 1d, C\)"
    return b


@njit("float64[::1](float64[::1])")
def every_other(b):  # ERROR 5 "every_other returns array\(float64, 1d, A\), but its signature declares array\(float64, 1d, C\)"
    return b[::2]
