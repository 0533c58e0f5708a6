from numba import njit


@njit("int65(int64)")
def f(x):
    return x
