"""NumPy's scalar types called as functions in compiled code, as Numba
converts: np.int8(x) wraps a wider integer and truncates a float toward
zero, np.uint8(-1) is 255, np.float32(x) rounds, np.bool_(x) is x's
truth, np.complex128(x) has a zero imaginary part. (Of a NaN or a float
beyond int64, an integer type raises as NumPy does, where Numba gives
whatever the machine's conversion gives: docs/semantics.md.)"""
import numpy as np

from numba import njit


@njit("int64(float64)")
def to_int64(x):
    return np.int64(x)


@njit("int8(float64)")
def to_int8(x):
    return np.int8(x)


@njit("uint8(int64)")
def to_uint8(x):
    return np.uint8(x)


@njit("int16(int64)")
def to_int16(x):
    return np.int16(x)


@njit("uint64(int64)")
def to_uint64(x):
    return np.uint64(x)


@njit("uint64(float64)")
def to_uint64_of_float(x):
    return np.uint64(x)


@njit("float32(float64)")
def to_float32(x):
    return np.float32(x)


@njit("boolean(float64)")
def to_bool(x):
    return np.bool_(x)


@njit("complex128(int64)")
def to_complex(x):
    return np.complex128(x)


@njit("(float64, int64)")
def mixed(x, n):
    """The converted values in arithmetic: the types Numba gives them."""
    return np.int32(n) + np.int32(1), np.float32(x) * np.float32(2), np.uint16(n) - np.uint16(1)


@njit("float64(float64[:])")
def float32_sum(a):
    s = np.float32(0)
    for v in a:
        s += np.float32(v)
    return s


CASES = [
    ("to_int64", (3.7,)), ("to_int64", (-3.7,)), ("to_int64", (2.5,)), ("to_int64", (-0.0,)),
    ("to_int8", (3.7,)), ("to_int8", (-3.7,)), ("to_int8", (1000.0,)), ("to_int8", (-129.5,)),
    ("to_uint8", (-1,)), ("to_uint8", (300,)), ("to_uint8", (255,)),
    ("to_int16", (70000,)), ("to_int16", (-32769,)),
    ("to_uint64", (-1,)), ("to_uint64", (5,)),
    ("to_uint64_of_float", (1.8e19,)), ("to_uint64_of_float", (2.0 ** 63,)), ("to_uint64_of_float", (3.7,)),
    ("to_float32", (0.1,)), ("to_float32", (1e40,)), ("to_float32", (-1e-50,)),
    ("to_bool", (0.0,)), ("to_bool", (-0.0,)), ("to_bool", (0.5,)), ("to_bool", (float("nan"),)),
    ("to_complex", (3,)),
    ("mixed", (1.5, 7)), ("mixed", (-0.25, 0)),
    ("float32_sum", (np.array([0.1, 0.2, 0.3]),)),
]
