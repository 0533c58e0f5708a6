from numba import njit


@njit("int64(int64)")
def f(x):
    return x + 1
