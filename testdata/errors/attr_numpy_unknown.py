# An unknown attribute of a module or a value.
from numba import njit, jit
import math


import numpy as np


@njit
def f(x):
    return np.no_such_function(x)  # ERROR 12 "Unknown attribute 'no_such_function' of type Module\(numpy\)"


f(3)
