"""An array raised to a scalar power, as NumPy computes it: a scalar
exponent of 2, -1 or 0.5 squares, takes the reciprocal or the square root
(exactly, where pow is a unit in the last place off for about one value in
a thousand, and sqrt(-0.0) is -0.0, sqrt(-inf) NaN), whether the exponent
is a constant or known only at run time; any other scalar, and an array
of exponents, calls pow. Found by the random programs (seed 205429:
(arr * s) ** 2.0 at -O0)."""
import numpy as np

from numba import njit


@njit("float64[:](float64[:])")
def squared(a):
    return a ** 2.0


@njit("float64[:](float64[:])")
def squared_int(a):
    return a ** 2


@njit("float64[:](float64[:])")
def reciprocal(a):
    return a ** -1


@njit("float64[:](float64[:])")
def root(a):
    return a ** 0.5


@njit("float64[:](float64[:], float64)")
def power(a, y):
    return a ** y


@njit("float64[:](float64[:], int64)")
def power_int(a, k):
    return a ** k


@njit("float32[:](float32[:], float32)")
def power32(a, y):
    return a ** y


@njit("float64[:, :](float64[:, :], float64)")
def power_view(m, y):
    return m[::-1, ::2] ** y


@njit("float64[:](float64[:], float64[:])")
def power_array(a, y):
    return a ** y


@njit("float64[:](float64[:], float64)")
def power_inplace(a, y):
    a **= y
    return a


@njit("float64[:](int64[:], float64)")
def power_of_ints(a, y):
    return a ** y


def values(seed, dtype=np.float64):
    """Values of every magnitude (pow is off for about 1 in 1,000 of
    them), and the special ones."""
    rng = np.random.default_rng(seed)
    x = rng.standard_normal(3000) * 10.0 ** rng.integers(-8, 9, 3000)
    special = [float.fromhex("-0x1.1332a66666666p+18"), 0.0, -0.0, 1.0, -1.0, np.inf, -np.inf, np.nan, 5e-324, 1e300]
    return np.concatenate([special, x]).astype(dtype)


NUMPY2_ORACLE = {
    "power_of_ints": "an int array raised to 0.5 or -1.0: NumPy 1.24 calls pow, NumPy 2 takes the square root or reciprocal",
}

CASES = [
    ("squared", lambda: (values(1),)), ("squared_int", lambda: (values(2),)),
    ("reciprocal", lambda: (values(3),)), ("root", lambda: (values(4),)),
    ("power", lambda: (values(5), 2.0)), ("power", lambda: (values(6), -1.0)), ("power", lambda: (values(7), 0.5)),
    ("power", lambda: (values(8), 3.0)), ("power", lambda: (values(9), -0.5)), ("power", lambda: (values(10), 1.0)),
    ("power", lambda: (values(11), 0.0)), ("power", lambda: (np.zeros(0), 2.0)),
    ("power_int", lambda: (values(12), 2)), ("power_int", lambda: (values(13), -1)), ("power_int", lambda: (values(14), 3)),
    ("power32", lambda: (values(15, np.float32), np.float32(2.0))),
    ("power32", lambda: (values(16, np.float32), np.float32(-1.0))),
    ("power32", lambda: (values(17, np.float32), np.float32(0.5))),
    ("power_view", lambda: (values(18)[:3000].reshape(60, 50), 2.0)),
    ("power_view", lambda: (values(19)[:3000].reshape(60, 50), 0.5)),
    ("power_array", lambda: (values(20), np.full(3010, 2.0))),
    ("power_inplace", lambda: (values(21), 2.0)), ("power_inplace", lambda: (values(22), -1.0)),
    ("power_of_ints", lambda: (np.arange(-2 ** 40, 2 ** 40, 2 ** 30 + 12345), 2.0)),
    ("power_of_ints", lambda: (np.arange(0, 2 ** 40, 2 ** 30 + 12345), 0.5)),
    ("power_of_ints", lambda: (np.arange(1, 2 ** 40, 2 ** 30 + 12345), -1.0)),
]
