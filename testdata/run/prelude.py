"""NumPy functions pynjit compiles from its prelude (internal/lib/prelude):
np.cumsum, np.cumprod, np.diff and np.clip (and the methods a.cumsum(),
a.cumprod(), a.clip()), against NumPy's own, over int, unsigned, bool and
float dtypes (the result dtype included), empty arrays, NaN, 2-D and 3-D
arrays, and views with negative strides; and a.flatten(), which the
prelude's cumsum and cumprod flatten with. Each side gets its own arrays
from a lambda where a case needs a view."""
import numpy as np

from numba import njit


@njit(["int64[:](int32[:])", "int64[:](int64[:])", "int64[:](boolean[:])", "uint64[:](uint8[:])",
       "float32[:](float32[:])", "float64[:](float64[:])"])
def cumsum(a):
    return np.cumsum(a)


@njit(["int64[:](int32[:])", "int64[:](int64[:])", "float64[:](float64[:])"])
def cumprod(a):
    return np.cumprod(a)


@njit(["int64[:](int32[:, :])", "float64[:](float64[:, :, :])"])
def cumsum_nd(a):
    # NumPy flattens an array of more dimensions, in C order
    return np.cumsum(a)


@njit("float64[:](float64[:, :])")
def cumprod_2d(a):
    return np.cumprod(a)


@njit(["float64[:](float64[:, :])", "int64[:](int64[:, :, :])", "boolean[:](boolean[:, :])"])
def flatten(a):
    return a.flatten()


@njit("float64[:](float64[:, :])")
def flatten_is_a_copy(a):
    f = a.flatten()
    f[0] = -1.0
    return f


@njit("int64[:](int64[:])")
def cumsum_method(a):
    return a.cumsum()


@njit("float64[:](float64[:, :])")
def cumprod_method(a):
    return a.cumprod()


@njit("float64[:, :](float64[:, :], float64, float64)")
def clip_method(a, lo, hi):
    return a.clip(lo, hi)


@njit(["float64[:](float64[:])", "int32[:](int32[:])", "boolean[:](boolean[:])", "uint8[:](uint8[:])"])
def diff(a):
    return np.diff(a)


@njit(["float64[:](float64[:], int64)", "int64[:](int64[:], int64)", "boolean[:](boolean[:], int64)"])
def diff_n(a, n):
    return np.diff(a, n=n)


@njit(["float64[:, :](float64[:, :], int64)", "int32[:, :](int32[:, :], int64)", "boolean[:, :](boolean[:, :], int64)",
       "float64[:, :, :](float64[:, :, :], int64)"])
def diff_nd(a, n):
    # along the last axis
    return np.diff(a, n)


@njit("float64[:](float64[:], float64, float64)")
def clip(a, lo, hi):
    return np.clip(a, lo, hi)


@njit("float64[:](float64[:], float64, float64)")
def clip_nan_bound(a, lo, hi):
    return np.clip(a, lo, hi)


@njit("int64[:](int64[:])")
def clip_ints(a):
    return np.clip(a, -2, 3)


@njit("float64[:](int64[:])")
def clip_int_to_float(a):
    # a float bound makes the result float64, as in NumPy
    return np.clip(a, 0.5, 3)


@njit("float64[:, :](float64[:, :], float64[:], float64)")
def clip_2d(a, lo, hi):
    # an array bound broadcasts against a
    return np.clip(a, lo, hi)


@njit("float64(float64, float64, float64)")
def clip_scalar(x, lo, hi):
    return np.clip(x, lo, hi)


# scalar bounds are weak, as Python scalars are to NumPy 2 (NEP 50): of
# the array's kind or lower, the result keeps the array's dtype
@njit("int8[:](int8[:])")
def clip_int8(a):
    return np.clip(a, 0, 300)


@njit("int8[:, :](int8[:, :], int64, int64)")
def clip_int8_2d(a, lo, hi):
    return a.clip(lo, hi)


@njit("uint8[:](uint8[:])")
def clip_uint8(a):
    return np.clip(a, -1, 100)


@njit("int32[:](int32[:], int64, int64)")
def clip_int32(a, lo, hi):
    return np.clip(a, lo, hi)


@njit("float32[:](float32[:], float64, float64)")
def clip_float32(a, lo, hi):
    return np.clip(a, lo, hi)


@njit("float32[:](float32[:])")
def clip_float32_int_bounds(a):
    return np.clip(a, 0, 1)


@njit("uint16[:](uint16[:], boolean, int64)")
def clip_uint16_bool(a, lo, hi):
    return np.clip(a, lo, hi)


@njit("int64[:](boolean[:])")
def clip_bool_int_bounds(a):
    # an int bound is of a higher kind than bool: int64, as in NumPy
    return np.clip(a, 0, 1)


@njit("float64[:](int16[:])")
def clip_int16_float_bounds(a):
    return np.clip(a, -0.5, 2.5)


nan = float("nan")

# pynjit follows NumPy 2, where a NaN bound makes every element NaN
NUMPY2_ORACLE = {
    "clip_nan_bound": "NumPy 1.24 lets a NaN bound of np.clip clip nothing; NumPy 2 gives NaN",
    "clip_int8": "NumPy 1.24 casts a Python int bound by its value (300 makes int16); NumPy 2 keeps int8",
    "clip_uint8": "NumPy 1.24 casts a Python int bound by its value (-1 makes int16); NumPy 2 keeps uint8",
    "clip_float32": "NumPy 1.24 casts a Python float bound by its value (1e300 makes float64); NumPy 2 keeps float32",
}

CASES = [
    ("cumsum", (np.array([1, 2, 3, -4], dtype=np.int32),)),
    ("cumsum", (np.array([2**62, 2**62, 2**62], dtype=np.int64),)),  # wraps around, as NumPy's
    ("cumsum", (np.array([True, False, True, True]),)),
    ("cumsum", (np.array([200, 100, 7], dtype=np.uint8),)),
    ("cumsum", (np.array([0.1, 0.2, 0.3], dtype=np.float32),)),
    ("cumsum", (np.array([1.0, nan, 2.0]),)),
    ("cumsum", (np.zeros(0),)),
    ("cumsum", lambda: (np.arange(10.0)[::-3],)),
    ("cumprod", (np.array([1, 2, 3, -4], dtype=np.int32),)),
    ("cumprod", (np.array([3, 1 << 40, 1 << 40], dtype=np.int64),)),
    ("cumprod", (np.array([1.5, nan, 2.0]),)),
    ("cumprod", (np.zeros(0, dtype=np.int64),)),
    ("cumprod", lambda: (np.arange(1, 7)[::-1],)),
    ("cumsum_nd", (np.arange(6, dtype=np.int32).reshape(2, 3),)),
    ("cumsum_nd", lambda: (np.arange(6, dtype=np.int32).reshape(2, 3).T,)),
    ("cumsum_nd", lambda: (np.arange(24.0).reshape(2, 3, 4)[::-1, :, ::-2],)),
    ("cumsum_nd", (np.zeros((2, 0, 3)),)),
    ("cumprod_2d", lambda: (np.linspace(0.5, 2.0, 6).reshape(3, 2)[::-1],)),
    ("cumprod_2d", (np.array([[1.0, nan], [2.0, 3.0]]),)),
    ("flatten", (np.arange(6.0).reshape(2, 3),)),
    ("flatten", lambda: (np.arange(6.0).reshape(2, 3)[:, ::-1].T,)),
    ("flatten", (np.arange(24).reshape(2, 3, 4),)),
    ("flatten", (np.eye(3, dtype=np.bool_),)),
    ("flatten", (np.zeros((0, 4)),)),
    ("flatten_is_a_copy", (np.ones((2, 2)),)),
    ("cumsum_method", (np.array([5, -1, 3]),)),
    ("cumsum_method", lambda: (np.arange(5)[::-2],)),
    ("cumprod_method", (np.array([[1.0, 2.0], [3.0, 4.0]]),)),
    ("clip_method", (np.arange(6.0).reshape(2, 3), 1.0, 4.0)),
    ("clip_method", (np.arange(6.0).reshape(2, 3), 4.0, 1.0)),
    ("diff", (np.array([1.0, 4.0, nan, 2.0]),)),
    ("diff", (np.array([1, 5, -2], dtype=np.int32),)),
    ("diff", (np.array([True, False, False, True]),)),
    ("diff", (np.array([1, 5, 2], dtype=np.uint8),)),  # wraps around in uint8
    ("diff", (np.zeros(0),)), ("diff", (np.ones(1),)),
    ("diff", lambda: (np.arange(8.0)[::-2] ** 2,)),
    ("diff_n", (np.array([1.0, 4.0, 9.0, 16.0, 25.0]), 2)),
    ("diff_n", (np.array([1.0, 4.0, 9.0]), 0)),
    ("diff_n", (np.array([1.0, 4.0, 9.0]), 5)),
    ("diff_n", (np.array([1, 4, 9, 16], dtype=np.int64), 3)),
    ("diff_n", (np.array([True, False, True, True, False]), 2)),
    ("diff_n", lambda: (np.arange(10)[::-1] ** 2, 2)),
    ("diff_nd", (np.array([[1.0, 4.0, 9.0], [2.0, nan, 0.5]]), 1)),
    ("diff_nd", lambda: (np.arange(12.0).reshape(3, 4)[::-1, ::-2] ** 2, 1)),
    ("diff_nd", (np.arange(12, dtype=np.int32).reshape(3, 4) ** 2, 2)),
    ("diff_nd", (np.eye(3, dtype=np.bool_), 1)),
    ("diff_nd", (np.arange(24.0).reshape(2, 3, 4) ** 3, 2)),
    ("diff_nd", (np.ones((2, 3)), 5)), ("diff_nd", (np.ones((0, 3)), 1)), ("diff_nd", (np.ones((2, 3)), 0)),
    ("clip", (np.array([-1.0, 0.5, 2.0, nan]), 0.0, 1.0)),
    ("clip", (np.array([-1.0, 0.5, 2.0]), 1.0, 0.0)),  # lo > hi: every element is hi
    ("clip_nan_bound", (np.array([-1.0, 0.5]), nan, 1.0)), ("clip_nan_bound", (np.array([-1.0, 0.5]), 0.0, nan)),
    ("clip", (np.zeros(0), 0.0, 1.0)),
    ("clip", lambda: (np.linspace(-2.0, 2.0, 9)[::-2], -1.0, 1.5)),
    ("clip_ints", (np.arange(-5, 6),)),
    ("clip_int_to_float", (np.arange(-1, 5),)),
    ("clip_2d", (np.arange(12.0).reshape(3, 4), np.array([1.0, 2.0, 3.0, 4.0]), 8.0)),
    ("clip_2d", lambda: (np.arange(12.0).reshape(3, 4)[::-1, ::-1], np.array([9.0, 0.0, 3.0, 4.0]), 8.0)),
    ("clip_scalar", (5.0, 0.0, 2.0)), ("clip_scalar", (nan, 0.0, 2.0)), ("clip_scalar", (1.0, 3.0, 2.0)),
    ("clip_int8", (np.array([-100, 0, 7, 127], dtype=np.int8),)),
    ("clip_int8_2d", (np.arange(-6, 6, dtype=np.int8).reshape(3, 4), -2, 3)),
    ("clip_int8_2d", lambda: (np.arange(-6, 6, dtype=np.int8).reshape(3, 4)[::-1, ::2], 3, -2)),
    ("clip_uint8", (np.array([0, 5, 200, 255], dtype=np.uint8),)),
    ("clip_int32", (np.array([-3, 4, 20, 2**31 - 1], dtype=np.int32), 0, 10)),
    ("clip_float32", (np.array([0.1, 0.7, 2.0, -0.0, nan], dtype=np.float32), 0.3, 1.1)),
    ("clip_float32", (np.array([0.1, -0.0, 0.0, -3.5], dtype=np.float32), -0.0, 1e300)),
    ("clip_float32_int_bounds", (np.array([0.1, 0.7, 2.0, -1.0, nan], dtype=np.float32),)),
    ("clip_uint16_bool", (np.array([0, 1, 7, 65535], dtype=np.uint16), True, 9)),
    ("clip_bool_int_bounds", (np.array([True, False]),)),
    ("clip_int16_float_bounds", (np.array([-7, 0, 1, 2, 300], dtype=np.int16),)),
]
