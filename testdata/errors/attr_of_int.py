# An unknown attribute of a module or a value.
from numba import njit, jit
import math


@njit
def f(x):
    return x.real_part  # ERROR 12 "Unknown attribute 'real_part' of type int64"


f(3)
