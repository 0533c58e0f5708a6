from numba import njit

LIMIT = 4


@njit
def bad_callee(n):
    return n + "s"  # ERROR 16 "strings are unsupported in nopython mode"


@njit
def nothing(n):  # NOTE 5 "nothing has no argument types"
    return n
