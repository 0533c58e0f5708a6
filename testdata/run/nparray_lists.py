"""np.array of list and tuple displays inside compiled functions (issue
26): numbers and nested lists, the dtype NumPy (and Numba) promote the
items to, dtype= with the cast of each item, tuples, and lists of
tuples. The oracle is NumPy's np.array of the same display."""
import numpy as np
from numpy import array

from numba import njit


@njit("float64[::1](float64)")
def floats(x):
    return np.array([1.0, 2.0, x])


@njit("int64[::1](int64)")
def ints(x):
    return np.array([1, 2, x])


@njit("float64[::1](int64)")
def int_float(x):
    return np.array([1, 2.5, x])


@njit("int64[::1](int64)")
def bool_int(x):
    return np.array([True, 2, x])


@njit("boolean[::1](boolean)")
def bools(x):
    return np.array([True, False, x])


@njit("int64[:, ::1](int64)")
def nested(x):
    return np.array([[1, 2], [3, x]])


@njit("int64[:, :, ::1](int64)")
def nested3(x):
    return np.array([[[1, 2], [3, x]], [[5, 6], [7, 8]]])


@njit("float32[::1](float64)")
def as_float32(x):
    return np.array([x, 2.0, 1e-7], dtype=np.float32)


@njit("uint8[::1](int64)")
def as_uint8(x):
    return np.array([x, 2, 255], dtype=np.uint8)


@njit("int64[::1](float64)")
def truncated(x):
    return np.array([x, 2.7, -3.9], dtype=np.int64)


@njit("int16[::1](int64)")
def positional_dtype(x):
    return np.array([x, 2], np.int16)


@njit("int64[::1](int64)")
def a_tuple(x):
    return np.array((1, 2, x))


@njit("float64[::1](int64)")
def mixed_tuple(x):
    return np.array((1, 2.5, x))


@njit("int64[:, ::1](int64)")
def list_of_tuples(x):
    return np.array([(1, 2), (3, x)])


@njit("int16[::1](uint8, int8)")
def u8_i8(x, y):
    return np.array([x, y])


@njit("int32[::1](uint16, int8)")
def u16_i8(x, y):
    return np.array([x, y])


@njit("int64[::1](uint32, int32)")
def u32_i32(x, y):
    return np.array([x, y])


@njit("int32[::1](int8, int32)")
def i8_i32(x, y):
    return np.array([x, y])


@njit("float64[::1](int32, float32)")
def i32_f32(x, y):
    return np.array([x, y])


@njit("float32[::1](int16, float32)")
def i16_f32(x, y):
    return np.array([x, y])


@njit("float64[::1](uint64)")
def uint64_int64(x):
    return np.array([x, 1])


@njit("float64[::1](float64)")
def imported(x):
    return array([x, x * 2.0])


@njit("int64(int64)")
def long_table(i):
    t = np.array([0, 1, 1, 2, 1, 2, 2, 3, 1, 2, 2, 3, 2, 3, 3, 4, 1, 2, 2, 3, 2, 3, 3, 4, 2, 3, 3, 4, 3, 4, 4, 5],
                 dtype=np.uint8)
    return t[i] + t[31 - i]


@njit("float64(float64)")
def long_matrix(x):
    m = np.array([[x, 1.0, 2.0, 3.0, 4.0, 5.0], [6.0, 7.0, 8.0, 9.0, 10.0, 11.0], [12.0, 13.0, 14.0, 15.0, 16.0, 17.0]])
    return m.sum() + m[2, 5] * m.shape[1]


@njit("float64(float64)")
def used(x):
    w = np.array([0.25, 0.5, 0.25])
    s = 0.0
    for i in range(len(w)):
        s += w[i] * x
    return s + w.sum()


CASES = [
    ("floats", (3.0,)), ("floats", (-0.0,)), ("ints", (3,)), ("ints", (-(2 ** 63),)), ("int_float", (3,)),
    ("bool_int", (3,)), ("bools", (True,)), ("bools", (False,)),
    ("nested", (4,)), ("nested3", (4,)),
    ("as_float32", (1.5,)), ("as_float32", (1e40,)), ("as_uint8", (7,)), ("truncated", (1.5,)), ("truncated", (-0.5,)),
    ("positional_dtype", (300,)),
    ("a_tuple", (3,)), ("mixed_tuple", (3,)), ("list_of_tuples", (4,)),
    ("u8_i8", (np.uint8(3), np.int8(-2))), ("u16_i8", (np.uint16(60000), np.int8(-2))),
    ("u32_i32", (np.uint32(4000000000), np.int32(-2))), ("i8_i32", (np.int8(3), np.int32(-2))),
    ("i32_f32", (np.int32(3), np.float32(1.5))), ("i16_f32", (np.int16(3), np.float32(1.5))),
    ("uint64_int64", (np.uint64(3),)),
    ("imported", (1.25,)),
    ("long_table", (0,)), ("long_table", (5,)), ("long_table", (31,)),
    ("long_matrix", (0.5,)), ("used", (2.0,)),
]
