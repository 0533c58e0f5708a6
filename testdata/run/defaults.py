"""Default parameter values and keyword arguments, called from Python:
the generated module and the extension module bind arguments as CPython
binds the original's, defaults and TypeError messages included."""
from numba import njit


@njit("float64(float64, int64)")
def power(x, n=2):
    return x ** n


@njit("int64(int64, int64, int64)")
def affine(x, a=-3, b=+7):
    return a * x + b


@njit("float64(float64, float64, float64)")
def clamp(x, lo=-1.0, hi=1e300 - 1e300 + 1):
    return min(max(x, lo), hi)


@njit("float64(float64, float64)")
def signed_zero(x, k=-0.0):
    return x * k


@njit("int64()")
def nothing():
    return 42


@njit("float64(float64, int64)")
def bump(x, by=True):
    return x + by


@njit("int64(int64, boolean)")
def pick(x, negate=False):
    return -x if negate else x


@njit("complex128(complex128, complex128)")
def cshift(z, w=1 - 2j):
    return z + w


@njit("int64(UniTuple(int64, 2), int64)")
def dot2(p=(1, -2), k=3):
    return p[0] * k + p[1]


@njit("float64(float64, float64)")
def huge(x, y=1e999):
    return x - y


CASES = [
    ("power", (1.5,)), ("power", (1.5, 3)), ("power", (), {"x": 2.0}), ("power", (), {"n": 3, "x": 2.0}),
    ("power", (1.5,), {"n": 0}), ("power", (2, 3)),
    ("power", ()), ("power", (1.5, 2, 3)), ("power", (1.5,), {"x": 2.0}), ("power", (1.5,), {"m": 2}),
    ("power", (1.5, 2), {"n": 2}), ("power", (1.5, 2, 3), {"n": 2}), ("power", (), {"n": 2}),
    ("affine", (2,)), ("affine", (2, 5)), ("affine", (2,), {"b": 0}), ("affine", (), {"b": 1, "a": 2, "x": 3}),
    ("affine", ()), ("affine", (), {"a": 1}), ("affine", (1, 2, 3, 4)), ("affine", (1,), {"c": 1}),
    ("clamp", (5.0,)), ("clamp", (-5.0,)), ("clamp", (0.5,)), ("clamp", (5.0,), {"hi": 3.0}), ("clamp", (-5.0, -10.0)),
    ("signed_zero", (2.0,)), ("signed_zero", (-2.0,)), ("signed_zero", (2.0, 3.0)),
    ("nothing", ()), ("nothing", (1,)), ("nothing", (1, 2)), ("nothing", (), {"x": 1}),
    ("bump", (1.5,)), ("bump", (1.5, 2)),
    ("pick", (3,)), ("pick", (3, True)), ("pick", (3,), {"negate": True}),
    ("cshift", (1j,)), ("cshift", (2 + 0j,), {"w": -1j}),
    ("dot2", ()), ("dot2", ((2, 5),)), ("dot2", (), {"k": -1}), ("dot2", ((1, 1), 2, 3)),
    ("huge", (1.0,)), ("huge", (1.0, 0.5)),
]
