from numba import njit

from . import consts
from .consts import EPS, _scale
from .consts import clamp as clip
from .vec import norm2
from shapes import vec


@njit("float64(float64[:])")
def energy(a):
    return 0.5 * norm2(a)


@njit("float64(float64[:], float64)")
def scaled_norm(a, k):
    return clip(k, consts.LIMITS[0], consts.LIMITS[1]) * norm2(a) ** 0.5


@njit("float64(float64, float64)")
def safe_ratio(x, y):
    return x / (y + EPS)


@njit("int64(int64)")
def bounded(n):
    return clip(n, 0, consts.SCALE * 10)


@njit("float64(float64)")
def twice(x):
    # _scale is consts'; vec has its own
    return _scale(x) + vec._scale(x)
