"""An array too large to allocate raises MemoryError, as in Numba and
NumPy (whose messages differ: only the type is compared); sizes whose
bytes do not fit int64 raise ValueError (testdata/run/alloc_limits.py)."""
import numpy as np

from numba import njit


@njit("int64(int64)")
def zeros_n(n):
    return np.zeros(n).size


CASES = [
    ("zeros_n", (2 ** 59,)), ("zeros_n", (2 ** 61,)), ("zeros_n", (-1,)), ("zeros_n", (4,)),
]
