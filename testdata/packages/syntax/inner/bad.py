# A module that does not parse, imported by the package's modules.
from numba import njit

SCALE = 2.0


@njit("float64(float64)")
def helper(x):
    return x * SCALE +  # ERROR 25 "invalid syntax"
