from numba import njit

from . import b
from .b import bad_callee, missing_name  # ERROR 28 "ImportError: cannot import name 'missing_name' from 'broken.b'"
from .c import uses_dict


@njit("int64(int64)")
def run(n):
    return bad_callee(n)  # ERROR 12 "cannot call bad_callee in nopython mode"


@njit("float64(float64)")
def attr(x):
    return b.nothere(x)  # ERROR 12 "Unknown attribute 'nothere' of type Module\(broken.b\)"


@njit("int64(int64)")
def via_dict(n):
    return uses_dict(n)  # ERROR 12 "cannot call uses_dict in nopython mode"
