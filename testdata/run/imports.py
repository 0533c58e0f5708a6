"""Names imported from numpy, math and cmath mean what they mean in
Python, however they are imported (issue 26.d: from numpy import inf
typed inf as a module): constants, functions and dtypes."""
import cmath

import numpy as np
from cmath import nanj, tau as ctau
from math import e, inf as minf, tau
from numpy import euler_gamma, float32, inf, pi, sqrt, zeros

from numba import njit


@njit("float64(float64)")
def clip_inf(x):
    if x > 1e308:
        return inf
    if x < -1e308:
        return -inf
    return x * pi


@njit("float64(float64)")
def np_sqrt_imported(x):
    return sqrt(x) + euler_gamma + np.euler_gamma


@njit("float64(int64)")
def zeros_imported(n):
    a = zeros(n, dtype=float32)
    return a.sum() + len(a) + e + tau + ctau - minf * 0.0 * 0.0


@njit("complex128()")
def cmath_constants():
    return cmath.pi + cmath.infj * 0.0 + nanj * 0.0 + cmath.e


@njit("float64()")
def numpy_aliases():
    return np.NZERO + np.PZERO + np.Inf - np.PINF * 0.5 + np.e


NUMPY1_ORACLE = {
    "numpy_aliases": "NumPy 2 removed np.NZERO, np.PZERO, np.Inf and np.PINF (AttributeError); pynjit still knows them",
}

CASES = [
    ("clip_inf", (2e308,)), ("clip_inf", (-2e308,)), ("clip_inf", (2.0,)),
    ("np_sqrt_imported", (4.0,)), ("np_sqrt_imported", (-1.0,)),
    ("zeros_imported", (3,)),
    ("cmath_constants", ()),
    ("numpy_aliases", ()),
]
