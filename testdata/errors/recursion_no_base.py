# Recursion that never returns a value.
from numba import njit, jit
import math


@njit
def f(x):  # ERROR 5 "cannot infer the return type of f\(int64\): every path recurses without a base case"
    return f(x - 1)


f(3)
