# *args and **kwargs parameters are refused once, at the parameter
# list: the body's reads of them are not NameErrors.
from numba import njit


@njit("int64()")
def star_args(*args):  # ERROR 15 "\*args and \*\*kwargs parameters are unsupported in nopython mode"
    return args[0]


@njit("int64(int64)")
def star_kwargs(x, **kw):  # ERROR 17 "\*args and \*\*kwargs parameters are unsupported in nopython mode"
    return x
