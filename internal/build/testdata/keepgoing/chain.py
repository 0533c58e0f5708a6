# caller reaches bad through mid: its note names mid, the function it
# calls, and bad, the function the error is in.
# BUILT: fine
# ABSENT: bad, mid, caller
from numba import njit


@njit("int64(int64)")
def bad(x):
    return x + (1, 2)  # ERROR 12 "unsupported operand type\(s\) for \+: 'int64' and 'UniTuple\(int64 x 2\)'"


@njit("int64(int64)")
def mid(x):
    return bad(x) * 2  # NOTE 12 "mid does not compile: it calls bad, which does not compile"


@njit("int64(int64)")
def caller(x):
    return mid(x) + 1  # NOTE 12 "caller does not compile: it calls mid, which reaches bad, which does not compile"


@njit("int64(int64)")
def fine(x):
    return x - 1
