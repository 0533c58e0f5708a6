# A name that is not defined (NameError), with a suggestion when one is close.
from numba import njit, jit
import math


@njit
def f(x):
    return x + offset  # ERROR 16 "NameError: name 'offset' is not defined"


f(3)
