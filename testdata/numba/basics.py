"""Where Numba defines what compiled code means: int64 wrap-around,
narrow integer results, declared result types that convert (and truncate)
the value returned, and the signature a call selects."""
import numpy as np

from numba import njit


@njit("int64(int64, int64)")
def add_wraps(a, b):
    return a + b


@njit("int64(int64, int64)")
def mul_wraps(a, b):
    return a * b


@njit("int32(int64)")
def narrow_result(x):
    return x + 1


@njit("uint8(int64)")
def byte_result(x):
    return x * 3


@njit("int16(float64)")
def float_to_int16(x):
    return x


@njit("float32(float64)")
def single_result(x):
    return x / 3.0


@njit("int64(int32, int32)")
def narrow_args(a, b):
    return a * b


@njit("uint64(uint64, uint64)")
def unsigned_sub(a, b):
    return a - b


@njit("float64(int64, int64)")
def true_div(a, b):
    return a / b


@njit("int64(int64, int64)")
def floor_div(a, b):
    return a // b + a % b


@njit(["int64(int64)", "float64(float64)"])
def twice(x):
    return x * 2


CASES = [
    ("add_wraps", (2 ** 62, 2 ** 62)), ("add_wraps", (-(2 ** 63), -1)), ("add_wraps", (3, 4)),
    ("mul_wraps", (2 ** 40, 2 ** 40)), ("mul_wraps", (-(2 ** 63), -1)),
    ("narrow_result", (2 ** 31 - 1,)), ("narrow_result", (4050851189,)), ("narrow_result", (-5,)),
    ("byte_result", (100,)), ("byte_result", (-1,)),
    ("float_to_int16", (3.75,)), ("float_to_int16", (-2.5,)),
    ("single_result", (1.0,)), ("single_result", (1e300,)),
    ("narrow_args", (2 ** 20, 2 ** 20)), ("narrow_args", (-7, 3)),
    ("unsigned_sub", (1, 2)), ("unsigned_sub", (2 ** 64 - 1, 1)),
    ("true_div", (7, 2)), ("true_div", (1, 0)),
    ("floor_div", (-7, 2)), ("floor_div", (7, -2)), ("floor_div", (1, 0)),
    ("twice", (3,)), ("twice", (1.5,)),
]
