# The truth value of a string (a sys.argv item) is not known to compiled code.
import sys

from numba import njit


@njit("int64()")
def first_arg_given():
    if sys.argv[0]:  # ERROR 8 "the truth value of unicode_type is unsupported in nopython mode"
        return 1
    return 0
