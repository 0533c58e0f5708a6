from numba import njit


@njit("UniTuple(float64, 2)(float64[:])")
def bounds(a):
    return a.min(), a.max()


@njit("float64(float64[:])")
def total(a):
    s = 0.0
    for x in a:
        s += x
    return s
