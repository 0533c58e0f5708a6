from numba import njit

OFFSET = 10


@njit
def helper(x):
    return x * 2 + OFFSET
