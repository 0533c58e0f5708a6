"""int ** int is an int (issue 27.3), as Numba types and computes it:
range(R ** K) works, a negative exponent gives 0 (1 and -1 for a base of
1 or -1, ZeroDivisionError for 0), and the power wraps around. Integer
literals are folded as CPython folds them before Numba sees the bytecode:
2 ** -1 written out is the float 0.5, 1 << 63 the uint64 2 ** 63, ~True
the int -2, and a power of more than 128 bits is left to wrap at run time.

Numba returns an integer power through a float64 (its implementation
unifies the loop's result with a float), so results beyond 2 ** 53 lose
their low bits there, and exponents above 65536 go through math.pow and
an undefined conversion: the cases stay below both (pynjit's exact
values there are checked against CPython in testdata/run/arith.py)."""
import numpy as np

from numba import njit


@njit("int64(int64, int64)")
def ipow(a, b):
    return a ** b


@njit("int64(int64, int64)")
def builtin_pow(a, b):
    return pow(a, b)


@njit("int64(int64, int64)")
def count_range(r, k):
    n = 0
    for _ in range(r ** k):
        n += 1
    return n


@njit("uint64(uint64, uint64)")
def upow(a, b):
    return a ** b


@njit("float32(float32, int64)")
def f32pow(x, n):
    return x ** n


@njit("int64(int32, int32)")
def pow32(a, b):
    return a ** b


@njit("uint64(uint8, uint8)")
def pow_u8(a, b):
    return a ** b


@njit("int64(int8, uint64)")
def pow_mixed(a, b):
    return a ** b


@njit("int64(boolean, int64)")
def pow_bool(a, b):
    return a ** b


@njit("float32(float32, int8)")
def pow_f32_i8(a, b):
    return a ** b


@njit("float64()")
def literal_negative():
    return 2 ** -1


@njit("Tuple((uint64, uint64, int64, int64, int64, int64))()")
def literal_folds():
    return 1 << 63, 2 ** 64 - 1, -(2 ** 63), ~True, 7 // -2, 2 ** 10


@njit("UniTuple(int64, 3)()")
def literal_not_folded():
    return 10 ** 40, 2 ** 200, 3 ** 2 ** 3


@njit("UniTuple(float64, 2)()")
def literal_float_power():
    return 3 ** -2, 10 ** -3


CASES = [
    ("ipow", (2, 10)), ("ipow", (2, -1)), ("ipow", (1, -3)), ("ipow", (-1, -3)), ("ipow", (-1, -2)),
    ("ipow", (0, -1)), ("ipow", (0, 0)), ("ipow", (3, 33)), ("ipow", (2, 64)), ("ipow", (-3, 3)), ("ipow", (2, 63)),
    ("builtin_pow", (2, -1)), ("builtin_pow", (5, 3)), ("builtin_pow", (0, -2)),
    ("count_range", (3, 4)), ("count_range", (2, -1)),
    ("upow", (3, 5)), ("upow", (2, 63)), ("upow", (2, 64)), ("upow", (2 ** 32 - 1, 1)),
    ("f32pow", (1.1, 10)), ("f32pow", (2.0, -3)), ("f32pow", (0.0, -1)), ("f32pow", (1.0001, 70000)),
    ("f32pow", (-1.5, 7)), ("f32pow", (3.0, 0)),
    ("pow32", (3, 5)), ("pow32", (-2, 31)), ("pow_u8", (3, 5)), ("pow_mixed", (2, 3)),
    ("pow_bool", (True, 5)), ("pow_bool", (False, -1)), ("pow_f32_i8", (1.5, 3)), ("pow_f32_i8", (2.0, -2)),
    ("literal_negative", ()), ("literal_folds", ()), ("literal_not_folded", ()), ("literal_float_power", ()),
]
