# A call whose arguments do not match, with CPython's TypeError message.
from numba import njit, jit
import math


@njit
def g(a, b):
    return a + b


@njit
def f(x):
    return g(x, x, x)  # ERROR 12 "g\(\) takes 2 positional arguments but 3 were given"


f(3)
