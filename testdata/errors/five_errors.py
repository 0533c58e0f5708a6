# Five independent errors in five functions: check reports all five.
from numba import njit, jit
import math


@njit
def a(x):
    return x + (1, 2)  # ERROR 12 "unsupported operand type\(s\) for \+: 'int64' and 'UniTuple\(int64 x 2\)'"


@njit
def b(x):
    return x + missing  # ERROR 16 "NameError: name 'missing' is not defined"


@njit
def c(x):
    return math.sqroot(x)  # ERROR 12 "Unknown attribute 'sqroot' of type Module\(math\)"


@njit
def d(x):
    try:  # ERROR 5 "'try' statement is unsupported in nopython mode"
        return x
    finally:
        pass


@njit
def e(x):
    y = 1
    if x:
        y = (1, 2)  # ERROR 9 "Cannot unify int64 and UniTuple\(int64 x 2\) for 'y'"
    return y


a(1)
b(1)
c(1.0)
d(1)
e(1)
