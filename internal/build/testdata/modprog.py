"""Input of TestPythonModule: what the generated module must expose."""
from numba import jit, njit


@njit(["int64(int64, int64)", "float64(float64, float64)"])
def add(a, b):
    """Adds two numbers."""
    return a + b


@njit("UniTuple(int64, 2)(UniTuple(int64, 2), int64)")
def scale(p, k):
    return p[0] * k, p[1] * k


@njit("float64(float64)")
def inverse(x):
    if x == 0.0:
        raise ZeroDivisionError("inverse of zero")
    return 1.0 / x


def _square(x):
    return x * x


square = njit("int64(int64)")(_square)


@jit("int64(int64, int64)")
def interpreted(a, b):
    """Falls back to object mode."""
    try:
        return a // b
    except ZeroDivisionError:
        return -1


@njit("uint8(uint8)")
def byte(x):
    return x


@njit("float64(float64[:])")
def total(a):
    return a.sum()


@njit("none(float64[:])")
def double_all(a):
    for i in range(len(a)):
        a[i] *= 2.0
