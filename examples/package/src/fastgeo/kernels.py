"""The package's kernels: Numba-style @njit functions. Only compiled
functions belong here: in the wheel, the extension module built from this
file replaces it, and holds the compiled functions only."""
import math

from numba import njit


@njit("float64(float64, float64, float64, float64)")
def haversine(lat1, lon1, lat2, lon2):
    """Great-circle distance in kilometres between two points given in degrees."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(a))


@njit("int64(int64)")
def collatz_steps(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps


@njit
def clamp(x: float, lo: float, hi: float) -> float:
    return min(max(x, lo), hi)


@njit("float64(float64[:])")
def mean(xs):
    total = 0.0
    for x in xs:
        total += x
    return total / len(xs)


@njit  # typed by [tool.pynjit.signatures] in pyproject.toml
def dot(a, b):
    s = 0.0
    for i in range(len(a)):
        s += a[i] * b[i]
    return s


@njit("void(float64[:], float64)")
def scale(xs, k):
    for i in range(len(xs)):
        xs[i] *= k
