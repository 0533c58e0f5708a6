from numba import njit


@njit("float64(float64[:])")
def total(a):
    s = 0.0
    for x in a:
        s += x
    return s


@njit("int64(int64, int64)")
def add(a, b):
    return a + b
