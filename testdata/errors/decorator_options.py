# Decorator options that change what Numba computes are honoured
# (locals=) or reported, never ignored: an unknown option is Numba's
# error too; error_model='numpy', a set of fastmath flags and forceobj
# would compute something else. (parallel=True compiles serially: the
# results of parallel=False.)
import numba
from numba import njit


@njit("float64(float64)", error_model="numpy")  # ERROR 27 "error_model=\"numpy\" is unsupported"
def recip(x):
    return 1.0 / x


@njit("float64(float64)", fastmath={"nnan", "ninf"})  # ERROR 27 "fastmath=\{\"nnan\", \"ninf\"\} is unsupported"
def fm(x):
    return x * 2.0


@njit("float64(float64)", locals={"y": numba.float31})  # ERROR 40 "locals: numba.float31 is not a type pynjit knows"
def loc(x):
    y = x
    return y


@njit("float64(float64)", nopythn=True)  # ERROR 27 "Unrecognized options: \{'nopythn'\}"
def typo(x):
    return x


@njit("float64(float64)", parallel=True)
def par(x):
    return x


@njit("float64(float64)", forceobj=True)  # ERROR 27 "forceobj=True is unsupported"
def obj(x):
    return x


@njit("float32(float64)", locals={"y": numba.float32, "z": numba.int64})
def ok(x):
    y = x
    z = 3
    return y + z
