import math

from numba import njit


@njit
def norm(x, y):
    return math.sqrt(x * x + y * y)
