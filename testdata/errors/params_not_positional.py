# Parameters other than positional ones are refused once, at the
# parameter list: the body's reads of them are not NameErrors.
from numba import njit


@njit("int64(int64, int64)")
def keyword_only(x, *, a=2):  # ERROR 18 "only positional parameters are supported in nopython mode"
    return a + x


@njit("int64()")
def star_args(*args):  # ERROR 15 "only positional parameters are supported in nopython mode"
    return args[0]
