# Everything it uses of inner.bad, which does not parse, would be a
# false error: the syntax error is all a build reports.
from numba import njit

from .inner.bad import SCALE, helper
from .inner import bad


@njit("float64(float64)")
def user(x):
    return helper(x) * SCALE + bad.helper(x)
