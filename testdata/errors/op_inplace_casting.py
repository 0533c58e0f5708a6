# An in-place operation stores into the array it updates: its result must
# cast to the array's dtype under NumPy's 'same_kind' rule (NumPy raises
# UFuncTypeError at run time, Numba refuses to type it; the types are
# static, so pynjit refuses it when it compiles), and the array cannot grow.
import numpy as np
from numba import njit


@njit("void(int64[::1])")
def add_float(a):
    a += 1.5  # ERROR 5 "Cannot cast ufunc 'add' output from dtype\('float64'\) to dtype\('int64'\) with casting rule 'same_kind'"


@njit("void(int32[::1], int64[::1])")
def true_div(a, b):
    a /= b  # ERROR 5 "Cannot cast ufunc 'true_divide' output from dtype\('float64'\) to dtype\('int32'\)"


@njit("void(float64[::1], float64[:, ::1])")
def grows(a, b):
    a -= b  # ERROR 5 "non-broadcastable output operand: array\(float64, 1d, C\) - array\(float64, 2d, C\) has 2 dimensions, its output operand 1"


@njit("void(float64[:, ::1], float64[:, ::1])")
def matmul_in_place(a, b):
    a @= b  # ERROR 5 "In-place matrix multiplication is not \(yet\) supported"


@njit("void(float64[::1])")
def float_and(a):
    a &= 3  # ERROR 5 "unsupported operand type\(s\) for &=: 'array\(float64, 1d, C\)' and 'int64'"
