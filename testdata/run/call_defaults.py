"""Defaults left out in calls between compiled functions where Numba
0.56 refuses or fails (testdata/numba/defaults.py has the rest, against
Numba): a callee with a declared signature gets its default converted
to the declared type, as CPython would compute with it; a recursive
callee passes its own default on; a default of a tuple of floats."""
from numba import njit


@njit("float64(float64, float64)")
def declared(x, k=2):
    return x / k


@njit
def countdown(n, acc=0):
    if n <= 0:
        return acc
    return countdown(n - 1, acc + n)


@njit
def weighted(x, w=(0.5, -1.25), bias=True):
    return x * w[0] + w[1] + bias


@njit("float64(float64)")
def calls(x):
    return declared(x) + declared(x, 4.0) + countdown(int(x)) + weighted(x) + weighted(x, bias=False)


CASES = [("calls", (5.0,)), ("calls", (-3.0,)), ("calls", (0.0,))]
