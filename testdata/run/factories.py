"""Factories: plain functions that define a jitted function and return
it. The product of a module-level call with constant arguments is
compiled under the name it is bound to, its free variables frozen to the
arguments (issue 26)."""
import math

from numba import njit

OFFSET = 0.5


def make_scaler(k, bias=1.0):
    """Each product closes over its own k and bias."""

    @njit("float64(float64)")
    def scale(x):
        return x * k + bias + OFFSET + quarter(x)

    return scale


def make_power(n):
    @njit("int64(int64)")
    def power(x):
        p = 1
        for _ in range(n):
            p *= x
        return p

    return power


@njit
def quarter(x):
    return x / 4


scale3 = make_scaler(3)
scale_half = make_scaler(0.5, bias=-2.0)
cube = make_power(3)
tau_scale = make_scaler(math.tau, bias=2 ** 3)

CASES = [
    ("scale3", (2.0,)), ("scale_half", (-1.5,)), ("cube", (-4,)), ("cube", (7,)),
    ("tau_scale", (1.25,)),
]
