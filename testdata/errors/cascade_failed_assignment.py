# A variable whose assignment failed is not reported again: one root
# cause per chain, as in Numba (no false UnboundLocalError, no "cannot
# determine the type" for the names the failed statement assigns).
from numba import njit
from scipy import linalg


@njit
def f(x):
    y = undefined_thing + x  # ERROR 9 "NameError: name 'undefined_thing' is not defined"
    return y


@njit
def g(a):
    q, r = linalg.decomp_qr.qr(a)  # ERROR 12 "Unknown attribute 'qr' of type Module\(scipy\.linalg\.decomp_qr\)"
    return q, r


@njit
def h(x):
    if x > 0:
        return z  # ERROR 16 "UnboundLocalError: cannot access local variable 'z'"
    z = undefined_too  # ERROR 9 "NameError: name 'undefined_too' is not defined"
    return z


f(1)
g(1.0)
h(1)
