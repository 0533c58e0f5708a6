"""Compiled functions named after the builtins and helpers the generated
modules' own code uses (call, kind, cost, wrap, float, tuple, zip, len,
...): a module must keep working whatever its functions are called."""
import numpy as np
from numba import njit


@njit("int64(int64)")
def call(x):
    return x + 1


@njit("int64(int64)")
def kind(x):
    return x * 2


@njit("float64(float64[:])")
def cost(a):
    s = 0.0
    for x in a:
        s += x
    return s


@njit("int64(UniTuple(int64, 2))")
def wrap(p):
    return p[0] - p[1]


@njit("float64(float64, int64)")
def isinstance(x, n=3):
    return x * n


@njit("float64(float64)")
def float(x):
    return x / 2


@njit("int64(int64, int64)")
def zip(a, b):
    return a * 10 + b


@njit("boolean(int64)")
def all(x):
    return x > 0


@njit("UniTuple(int64, 2)(int64)")
def tuple(x):
    return x, -x


@njit("int64(int64)")
def set(x):
    return x - 1


@njit("int64(float64[:])")
def len(a):
    return a.shape[0]


@njit("float64[:](float64[:])")
def getattr(a):
    return a[::-1]


@njit("complex128(complex128)")
def complex(z):
    return z * 2


@njit("int64(int64)")
def ObjectModeWarning(x):
    return -x


CASES = [
    ("call", (1,)), ("call", (True,)), ("kind", (3,)),
    ("cost", (np.arange(4.0),)),
    ("wrap", ((5, 2),)), ("isinstance", (1.5,)), ("isinstance", (1.5, 2)), ("isinstance", (), {"x": 2.0, "n": 1}),
    ("float", (3.0,)), ("float", (3,)), ("zip", (1, 2)), ("all", (1,)), ("all", (-1,)), ("tuple", (4,)), ("set", (9,)),
    ("len", (np.arange(5.0),)), ("getattr", (np.arange(3.0),)), ("complex", (1 + 1j,)), ("complex", (2,)),
    ("ObjectModeWarning", (3,)),
]
