# bad cannot be lowered at all (a string outside an exception message):
# its caller gets an E-call error at the call, not a N-callee-failed
# note (pynjit build --help says which); fine compiles.
# BUILT: fine
# ABSENT: bad, user
from numba import njit


@njit("int64(int64)")
def bad(x):
    return x + "a"  # ERROR 16 "strings are unsupported in nopython mode"


@njit("int64(int64)")
def user(x):
    return bad(x) * 2  # ERROR 12 "cannot call bad in nopython mode: it does not compile \(see its own errors\)"


@njit("int64(int64)")
def fine(x):
    return x - 1
