# Functions that call one that does not compile fail too, at the call;
# the others compile, also those sharing a callee with a failed one.
# BUILT: good, also_good
# ABSENT: bad, user, outer, helper
import math

from numba import njit


@njit("float64(float64)")
def bad(x):
    return math.sqroot(x)  # ERROR 12 "Unknown attribute 'sqroot' of type Module\(math\)"


@njit
def helper(x):
    return x * 2.0


@njit("float64(float64)")
def user(x):
    y = helper(x)
    return bad(y) + 1.0  # NOTE 12 "user does not compile: it calls bad, which does not compile"


@njit("float64(float64)")
def outer(x):
    return user(x)  # NOTE 12 "outer does not compile: it calls user, which reaches bad, which does not compile"


@njit("float64(float64)")
def good(x):
    return helper(x) + 1.0


@njit("int64(int64, int64)")
def also_good(a, b):
    return a * b
