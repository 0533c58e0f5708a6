# Calls CPython refuses of functions with keyword-only and positional-only
# parameters, in functions nothing gives argument types: the untyped check
# binds them as infer does (call_kwonly.py), with CPython's messages.
from numba import njit


@njit
def scaled(x, *, scale=2.0):  # NOTE 5 "scaled has no argument types"
    return x * scale


@njit
def needs(x, y=1, *, n, m=2):  # NOTE 5 "needs has no argument types"
    return x + y + n + m


@njit
def pos(a, /, b):  # NOTE 5 "pos has no argument types"
    return a - b


@njit
def f(x):  # NOTE 5 "f has no argument types"
    a = scaled(x, 3.0)  # ERROR 9 "scaled\(\) takes 1 positional argument but 2 were given"
    b = needs(x)  # ERROR 9 "needs\(\) missing 1 required keyword-only argument: 'n'"
    c = needs(x, 1, 2, n=3)  # ERROR 9 "needs\(\) takes from 1 to 2 positional arguments but 3 positional arguments \(and 1 keyword-only argument\) were given"
    d = needs(x, n=1, x=2)  # ERROR 9 "needs\(\) got multiple values for argument 'x'"
    e = needs(x, n=1, k=2)  # ERROR 9 "needs\(\) got an unexpected keyword argument 'k'"
    g = pos(a=x, b=1)  # ERROR 9 "pos\(\) got some positional-only arguments passed as keyword arguments: 'a'"
    h = pos(x)  # ERROR 9 "pos\(\) missing 1 required positional argument: 'b'"
    i = needs(x, 1, n=2) + scaled(x, scale=3.0) + pos(x, b=1)  # binds: no error
    return a + b + c + d + e + g + h + i
