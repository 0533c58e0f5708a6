# An unknown attribute of a module or a value.
from numba import njit, jit
import math


@njit
def f(x):
    return math.sqroot(x)  # ERROR 12 "Unknown attribute 'sqroot' of type Module\(math\)"


f(3)
