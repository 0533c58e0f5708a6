from numba import njit


@njit("int64(int64)")
def step(n):
    return n + 1
