# Plain @jit: failing to compile is a warning (object-mode fallback), not an error.
from numba import njit, jit
import math


@jit
def g(x):
    with open('f') as fh:  # WARNING 5 "g cannot compile in nopython mode and falls back to object mode: 'with' statement is unsupported in nopython mode"
        return x


@njit
def f(x):
    return g(x) + 1  # ERROR 12 "cannot call g in nopython mode: it does not compile \(see its own errors\)"


f(3)
