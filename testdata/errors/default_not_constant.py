# A call that leaves out a parameter whose default is not a constant
# compiled code can pass (a name, a call) is refused at the call.
import numpy as np
from numba import njit

SCALE = 3


@njit
def scaled(x, k=SCALE):
    return x * k


@njit
def filled(n, out=np.zeros(3)):
    return out[0] + n


@njit("int64(int64)")
def f(x):
    return scaled(x, 2) + scaled(x)  # ERROR 27 "scaled\(\) the default of 'k' cannot be passed by compiled code: only a number, bool, None or tuple of them"


@njit("float64(int64)")
def g(n):
    return filled(n)  # ERROR 12 "filled\(\) the default of 'out' cannot be passed by compiled code"
