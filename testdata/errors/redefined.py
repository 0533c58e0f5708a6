# A function defined twice: as in Python, the later def replaces the
# earlier one, which is not compiled (a warning, so it is not missed).
from numba import njit


@njit("int64(int64, int64)")
def s(a, b):
    return a // b


@njit("float64(float64, float64)")
def s(a, b):  # WARNING 5 "'s' is defined again here; the definition at line 7 is replaced and not compiled"
    return a / b
