"""NumPy ufuncs that are a row of the ufunc table and nothing else
(np.cbrt, np.log1p, np.expm1: a name, the float loops and the C library
function): on float64, float32 and integer arrays (an int64 array
computes in float64, an int16 one in float32), 2-D, empty and reversed
views, scalars, and NaN, infinities, -0.0 and the edges of each
function's domain."""
import numpy as np

from numba import njit


@njit(["float64[:](float64[:])", "float32[:](float32[:])", "float64[:](int64[:])", "float32[:](int16[:])"])
def cbrt(a):
    return np.cbrt(a)


@njit(["float64[:](float64[:])", "float32[:](float32[:])", "float64[:](int64[:])"])
def log1p(a):
    return np.log1p(a)


@njit(["float64[:](float64[:])", "float32[:](float32[:])", "float64[:](int64[:])"])
def expm1(a):
    return np.expm1(a)


@njit("float64[:, :](float64[:, :])")
def all_three(m):
    return np.cbrt(m) + np.log1p(np.abs(m)) - np.expm1(-np.abs(m))


@njit("float64[:](float64[:])")
def reversed_cbrt(a):
    return np.cbrt(a[::-2])


@njit("float64(float64, int64)")
def scalars(x, n):
    return np.cbrt(x) + np.log1p(n) + np.expm1(x)


# NumPy computes these with the C library's functions, as pynjit does,
# except on machines with AVX-512, where NumPy 1.22+ dispatches to its own
# (SVML) versions, which may differ in the last bits.
_SVML = (4, "NumPy's SVML cbrt/log1p/expm1 on AVX-512 vs libm")
ULP_TOLERANCE = {"cbrt": _SVML, "log1p": _SVML, "expm1": _SVML, "all_three": _SVML, "reversed_cbrt": _SVML, "scalars": _SVML}

EDGES = np.array([0.0, -0.0, 1.0, -1.0, 8.0, -27.0, 1e-300, -1e-300, 1e-10, 0.5, 700.0, 710.0, -745.0, 1e308, np.inf, -np.inf, np.nan])

CASES = [
    ("cbrt", (EDGES,)), ("cbrt", (EDGES.astype(np.float32),)), ("cbrt", (np.array([-8, 0, 1, 27, 2 ** 62]),)),
    ("cbrt", (np.array([-32768, -1, 0, 125, 32767], dtype=np.int16),)), ("cbrt", (np.zeros(0),)),
    ("log1p", (EDGES,)), ("log1p", (EDGES.astype(np.float32),)), ("log1p", (np.array([-1, 0, 1, 10 ** 15]),)),
    ("log1p", (np.array([-2.0, -1.0, -0.9999999999999999]),)),
    ("expm1", (EDGES,)), ("expm1", (EDGES.astype(np.float32),)), ("expm1", (np.array([-1000, -1, 0, 1, 709, 710]),)),
    ("expm1", (np.zeros(0, dtype=np.float32),)),
    ("all_three", (np.linspace(-4.0, 4.0, 12).reshape(3, 4),)), ("all_three", (np.zeros((0, 3)),)),
    ("reversed_cbrt", (np.linspace(-30.0, 30.0, 11),)),
    ("scalars", (-8.0, 3)), ("scalars", (np.nan, -1)), ("scalars", (-0.0, 0)),
]
