"""The other library (TestTwoLibraries): scalars and exceptions only."""
from numba import njit


@njit("int64(int64, int64)")
def quotient(x, y):
    if y == 0:
        raise ValueError("raises: y is 0")
    return x // y
