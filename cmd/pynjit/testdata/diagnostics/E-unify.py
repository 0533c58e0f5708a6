from numba import njit


@njit("int64(int64)")
def f(x):
    y = 0
    if x > 0:
        y = (x, x)
    return x
