"""Keyword-only and positional-only parameters: calls between compiled
functions bind them as CPython does (defaults included), and the
generated module takes them as the original does, its TypeErrors
included. A signature types every named parameter, keyword-only ones
last, as Numba's does."""
from numba import njit


@njit
def scaled(x, *, scale=2.0):
    return x * scale


@njit
def needs(x, *, n):
    return x + n


@njit
def mixed(a, /, b=10, *, c, d=(1, 2)):
    return a * 1000 + b * 100 + c * 10 + d[0] - d[1]


@njit("float64(float64, int64)")
def caller(x, k):
    return scaled(x) + scaled(x, scale=0.5) + needs(k, n=3) + mixed(k, c=k) + mixed(1, 2, c=3, d=(4, k))


@njit("float64(float64, float64)")
def exported(x, *, scale=3.0):
    return x * scale


@njit("int64(int64, int64, int64)")
def exported_required(a, /, b, *, n):
    return a * 100 + b * 10 + n


CASES = [
    ("caller", (1.5, 2)), ("caller", (-4.0, 7)),
    ("exported", (2.0,)), ("exported", (2.0,), {"scale": 0.25}), ("exported", (), {"x": 1.0, "scale": -2.0}),
    ("exported", (2.0, 5.0)), ("exported", (2.0,), {"factor": 1.0}), ("exported", ()),
    ("exported_required", (1, 2), {"n": 3}), ("exported_required", (1,), {"b": 2, "n": 3}),
    ("exported_required", (1, 2)), ("exported_required", (1, 2, 3)), ("exported_required", (), {"a": 1, "b": 2, "n": 3}),
    ("exported_required", (1, 2, 3), {"n": 4}),
]
