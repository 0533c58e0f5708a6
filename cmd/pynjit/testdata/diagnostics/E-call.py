from numba import njit


@njit("int64(int64, int64)")
def g(a, b):
    return a + b


@njit("int64(int64)")
def f(x):
    return g(x, x, x)
