# Plain @jit: failing to compile is a warning (object-mode fallback), not an error.
from numba import njit, jit
import math


@jit
def f(x):
    try:  # WARNING 5 "f cannot compile in nopython mode and falls back to object mode: 'try' statement is unsupported in nopython mode"
        return x
    except ValueError:
        return 0


f(3)
