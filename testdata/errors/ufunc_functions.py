# The operators' ufuncs called by name refuse what NumPy's ufuncs refuse
# (np.subtract and np.positive of bool arrays, the bitwise ufuncs of
# floats, a wrong number of inputs) and the keywords np.sqrt refuses
# (out=, dtype=, where=).
import numpy as np
from numba import njit


@njit("float64[:](float64[:], float64[:])")
def into(a, b):
    return np.add(a, b, out=a)  # ERROR 12 "keyword arguments to np.add\(\) are unsupported in nopython mode"


@njit("float32[:](float64[:], float64[:])")
def narrowed(a, b):
    return np.multiply(a, b, dtype=np.float32)  # ERROR 12 "keyword arguments to np.multiply\(\) are unsupported in nopython mode"


@njit("bool[:](float64[:], float64[:])")
def masked(a, b):
    return np.less(a, b, where=a > 0)  # ERROR 12 "keyword arguments to np.less\(\) are unsupported in nopython mode"


@njit("bool[:](bool[:], bool[:])")
def bool_difference(a, b):
    return np.subtract(a, b)  # ERROR 12 "No implementation of function np.subtract found for signature \(array\(bool, 1d, A\), array\(bool, 1d, A\)\)"


@njit("bool[:](bool[:])")
def bool_positive(a):
    return np.positive(a)  # ERROR 12 "No implementation of function np.positive found for signature \(array\(bool, 1d, A\)\)"


@njit("int64(float64, int64)")
def float_and(x, y):
    return np.bitwise_and(x, y)  # ERROR 12 "No implementation of function np.bitwise_and found for signature \(float64, int64\)"


@njit("float64(float64)")
def one_input(x):
    return np.divide(x)  # ERROR 12 "No implementation of function np.true_divide found for signature \(float64\)"
