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


@njit
def chain(x):
    a = undefined_a + x  # ERROR 9 "NameError: name 'undefined_a' is not defined"
    b = a * 2
    c, d = b, a
    c += d
    return c + 1


@njit
def loop(n):
    s = 0
    for i in undefined_iter:  # ERROR 14 "NameError: name 'undefined_iter' is not defined"
        s += i
    t = 0
    t += undefined_step  # ERROR 10 "NameError: name 'undefined_step' is not defined"
    return s + t


@njit
def typed(a):
    q = linalg.decomp_qr.qr(a)  # ERROR 9 "Unknown attribute 'qr' of type Module\(scipy\.linalg\.decomp_qr\)"
    w = q * 2.0
    for i in range(3):
        w = w + q
    return w[0], q


f(1)
g(1.0)
h(1)
chain(1)
loop(3)
typed(1.0)
