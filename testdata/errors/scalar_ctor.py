# NumPy's scalar types called as functions take one number, by position.
import numpy as np
from numba import njit


@njit("int64(int64)")
def two_args(x):
    return np.int8(x, 2)  # ERROR 12 "No implementation of function np\.int8 found for signature \(int64, int64\)"


@njit("float64(complex128)")
def complex_to_float(z):
    return np.float64(z)  # ERROR 12 "No implementation of function np\.float64 found for signature \(complex128\)"


@njit("int64(int64)")
def by_keyword(x):
    return np.int8(x=x)  # ERROR 12 "keyword arguments to np\.int8\(\) are unsupported in nopython mode"
