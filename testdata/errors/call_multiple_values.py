# A call whose arguments do not match, with CPython's TypeError message.
from numba import njit, jit
import math


@njit
def g(a, b):
    return a - b


@njit
def f(x):
    return g(x, a=1)  # ERROR 12 "g\(\) got multiple values for argument 'a'"


f(3)
