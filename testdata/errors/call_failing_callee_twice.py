# A function that fails to type is reported once, however many callers ask for it;
# each caller gets a note at its call.
from numba import njit


@njit
def bad(x):
    return x + (1, 2)  # ERROR 12 "unsupported operand type\(s\) for \+: 'int64' and 'UniTuple\(int64 x 2\)'"


@njit("int64(int64)")
def a(x):
    return bad(x)  # NOTE 12 "a does not compile: it calls bad, which does not compile"


@njit("int64(int64)")
def b(x):
    return bad(x) + 1  # NOTE 12 "b does not compile: it calls bad, which does not compile"
