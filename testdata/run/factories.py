"""Factories: plain functions that define a jitted function and return
it. The product of a module-level call with constant arguments is
compiled under the name it is bound to, its free variables frozen to the
arguments (issue 26)."""
import math

import numpy as np
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


def make_poly(a, b, c=1.0):
    """Locals computed from the arguments and the module's constants."""
    scale = a * 2
    shift = (b - OFFSET) / 4
    tiny = c * np.finfo(np.float64).eps

    @njit("float64(float64)")
    def poly(x):
        return scale * x * x + shift * x + tiny

    return poly


def make_clamp(lo, hi):
    width = hi - lo

    def clamp(x):
        if x < lo:
            return lo
        if x > hi:
            return hi
        return x + 0 * width

    return njit("int64(int64)")(clamp)


def make_count(step):
    def count(n):
        t = 0
        for i in range(0, n, step):
            t += i
        return t

    return njit(count)


def make_norm(p):
    """Helpers the product calls, typed at its calls; two products of one
    factory each have their own."""
    inv = 1.0 / p

    @njit
    def power(x):
        return abs(x) ** p

    @njit
    def root(s):
        return s ** inv

    @njit("float64(float64, float64)")
    def norm(x, y):
        return root(power(x) + power(y))

    return norm


@njit
def quarter(x):
    return x / 4


scale3 = make_scaler(3)
scale_half = make_scaler(0.5, bias=-2.0)
cube = make_power(3)
tau_scale = make_scaler(math.tau, bias=2 ** 3)
poly = make_poly(1.5, -2)
poly_c = make_poly(-0.25, 3, c=7)
clamp = make_clamp(-3, 10)
count3 = make_count(3)
norm2 = make_norm(2)
norm3 = make_norm(3.0)
COUNTED = count3(10)  # a call in the file types count3's lazy product

CASES = [
    ("scale3", (2.0,)), ("scale_half", (-1.5,)), ("cube", (-4,)), ("cube", (7,)),
    ("tau_scale", (1.25,)), ("poly", (2.0,)), ("poly", (-0.5,)), ("poly_c", (3.0,)),
    ("clamp", (-7,)), ("clamp", (4,)), ("clamp", (12,)), ("count3", (10,)), ("count3", (0,)),
    ("norm2", (3.0, -4.0)), ("norm3", (1.5, 2.0)), ("norm3", (0.0, -0.0)),
]
