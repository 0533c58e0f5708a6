# A call whose arguments do not match, with CPython's TypeError message.
from numba import njit, jit
import math


@njit
def g(a, b, c):
    return a + b + c


@njit
def f(x):
    return g(c=x)  # ERROR 12 "g\(\) missing 2 required positional arguments: 'a' and 'b'"


f(3)
