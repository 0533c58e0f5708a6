"""The sign of a zero sum: NumPy's add.reduce starts from its identity,
+0.0, so the sum (and mean) of an array of -0.0s is 0.0 at every size and
shape; a product keeps the sign of its factors. Found by the random
programs (seed 220051: np.full((5, 3), -0.0).mean() was -0.0)."""
import numpy as np

from numba import njit


@njit("float64(float64[:])")
def sum1(a):
    return a.sum()


@njit("float64(float64[:, :])")
def sum2(a):
    return a.sum()


@njit("float64(float64[:, :])")
def mean2(a):
    return a.mean()


@njit("float32(float32[:])")
def sum32(a):
    return a.sum()


@njit("float64(float64[:, :, :])")
def sum3(a):
    return np.sum(a)


@njit("float64(float64[:])")
def prod1(a):
    return a.prod()


CASES = [(f, (np.full(n, -0.0),)) for f in ("sum1", "prod1") for n in (0, 1, 3, 7, 8, 9, 100, 8192, 8193, 20000)]
CASES += [("sum32", (np.full(n, -0.0, np.float32),)) for n in (1, 8, 9, 8193)]
CASES += [(f, (np.full(s, -0.0),)) for f in ("sum2", "mean2") for s in ((5, 3), (3, 5), (1, 1), (0, 4), (100, 90))]
CASES += [("sum2", lambda: (np.full((4, 30), -0.0)[:, ::-3],)), ("sum2", lambda: (np.full((30, 4), -0.0).T,))]
CASES += [("sum3", (np.full((5, 3, 2), -0.0),)), ("sum1", (np.array([-0.0, 1.0, -1.0]),)), ("sum1", (np.array([-1e300, 1e300, -0.0]),))]
