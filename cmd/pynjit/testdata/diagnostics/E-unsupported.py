from numba import njit


@njit("int64(int64)")
def f(x):
    values = [x, x + 1]
    return values[0]
