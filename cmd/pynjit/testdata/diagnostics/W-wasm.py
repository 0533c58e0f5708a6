import math

from numba import njit


@njit("float64(float64, float64)")
def hypotenuse(x, y):
    return math.sqrt(x * x + y * y)


@njit("int64(int64, int64)")
def add(a, b):
    return a + b
