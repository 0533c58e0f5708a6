"""np.dot multiplies an operand of one element ((1,) or (1, 1)) as a
scalar, so a result of one element from an inner dimension of 1 is the
bare product and keeps a -0.0: np.dot(np.array([-1.5]), np.array([0.0]))
is -0.0 in NumPy 1.24 and 2. Every other product sums from +0.0, and so
does a @ b always (NumPy's matmul). The functions of array results return
their reciprocals, whose infinities show the sign of a zero. Found by the random programs (seed
106531: m /= np.dot(...) of a 1x1 m made -inf where NumPy's was inf;
Known bug dot-zero-sign)."""
import math

import numpy as np

from numba import njit


@njit("float64(float64[:], float64[:])")
def vdot(a, b):
    return np.dot(a, b)


@njit("float64(float64[:], float64[:])")
def vmatmul(a, b):
    return a @ b


@njit("float64(float64[:], float64[:])")
def vmethod(a, b):
    return a.dot(b)


@njit("float32(float32[:], float32[:])")
def vdot32(a, b):
    return np.dot(a, b)


@njit("float32(float32[:], float32[:])")
def vmatmul32(a, b):
    return a @ b


@njit("float64(int64[:], float64[:])")
def vdot_mixed(a, b):
    return np.dot(a, b)


@njit("float64[:, :](float64[:, :], float64[:, :])")
def mdot(a, b):
    return 1.0 / np.dot(a, b)


@njit("float64[:, :](float64[:, :], float64[:, :])")
def mmatmul(a, b):
    return 1.0 / (a @ b)


@njit("float64[:](float64[:, :], float64[:])")
def mvdot(a, b):
    return 1.0 / np.dot(a, b)


@njit("float64[:](float64[:], float64[:, :])")
def vmdot(a, b):
    return 1.0 / np.dot(a, b)


@njit("float64[:](float64[:, :], float64[:])")
def mvmatmul(a, b):
    return 1.0 / (a @ b)


@njit("float64(float32[:, :], float32[:, :])")
def mdot32(a, b):
    r = np.dot(a, b)
    return math.copysign(1.0, r[0, 0]) + math.copysign(2.0, r[r.shape[0] - 1, r.shape[1] - 1])


@njit("float64(float32[:, :], float32[:])")
def mvdot32(a, b):
    return math.copysign(1.0, np.dot(a, b)[0])


@njit("float64[:, :](float64[:, :], float64[:, :], float64[:, :])")
def divide_by_dot(m, a, b):
    m /= np.dot(a, b)
    return m


@njit("boolean(float64[:], float64[:])")
def dot_is_negative_zero(a, b):
    if math.copysign(1.0, np.dot(a, b)) < 0:
        return True
    return False


def vec(*xs, dtype=np.float64):
    return np.array(xs, dtype=dtype)


def mat(rows, dtype=np.float64):
    return np.array(rows, dtype=dtype)


ZEROS = [(-1.5, 0.0), (1.5, -0.0), (-0.0, -0.0), (0.0, 0.0), (-2.0, 3.0), (np.inf, -0.0)]
CASES = []
for x, y in ZEROS:
    CASES += [(f, (vec(x), vec(y))) for f in ("vdot", "vmatmul", "vmethod")]
    CASES += [(f, (vec(x, dtype=np.float32), vec(y, dtype=np.float32))) for f in ("vdot32", "vmatmul32")]
    CASES += [(f, (mat([[x]]), mat([[y]]))) for f in ("mdot", "mmatmul")]
    CASES += [("mvdot", (mat([[x]]), vec(y))), ("vmdot", (vec(x), mat([[y]]))), ("mvmatmul", (mat([[x]]), vec(y)))]
    CASES += [("mdot32", (mat([[x]], np.float32), mat([[y]], np.float32))), ("mvdot32", (mat([[x]], np.float32), vec(y, dtype=np.float32)))]
CASES += [("vdot_mixed", (np.array([-1]), vec(0.0))), ("vdot_mixed", (np.array([0]), vec(-1.0)))]
# more than one term, or more than one element: sums from +0.0
CASES += [("vdot", (vec(-1.5, -1.0), vec(0.0, 0.0))), ("vdot32", (vec(-1.5, -1.0, dtype=np.float32), vec(0.0, 0.0, dtype=np.float32))),
          ("mdot", (mat([[-1.5, -1.0]]), mat([[0.0], [0.0]]))), ("mdot", (mat([[-1.5], [2.0]]), mat([[0.0, -0.0, 1.0]]))),
          ("mdot", (mat([[-1.5]]), mat([[0.0, -0.0, 1.0]]))), ("mdot", (mat([[0.0], [-0.0], [1.0]]), mat([[-1.5]]))),
          ("mvdot", (mat([[-1.5], [2.0]]), vec(0.0))), ("vmdot", (vec(-1.5), mat([[0.0, 0.0]]))),
          ("mdot32", (mat([[-1.5]], np.float32), mat([[0.0, -0.0]], np.float32)))]
CASES += [("divide_by_dot", (mat([[1.0]]), mat([[-1.5]]), mat([[0.0]]))), ("divide_by_dot", (mat([[1.0]]), mat([[-0.0]]), mat([[-0.0]]))),
          ("dot_is_negative_zero", (vec(-1.5), vec(0.0))), ("dot_is_negative_zero", (vec(-1.5, 1.0), vec(0.0, 0.0)))]
