from numba import njit


@njit("int64(int64)")
def f(x):
    for i in range(x):
        total += i
    return x
