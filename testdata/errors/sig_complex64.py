# complex64 has no arithmetic, C ABI or Python conversion in pynjit yet:
# check refuses the signatures build cannot compile (issue 28.4), at the
# type's name, instead of build failing with no position.
from numba import njit


@njit("complex64(complex64)")  # ERROR 8 "complex64 is unsupported in pynjit for now"
def half(z):
    return z / 2


@njit(["float64(float64[:])", "float64(c8[:])"])  # ERROR 40 "complex64 is unsupported in pynjit for now"
def total(a):
    return a.sum()


@njit("Tuple((int64, complex64))(int64)")  # ERROR 22 "complex64 is unsupported in pynjit for now"
def pair(n):
    return n, 1j
