from numba import njit


@njit("int64(int64)")
def f(x):
    total = 0
    for i in range(x):
        total += i
    return totl
