"""Code that runs on the GPU when CuPy is there and on NumPy otherwise
imports the module it needs in a try statement: pynjit compiles for the
case where the try body's import of a module it cannot use (cupy)
fails, as CPython without CuPy runs, so xp is numpy (it said
"Unknown attribute 'sum' of type Module(cupy)")."""
try:
    import cupy as xp
except ImportError:
    import numpy as xp

from numba import njit


@njit("float64(float64[:])")
def total(a):
    return xp.sum(a) + xp.sqrt(4.0)


@njit("float64[:](int64)")
def ramp(n):
    return xp.arange(n) * 0.5


CASES = [
    ("total", (xp.arange(5.0),)),
    ("total", (xp.zeros(0),)),
    ("ramp", (4,)),
]
