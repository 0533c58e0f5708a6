import shapes.consts as c
from numba import njit
from shapes.consts import SCALE


@njit("float64(float64[:], float64[:])")
def dot(a, b):
    s = 0.0
    for i in range(a.shape[0]):
        s += a[i] * b[i]
    return s * SCALE / c.SCALE


@njit
def norm2(a):
    return dot(a, a)


@njit
def _scale(x):
    return x * 100.0


def make_scaled_dot(k):
    """A factory: each product closes over its own k (issue 26)."""

    @njit("float64(float64[:], float64[:])")
    def scaled_dot(a, b):
        return k * dot(a, b) + c.EPS

    return scaled_dot


dot3 = make_scaled_dot(3.0)
