"""Code that runs with or without Numba imports it in a try statement
and defines stand-ins in the except branch (issue 26): the names the
try body imports are numba's, and the functions they decorate are
compiled; the fallback definitions do not override them."""
import numpy as np

try:
    from numba import njit, prange
except ImportError:
    def njit(*args, **kwargs):
        if len(args) == 1 and callable(args[0]):
            return args[0]

        def wrap(f):
            return f
        return wrap

    prange = range

try:
    import numba
except ImportError:
    numba = None
else:
    HAVE_NUMBA = True

try:
    from numba import jit
except (ImportError, ModuleNotFoundError):
    jit = None


@njit("int64(int64)")
def triangle(n):
    s = 0
    for i in range(n + 1):
        s += i
    return s


@numba.njit("float64(float64[:])")
def total(a):
    return a.sum() * 2.0


@jit(nopython=True)
def scaled(x, k):
    return x * k


scaled(1.5, 2.0)

CASES = [
    ("triangle", (10,)), ("triangle", (0,)),
    ("total", (np.arange(4.0),)),
    ("scaled", (1.5, 2.0)), ("scaled", (-3.0, 0.5)),
]
