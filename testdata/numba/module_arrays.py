"""Module-level arrays are frozen as Numba freezes a global array (issue
26): lookup tables of np.array with dtype=, nested lists, np.arange,
np.zeros and np.ones, read by indexing, len, .shape, iteration,
reductions, and passed to another compiled function; and np.array of
list displays inside compiled functions, with the dtype Numba unifies
the items to."""
import numpy as np
from numba import njit

POPCNT = np.array([0, 1, 1, 2, 1, 2, 2, 3, 1, 2, 2, 3, 2, 3, 3, 4], dtype=np.uint8)
GRID = np.array([[1.5, 2.0], [3.0, 4.5]])
SMALL = np.array([1, -2, 3], dtype=np.int8)
RANGE = np.arange(5)
ZEROS = np.zeros((2, 2), dtype=np.float32)
ONES = np.ones(3, dtype=np.int32)


@njit("int64(int64)")
def popcount(x):
    n = 0
    while x:
        n += POPCNT[x & 15]
        x >>= 4
    return n


@njit("uint8(int64)")
def table_item(i):
    return POPCNT[i]


@njit("float64(int64)")
def grid(i):
    return GRID[i, 1] + GRID.shape[0] + len(GRID)


@njit("int8(int64)")
def small_item(i):
    return SMALL[i]


@njit("int64()")
def small_sum():
    return SMALL.sum()


@njit("float64()")
def rows():
    s = 0.0
    for row in GRID:
        s = s * 10.0 + row[0]
    return s


@njit
def total(a):
    return a.sum()


@njit("int64()")
def passed():
    return total(RANGE) + RANGE.max()


@njit("float32()")
def zeros_sum():
    return ZEROS.sum()


@njit("int64()")
def ones_sum():
    return ONES.sum() + len(ONES)


@njit("float64[::1](float64)")
def display(x):
    return np.array([1, 2.5, x])


@njit("int64[:, ::1](int64)")
def nested_display(x):
    return np.array([[1, 2], [3, x]])


@njit("int16[::1](uint8, int8)")
def promoted(x, y):
    return np.array([x, y])


@njit("float32[::1](int64)")
def with_dtype(x):
    return np.array([x, 2, 3], dtype=np.float32)


CASES = [
    ("popcount", (0,)), ("popcount", (255,)), ("popcount", (123456789,)),
    ("table_item", (3,)), ("table_item", (15,)), ("grid", (0,)), ("grid", (1,)),
    ("small_item", (1,)), ("small_sum", ()), ("rows", ()), ("passed", ()), ("zeros_sum", ()), ("ones_sum", ()),
    ("display", (0.5,)), ("nested_display", (4,)), ("promoted", (np.uint8(200), np.int8(-3))), ("with_dtype", (7,)),
]
