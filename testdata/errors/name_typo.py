# A name that is not defined (NameError), with a suggestion when one is close.
from numba import njit, jit
import math


@njit
def f(x):
    total = 0
    for i in range(x):
        total += i
    return totl  # ERROR 12 "NameError: name 'totl' is not defined"


f(3)
