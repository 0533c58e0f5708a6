# What a type can be is decided in one place (internal/types), and check
# refuses, with a position, what build cannot compile (issue 31): arrays
# of more than 4 dimensions, results that do not convert to Python
# objects, and results that have no run-time value at all.
import numba
import numpy as np
from numba import njit


@njit("float64(float64[:,:,:,:,:])")  # ERROR 16 "array\(float64, 5d, A\) is unsupported in pynjit: arrays have at most 4 dimensions"
def five(a):
    return a[0, 0, 0, 0, 0]


@njit(["float64(float64[:, :])", "float64(int32[:, :, :, :, ::1])"])  # ERROR 43 "array\(int32, 5d, C\) is unsupported"
def total(a):
    return a.sum()


@njit("float64(int64)")
def made(n):
    a = np.zeros((n, 1, 1, 1, 2))  # ERROR 9 "np.zeros\(UniTuple\(int64 x 5\)\): arrays have at most 4 dimensions in pynjit"
    return a[0, 0, 0, 0, 0]


@njit("int64(int64)", locals={"a": numba.float64[:, :, :, :, :]})  # ERROR 36 "locals: array\(float64, 5d, A\) is unsupported"
def declared(n):
    return n


@njit
def total5(a):  # ERROR 5 "total5\(array\(float64, 5d, C\)\): array\(float64, 5d, C\) is unsupported in pynjit: arrays have at most 4 dimensions"
    return a.sum()


@njit("int64(int64)")
def counted(n):
    return n


@njit
def span(n):  # ERROR 5 "span\(int64\) cannot be called from Python: cannot convert native range_state_int64 to Python object"
    return range(n)


@njit
def pairs(n):  # ERROR 5 "cannot convert native zip\(range_state_int64\) to Python object"
    return zip(range(n))


@njit
def kind(n):
    return np.float64  # ERROR 5 "kind returns dtype\(float64\), which has no run-time value in nopython mode"


@njit
def callee(n):
    return counted  # ERROR 5 "callee returns Function\(counted\), which has no run-time value"


@njit
def caller(n):
    return callee(n)  # NOTE 12 "caller does not compile: it calls callee, which does not compile"


span(3)
pairs(3)
kind(3)
caller(3)
total5(np.zeros((2, 2, 2, 2, 2)))
