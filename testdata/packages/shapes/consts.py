from numba import njit

EPS = 1e-8 * 2
SCALE = 3
LIMITS = (-1.5, 2.5)


@njit
def clamp(x, lo, hi):
    if x < lo:
        return lo
    if x > hi:
        return hi
    return x


@njit
def _scale(x):
    return x * SCALE
