# Locals read before any assignment reaches them: CPython would raise
# UnboundLocalError on every path to the read, so compiling is an error,
# as in Numba; a local whose only assignment reads itself has no type.
from numba import njit


@njit("int64(int64)")
def f(x):
    y += x  # ERROR 5 "UnboundLocalError: cannot access local variable 'y' where it is not associated with a value"
    return x


@njit("int64(int64)")
def g(x):
    if x > 0:
        return z  # ERROR 16 "UnboundLocalError: cannot access local variable 'z'"
    z = 1
    return z


@njit("int64(int64)")
def h(x):
    total = 0
    for i in range(x):
        tntal += i  # ERROR 9 "cannot determine the type of 'tntal': every assignment to it depends on its own value"
    return total
