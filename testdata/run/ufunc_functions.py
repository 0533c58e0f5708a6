"""NumPy's arithmetic and comparison ufuncs called as functions (np.add,
np.divide, np.mod, np.equal, np.negative, ...), which are the rows of the
operators' ufuncs: on int64, float64 and bool scalars (in the ufunc's loop,
so np.true_divide(1, 0) is inf, np.floor_divide(7, 0) and np.remainder(7,
0) are 0, np.add(True, True) is True) and mixed, on 1-D and 2-D arrays,
broadcast, and an array with a scalar. The cases where NumPy and Numba
disagree (np.power of an int to a negative power, np.subtract of bools)
are checked against Numba by hand: see docs/semantics.md."""
import numpy as np

from numba import njit


@njit(["(int64, int64)"])
def arith_int(x, y):
    return (
        np.add(x, y),
        np.subtract(x, y),
        np.multiply(x, y),
        np.divide(x, y),
        np.true_divide(x, y),
        np.floor_divide(x, y),
        np.remainder(x, y),
        np.mod(x, y),
        np.bitwise_and(x, y),
        np.bitwise_or(x, y),
        np.bitwise_xor(x, y),
        np.left_shift(x, y),
        np.right_shift(x, y),
        np.power(x, y),
    )


@njit(["(float64, float64)"])
def arith_float(x, y):
    return (
        np.add(x, y),
        np.subtract(x, y),
        np.multiply(x, y),
        np.divide(x, y),
        np.true_divide(x, y),
        np.floor_divide(x, y),
        np.remainder(x, y),
        np.mod(x, y),
        np.power(x, y),
    )


@njit(["(int64, float64)"])
def arith_mixed(x, y):
    return (
        np.add(x, y),
        np.subtract(x, y),
        np.multiply(x, y),
        np.divide(x, y),
        np.true_divide(x, y),
        np.floor_divide(x, y),
        np.remainder(x, y),
        np.mod(x, y),
        np.power(x, y),
    )


@njit(["(bool, bool)"])
def arith_bool(x, y):
    return (
        np.add(x, y),
        np.multiply(x, y),
        np.divide(x, y),
        np.floor_divide(x, y),
        np.remainder(x, y),
        np.bitwise_and(x, y),
        np.bitwise_or(x, y),
        np.bitwise_xor(x, y),
    )


@njit(["(bool, int64)"])
def arith_bool_int(x, y):
    return (
        np.add(x, y),
        np.subtract(x, y),
        np.multiply(x, y),
        np.floor_divide(x, y),
        np.power(x, y),
        np.bitwise_and(x, y),
        np.bitwise_or(x, y),
        np.bitwise_xor(x, y),
    )


@njit(["(int64, int64)"])
def compare_int(x, y):
    return (
        np.equal(x, y),
        np.not_equal(x, y),
        np.less(x, y),
        np.less_equal(x, y),
        np.greater(x, y),
        np.greater_equal(x, y),
    )


@njit(["(float64, float64)"])
def compare_float(x, y):
    return (
        np.equal(x, y),
        np.not_equal(x, y),
        np.less(x, y),
        np.less_equal(x, y),
        np.greater(x, y),
        np.greater_equal(x, y),
    )


@njit(["(int64, float64)"])
def compare_mixed(x, y):
    return (
        np.equal(x, y),
        np.not_equal(x, y),
        np.less(x, y),
        np.less_equal(x, y),
        np.greater(x, y),
        np.greater_equal(x, y),
    )


@njit(["(bool, bool)"])
def compare_bool(x, y):
    return (
        np.equal(x, y),
        np.not_equal(x, y),
        np.less(x, y),
        np.less_equal(x, y),
        np.greater(x, y),
        np.greater_equal(x, y),
    )


@njit(["(int64,)"])
def unary_int(x):
    return (
        np.negative(x),
        np.positive(x),
        np.invert(x),
    )


@njit(["(float64,)"])
def unary_float(x):
    return np.negative(x), np.positive(x)


@njit(["(bool,)"])
def unary_bool(x):
    return np.invert(x)


@njit(["(int64[:], int64[:])", "(float64[:, :], float64[:])", "(float64[:], int64)", "(int64, int64[:, :])", "(float64[:, :], float64[:, :])"])
def add_arrays(a, b):
    return np.add(a, b)


@njit(["(int64[:], int64[:])", "(float64[:, :], float64[:])", "(float64[:], int64)", "(int64, int64[:, :])", "(float64[:, :], float64[:, :])"])
def subtract_arrays(a, b):
    return np.subtract(a, b)


@njit(["(int64[:], int64[:])", "(float64[:, :], float64[:])", "(float64[:], int64)", "(int64, int64[:, :])", "(float64[:, :], float64[:, :])"])
def multiply_arrays(a, b):
    return np.multiply(a, b)


@njit(["(int64[:], int64[:])", "(float64[:, :], float64[:])", "(float64[:], int64)", "(int64, int64[:, :])", "(float64[:, :], float64[:, :])"])
def divide_arrays(a, b):
    return np.divide(a, b)


@njit(["(int64[:], int64[:])", "(float64[:, :], float64[:])", "(float64[:], int64)", "(int64, int64[:, :])", "(float64[:, :], float64[:, :])"])
def true_divide_arrays(a, b):
    return np.true_divide(a, b)


@njit(["(int64[:], int64[:])", "(float64[:, :], float64[:])", "(float64[:], int64)", "(int64, int64[:, :])", "(float64[:, :], float64[:, :])"])
def floor_divide_arrays(a, b):
    return np.floor_divide(a, b)


@njit(["(int64[:], int64[:])", "(float64[:, :], float64[:])", "(float64[:], int64)", "(int64, int64[:, :])", "(float64[:, :], float64[:, :])"])
def remainder_arrays(a, b):
    return np.remainder(a, b)


@njit(["(int64[:], int64[:])", "(float64[:, :], float64[:])", "(float64[:], int64)", "(int64, int64[:, :])", "(float64[:, :], float64[:, :])"])
def mod_arrays(a, b):
    return np.mod(a, b)


@njit(["(int64[:], int64[:])", "(float64[:, :], float64[:])", "(float64[:], int64)", "(int64, int64[:, :])", "(float64[:, :], float64[:, :])"])
def power_arrays(a, b):
    return np.power(a, b)


@njit(["(int64[:], int64[:])", "(float64[:, :], float64[:])", "(float64[:], int64)", "(int64, int64[:, :])", "(float64[:, :], float64[:, :])"])
def equal_arrays(a, b):
    return np.equal(a, b)


@njit(["(int64[:], int64[:])", "(float64[:, :], float64[:])", "(float64[:], int64)", "(int64, int64[:, :])", "(float64[:, :], float64[:, :])"])
def not_equal_arrays(a, b):
    return np.not_equal(a, b)


@njit(["(int64[:], int64[:])", "(float64[:, :], float64[:])", "(float64[:], int64)", "(int64, int64[:, :])", "(float64[:, :], float64[:, :])"])
def less_arrays(a, b):
    return np.less(a, b)


@njit(["(int64[:], int64[:])", "(float64[:, :], float64[:])", "(float64[:], int64)", "(int64, int64[:, :])", "(float64[:, :], float64[:, :])"])
def less_equal_arrays(a, b):
    return np.less_equal(a, b)


@njit(["(int64[:], int64[:])", "(float64[:, :], float64[:])", "(float64[:], int64)", "(int64, int64[:, :])", "(float64[:, :], float64[:, :])"])
def greater_arrays(a, b):
    return np.greater(a, b)


@njit(["(int64[:], int64[:])", "(float64[:, :], float64[:])", "(float64[:], int64)", "(int64, int64[:, :])", "(float64[:, :], float64[:, :])"])
def greater_equal_arrays(a, b):
    return np.greater_equal(a, b)


@njit(["(int64[:], int64[:])", "(bool[:], bool[:])", "(int64[:, :], int64)"])
def bitwise_and_arrays(a, b):
    return np.bitwise_and(a, b)


@njit(["(int64[:], int64[:])", "(bool[:], bool[:])", "(int64[:, :], int64)"])
def bitwise_or_arrays(a, b):
    return np.bitwise_or(a, b)


@njit(["(int64[:], int64[:])", "(bool[:], bool[:])", "(int64[:, :], int64)"])
def bitwise_xor_arrays(a, b):
    return np.bitwise_xor(a, b)


@njit(["(int64[:], int64[:])", "(int64[:, :], int64)"])
def left_shift_arrays(a, b):
    return np.left_shift(a, b)


@njit(["(int64[:], int64[:])", "(int64[:, :], int64)"])
def right_shift_arrays(a, b):
    return np.right_shift(a, b)


@njit(["(bool[:], bool[:])"])
def add_bools(a, b):
    return np.add(a, b)


@njit(["(bool[:], bool[:])"])
def multiply_bools(a, b):
    return np.multiply(a, b)


@njit(["(bool[:], bool[:])"])
def equal_bools(a, b):
    return np.equal(a, b)


@njit(["(bool[:], bool[:])"])
def not_equal_bools(a, b):
    return np.not_equal(a, b)


@njit(["(bool[:], bool[:])"])
def less_bools(a, b):
    return np.less(a, b)


@njit(["(bool[:], bool[:])"])
def less_equal_bools(a, b):
    return np.less_equal(a, b)


@njit(["(bool[:], bool[:])"])
def greater_bools(a, b):
    return np.greater(a, b)


@njit(["(bool[:], bool[:])"])
def greater_equal_bools(a, b):
    return np.greater_equal(a, b)


@njit(["(int64[:],)", "(float64[:, :],)"])
def negative_arrays(a):
    return np.negative(a)


@njit(["(int64[:],)", "(float64[:, :],)"])
def positive_arrays(a):
    return np.positive(a)


@njit(["(int64[:],)", "(bool[:, :],)"])
def invert_arrays(a):
    return np.invert(a)


@njit(["(float64[:], float64[:])", "(int64[:], int64[:])"])
def same_as_operators(a, b):
    return np.sum(np.add(a, b) != a + b) + np.sum(np.floor_divide(a, b) != a // b) + np.sum(np.less(a, b) != (a < b))


def I(*v):
    return np.array(v, dtype=np.int64)


def F(*v):
    return np.array(v, dtype=np.float64)


def B(*v):
    return np.array(v, dtype=np.bool_)


INTS = [(7, 3), (-7, 2), (7, 0), (0, 0), (-9, 4), (2 ** 63 - 1, 1), (-2 ** 63, 1), (3, 40), (5, 63), (-1, 63)]
FLOATS = [(7.5, 2.0), (-7.5, 2.0), (7.5, -2.0), (7.0, 0.0), (-7.0, 0.0), (0.0, 0.0), (-0.0, 3.0), (1.0, np.inf),
          (-1.0, np.inf), (np.nan, 1.0), (-8.0, 1 / 3), (2.0, 1024.0), (np.inf, np.inf)]
MIXED = [(7, 2.0), (-7, 0.0), (0, -0.0), (3, 0.5), (2 ** 53 + 1, 2.0 ** 53), (-5, np.nan)]
BOOLS = [(False, False), (False, True), (True, False), (True, True)]
BOOL_INTS = [(True, 5), (False, 5), (True, 0), (False, 0), (True, 63)]

CASES = (
    [("arith_int", xy) for xy in INTS] + [("compare_int", xy) for xy in INTS]
    + [("arith_float", xy) for xy in FLOATS] + [("compare_float", xy) for xy in FLOATS]
    + [("arith_mixed", xy) for xy in MIXED] + [("compare_mixed", xy) for xy in MIXED]
    + [("arith_bool", xy) for xy in BOOLS] + [("compare_bool", xy) for xy in BOOLS]
    + [("arith_bool_int", xy) for xy in BOOL_INTS]
    + [("unary_int", (x,)) for x in (0, 5, -6, 2 ** 63 - 1, -2 ** 63)]
    + [("unary_float", (x,)) for x in (0.0, -0.0, 2.5, np.inf, np.nan)]
    + [("unary_bool", (x,)) for x in (False, True)]
)
ARRAY_ARGS = [
    lambda: (I(7, -7, 0, 9, -2 ** 63, 2 ** 63 - 1), I(3, 2, 0, 0, 1, 1)),
    lambda: (F(-7.5, 0.0, 2.0, np.nan, -0.0, 6.0).reshape(2, 3), F(2.0, 0.0, -0.0)),
    lambda: (F(-7.5, 0.0, 2.5, np.inf, np.nan), 3),
    lambda: (F(-7.5, 0.0, 2.5, np.inf), 0),
    lambda: (5, I(1, 2, 3, 0, 5, 2).reshape(3, 2)),
    lambda: (F(1.5, -2.0).reshape(2, 1), F(3.0, 0.0, -4.0).reshape(1, 3)),
    lambda: (np.zeros((0, 3)), np.zeros(3)),
    lambda: (np.ones((2, 3)), F(1.0, 2.0)),
]
for name in ["add", "subtract", "multiply", "divide", "true_divide", "floor_divide", "remainder", "mod", "equal", "not_equal", "less", "less_equal", "greater", "greater_equal"]:
    CASES += [(name + "_arrays", args) for args in ARRAY_ARGS]
CASES += [("power_arrays", args) for args in (
    lambda: (I(7, -7, 0, 0, 3, -1), I(3, 2, 0, 5, 40, 63)), lambda: (F(-2.5, 0.0, 2.0, np.nan, -0.0, 6.0).reshape(2, 3), F(2.0, 0.0, -3.0)),
    lambda: (F(-7.5, 0.0, 2.5, np.inf, np.nan), 3), lambda: (2, I(1, 2, 3, 0, 5, 62).reshape(3, 2)),
    lambda: (F(1.5, -2.0).reshape(2, 1), F(3.0, 0.0, -4.0).reshape(1, 3)), lambda: (np.zeros((0, 3)), np.zeros(3)))]
for name in ["bitwise_and", "bitwise_or", "bitwise_xor"]:
    CASES += [(name + "_arrays", args) for args in (
        lambda: (I(12, -12, 0, 2 ** 62), I(10, 7, -1, -3)), lambda: (B(True, True, False), B(True, False, False)),
        lambda: (I(1, -2, 3, 4).reshape(2, 2), 6))]
for name in ["left_shift", "right_shift"]:
    CASES += [(name + "_arrays", args) for args in (
        lambda: (I(1, -8, 3, 2 ** 40), I(0, 1, 63, 20)), lambda: (I(1, -1, 5, -5).reshape(2, 2), 3))]
for name in ["add", "multiply", "equal", "not_equal", "less", "less_equal", "greater", "greater_equal"]:
    CASES += [(name + "_bools", (B(False, False, True, True), B(False, True, False, True)))]
CASES += [
    ("negative_arrays", (I(0, 5, -2 ** 63),)), ("negative_arrays", (F(0.0, -0.0, 2.5, np.nan).reshape(2, 2),)),
    ("positive_arrays", (I(0, 5, -2 ** 63),)), ("positive_arrays", (F(0.0, -0.0, 2.5, np.nan).reshape(2, 2),)),
    ("invert_arrays", (I(0, 5, -2 ** 63),)), ("invert_arrays", (B(True, False, False, True).reshape(2, 2),)),
    ("same_as_operators", (F(7.5, -7.5, 1.0, -1.0), F(2.0, 2.0, 0.0, 0.0))),
    ("same_as_operators", (I(7, -7, 1, 0), I(2, 2, 0, 0))),
]
