# CPython folds 2 ** 64 into a constant beyond 64 bits, which Numba
# cannot type; 2 ** 64 - 1 fits uint64 and 2 ** 200 is not folded (it
# wraps at run time).
from numba import njit


@njit
def too_big():
    return 2 ** 64  # ERROR 12 "Int value is too large: 18446744073709551616"


@njit("int64()")
def fits():
    return (2 ** 64 - 1) // 2 + 2 ** 200


too_big()
