# Calls of functions with keyword-only and positional-only parameters
# that CPython refuses, with its TypeError messages.
from numba import njit


@njit
def scaled(x, *, scale=2.0):
    return x * scale


@njit
def needs(x, y=1, *, n, m=2):
    return x + y + n + m


@njit
def pos(a, /, b):
    return a - b


@njit
def f(x):
    a = scaled(x, 3.0)  # ERROR 9 "scaled\(\) takes 1 positional argument but 2 were given"
    b = needs(x)  # ERROR 9 "needs\(\) missing 1 required keyword-only argument: 'n'"
    c = needs(x, 1, 2, n=3)  # ERROR 9 "needs\(\) takes from 1 to 2 positional arguments but 3 positional arguments \(and 1 keyword-only argument\) were given"
    d = needs(x, n=1, x=2)  # ERROR 9 "needs\(\) got multiple values for argument 'x'"
    e = needs(x, n=1, k=2)  # ERROR 9 "needs\(\) got an unexpected keyword argument 'k'"
    g = pos(a=x, b=1)  # ERROR 9 "pos\(\) got some positional-only arguments passed as keyword arguments: 'a'"
    h = pos(x)  # ERROR 9 "pos\(\) missing 1 required positional argument: 'b'"
    return a + b + c + d + e + g + h


f(3)
