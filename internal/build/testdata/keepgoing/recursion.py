# good reaches bad through helper, which calls bad back: helper typed
# while bad was (at bad's return type) must not be reused once bad
# fails, so good fails too (as under Numba); ok compiles.
# BUILT: ok
# ABSENT: bad, good, helper
from numba import njit


@njit
def helper(x):
    if x <= 0:
        return 0
    return bad(x - 1)


@njit("int64(int64)")
def bad(x):
    y = helper(x)
    if x > 100:
        return y + (1, 2)  # ERROR 16 "unsupported operand type\(s\) for \+: 'int64' and 'UniTuple\(int64 x 2\)'"
    return y


@njit("int64(int64)")
def good(x):
    return helper(x) + 1  # NOTE 12 "good does not compile: it calls helper, which reaches bad, which does not compile"


@njit("int64(int64)")
def ok(x):
    return x + 1
