"""A program internal/progen generated from seed 205423, where pynjit and CPython disagreed:
p205423(612422, 46.96771766422949, nan, array([-1.50000000e+000, -1.50000000e+000,  5.96763013e+001,
       -1.00000000e+001,  5.49214647e+001,  4.94065646e-324]), array([999999, 999999,      2,    100])): CPython ('value', 1.1661903789690602), pynjit ('value', 1.16619037896906)
Shrunk from 19 to 14 lines."""
import math

import numpy as np

from numba import njit


@njit("float64(int64, float64, float64, float64[:], int64[:])")
def p205423(n0, x0, x1, a, b):
    i0 = -2
    i1 = 1
    i2 = 1
    f0 = 1e-3
    f1 = -7.75
    f2 = 0.1
    c0 = False
    t0 = (0, 0.0)
    i0 = 0
    return math.hypot((float(a[(0 % len(a))]) / (abs(float(a[(i0 % len(a))])) + 1.0)), ((-2) / (-2)))


CASES = [
    ("p205423", lambda: (612422, 46.96771766422949, float('nan'), np.array([-1.5, -1.5, 59.67630134780355, -10.0, 54.92146466305707, 5e-324], dtype=np.float64), np.array([999999, 999999, 2, 100], dtype=np.int64),)),
]
