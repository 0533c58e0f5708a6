# A call whose arguments do not match, with CPython's TypeError message.
from numba import njit, jit
import math


@njit
def g(a, b):
    return a + b


@njit
def f(x):
    return g(x)  # ERROR 12 "g\(\) missing 1 required positional argument: 'b'"


f(3)
