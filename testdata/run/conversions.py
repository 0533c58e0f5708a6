"""Conversions between scalar types: int(), float(), bool() of every
kind, the narrower integer and float widths of signatures (results
convert to the declared type, as in Numba), and mixed arithmetic."""
import math

import numpy as np

from numba import njit


@njit("int64(float64)")
def int_of_float(x):
    return int(x)


@njit("int64(boolean)")
def int_of_bool(b):
    return int(b) + b


@njit("float64(int64)")
def float_of_int(n):
    return float(n)


@njit("float64(boolean)")
def float_of_bool(b):
    return float(b)


@njit("boolean(int64)")
def bool_of_int(n):
    return bool(n)


@njit("boolean(float64)")
def bool_of_float(x):
    return bool(x)


@njit("int32(int32, int32)")
def add32(a, b):
    return a + b


@njit("uint8(uint8, uint8)")
def add_u8(a, b):
    return a + b


@njit("int16(int64)")
def narrow16(n):
    return n


@njit("float32(float32, float32)")
def mul32(a, b):
    return a * b


@njit("float64(int32, float32)")
def mixed_widths(a, x):
    return a / x


@njit("int64(uint32, int8)")
def unsigned_signed(a, b):
    return a + b


@njit("float64(boolean, int64, float64)")
def mixed_sum(b, n, x):
    return b + n + x


@njit("float64(int64, int64)")
def ratio(a, b):
    return a / b


@njit("int64(int64, int64)")
def ratio_as_int(a, b):
    # a float result returned as the declared int64 converts as int() does
    return a / b


@njit("int64(int64[:], float64)")
def store_float_in_int_array(b, x):
    b[0] = x  # NumPy converts as int() does: ValueError for NaN
    return b[0]


@njit("int32(float64)")
def float_as_int32(x):
    return x


# A conversion followed by comparisons and a branch is checked as part of
# the branch (codegen's deferred checks): on the true side only when the
# condition holds, before the false side otherwise. The cases fail and
# succeed on either side, and an exact -2**63 (a failure marker that is
# no failure) must take the side its condition says.
@njit("int64(float64, int64)")
def bin_of(x, n):
    k = int(x * n)
    if 0 <= k < n:
        return k
    return -1


@njit("int64(float64)")
def sign_after_int(x):
    k = int(x)
    if k < 0:
        return -1
    return 1


@njit("int64(float64)")
def branch_not_on_k(x):
    k = math.floor(x)
    positive = x > 0.0
    if positive:
        return 1
    return k


@njit("int64(float64[::1], int64[::1])")
def histogram(x, counts):
    for i in range(x.shape[0]):
        k = int(x[i] * counts.shape[0])
        if 0 <= k < counts.shape[0]:
            counts[k] += 1
    return counts.sum()


@njit("int64(float64)")
def sqrt_then_branch(x):
    r = math.sqrt(x)
    if r > 1.0:
        return 1
    return 0


@njit("int64(float64)")
def sin_then_branch(x):
    s = math.sin(x)
    if s == s:
        return 1
    return 0


CASES = [
    ("ratio_as_int", (7, 2)), ("ratio_as_int", (-7, 2)), ("ratio_as_int", (1, 0)),
    ("store_float_in_int_array", lambda: (np.zeros(3, dtype=np.int64), 2.75)),
    ("store_float_in_int_array", lambda: (np.zeros(3, dtype=np.int64), -2.75)),
    ("store_float_in_int_array", lambda: (np.zeros(3, dtype=np.int64), float("nan"))),
    ("float_as_int32", (3.9,)), ("float_as_int32", (-3.9,)),
    ("ratio", (14472334024676221, 8944394323791464)), ("ratio", (2 ** 63 - 1, 3)), ("ratio", (-(2 ** 63), 7)),
    ("ratio", (2 ** 53 + 1, 1)), ("ratio", (-(2 ** 62) - 1, -(2 ** 61) - 3)), ("ratio", (1, 2 ** 62 + 1)), ("ratio", (0, -5)),
    ("int_of_float", (2.99,)), ("int_of_float", (-2.99,)), ("int_of_float", (-0.0,)), ("int_of_float", (1e18,)),
    # the edges of the inline conversion: NaN, infinities and exactly -2**63
    # (which x86-64's conversion returns for every failure too)
    ("int_of_float", (float("nan"),)), ("int_of_float", (float("inf"),)), ("int_of_float", (float("-inf"),)),
    ("int_of_float", (-9223372036854775808.0,)), ("int_of_float", (-9223372036854774784.0,)),
    ("int_of_float", (9223372036854774784.0,)),
    ("bin_of", (0.25, 8)), ("bin_of", (-0.25, 8)), ("bin_of", (1.5, 8)), ("bin_of", (float("nan"), 8)),
    ("bin_of", (float("inf"), 8)), ("bin_of", (float("-inf"), 8)),
    ("bin_of", (-9223372036854775808.0, 1)),
    ("sign_after_int", (2.5,)), ("sign_after_int", (-2.5,)), ("sign_after_int", (-9223372036854775808.0,)),
    ("sign_after_int", (float("nan"),)), ("sign_after_int", (float("-inf"),)),
    ("branch_not_on_k", (2.5,)), ("branch_not_on_k", (-2.5,)), ("branch_not_on_k", (float("inf"),)),
    ("branch_not_on_k", (float("-inf"),)), ("branch_not_on_k", (float("nan"),)),
    ("branch_not_on_k", (-9223372036854775808.0,)),
    ("histogram", lambda: (np.array([0.1, 0.5, 0.9, -0.3, 1.7, 0.5]), np.zeros(4, dtype=np.int64))),
    # the exception stops the loop where CPython stops: counts has the first two
    ("histogram", lambda: (np.array([0.1, 0.5, float("nan"), 0.7]), np.zeros(4, dtype=np.int64))),
    ("histogram", lambda: (np.array([0.3, float("-inf"), 0.7]), np.zeros(4, dtype=np.int64))),
    ("sqrt_then_branch", (4.0,)), ("sqrt_then_branch", (0.25,)), ("sqrt_then_branch", (-1.0,)),
    ("sqrt_then_branch", (float("nan"),)), ("sqrt_then_branch", (float("-inf"),)), ("sqrt_then_branch", (-0.0,)),
    ("sin_then_branch", (1.0,)), ("sin_then_branch", (float("nan"),)), ("sin_then_branch", (float("inf"),)),
    ("int_of_bool", (True,)), ("int_of_bool", (False,)),
    ("float_of_int", (2 ** 53 + 1,)), ("float_of_int", (-7,)),
    ("float_of_bool", (True,)),
    ("bool_of_int", (0,)), ("bool_of_int", (-3,)),
    ("bool_of_float", (0.0,)), ("bool_of_float", (-0.0,)), ("bool_of_float", (float("nan"),)),
    ("add32", (2 ** 30, 2 ** 30)), ("add32", (-5, 3)),
    ("add_u8", (200, 100)), ("add_u8", (1, 2)),
    ("narrow16", (70000,)), ("narrow16", (-1,)),
    ("mul32", (1.5, 3.0)), ("mul32", (3e38, 10.0)), ("mul32", (-0.0, 2.0)),
    ("mixed_widths", (7, 2.0)), ("mixed_widths", (1, 3.0)),
    ("unsigned_signed", (4000000000, -100)),
    ("mixed_sum", (True, 2, 0.5)),
]
