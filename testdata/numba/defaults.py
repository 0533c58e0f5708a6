"""Calls between compiled functions that leave out parameters with
defaults: the default's value is passed, with the type Numba gives it
(int64, float64, complex128, bool, none, tuples); keyword arguments pick which are left out; a
parameter left out for None is None inside (its `is None` test is
decided by its type, as Numba prunes the branch)."""
from numba import njit


@njit
def scale(x, k=2, shift=1.5):
    return x * k + shift


@njit
def flags(x, negate=False, offset=-3):
    if negate:
        return -x + offset
    return x + offset


@njit
def maybe(x, y=None):
    if y is None:
        return x * 10
    return x + y


@njit
def unless(x, y=None):
    if y is not None:
        return x - y
    return x


@njit
def pair(x, p=(1, -2), z=1 - 2j):
    return (x * p[0] + p[1]) * z


@njit("(int64,)")
def calls(x):
    return (scale(x), scale(x, 3), scale(x, shift=0.25), scale(x, k=-1), scale(x, 2, 2.0),
            flags(x), flags(x, True), flags(x, offset=5), flags(x, negate=True, offset=1))


@njit("(int64,)")
def nones(x):
    return maybe(x), maybe(x, 4), unless(x), unless(x, 1), maybe(x, y=2)


@njit("(float64,)")
def others(x):
    return pair(int(x)), pair(2, (3, 4))


CASES = [
    ("calls", (4,)), ("calls", (-7,)),
    ("nones", (3,)), ("nones", (0,)),
    ("others", (5.0,)), ("others", (9.5,)),
]
