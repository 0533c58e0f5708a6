# for over range, while with break, and a local some paths leave unbound.
from numba import njit


@njit("float64(int64)")
def harmonic(n):
    s = 0.0
    for i in range(1, n + 1):
        s += 1.0 / i
    return s


@njit("int64(int64)")
def first_square_over(n):
    i = 0
    while True:
        if i * i > n:
            break
        i += 1
    return i


@njit("int64(int64)")
def last(n):
    for i in range(n):
        x = i
    return x
