# A name that is not defined (NameError), with a suggestion when one is close.
from numba import njit, jit
import math


@njit
def f(x):
    return helper(x) * 2  # ERROR 12 "NameError: name 'helper' is not defined"


f(3)
