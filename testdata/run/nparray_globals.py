"""Module-level arrays frozen at build time (issue 26), as Numba freezes
a global array: lookup tables of np.array of nested lists with and
without dtype=, np.arange, np.zeros and np.ones of constant arguments,
read by indexing, len, .shape, iteration, reductions, slices, and passed
to another compiled function. pynjit evaluates them itself; the oracle
is the module run by CPython."""
import numpy as np
from numpy import array

from numba import njit

POPCNT = np.array([0, 1, 1, 2, 1, 2, 2, 3, 1, 2, 2, 3, 2, 3, 3, 4], dtype=np.uint8)
WEIGHTS = np.array([0.25, 0.5, 0.25])
MATRIX = np.array([[1, 2, 3], [4, 5, 6]])
CUBE = np.array([[[1.5, 2], [3, 4]], [[5, 6], [7, 8.25]]], dtype=np.float32)
MIXED = np.array([True, 2, 3.5])
FLAGS = np.array([True, False, True])
WRAPPED = np.array([np.int64(300), np.int16(-1)], dtype=np.uint8)
TRUNCATED = np.array([1.9, -2.9, 3], dtype=np.int16)
SCALE = 2.5
DERIVED = np.array([SCALE, SCALE * 2, -SCALE])
FROM_TUPLES = array([(1, 2), (3, 4), (5, 6)], dtype=np.int32)
RANGE = np.arange(10)
STEPS = np.arange(1, 20, 3, dtype=np.int8)
FRACTIONS = np.arange(0.0, 1.0, 0.1)
ZEROS = np.zeros((2, 3), dtype=np.int32)
ONES = np.ones(4)
BIG = np.array([2 ** 62, -(2 ** 62), 7])
UNSIGNED = np.array([2 ** 64 - 1, 5], dtype=np.uint64)
EMPTY = np.zeros(0)
DOWN = np.arange(10, 0, -3)
NONE = np.arange(5, 5)
CROSSING = np.arange(-7, 8, 5)
BACK = np.arange(2.0, -1.0, -0.7)
TRUTHS = np.array([0, 2, 0.5, -0.0], dtype=np.bool_)
NARROW = np.array([0.1, 1e40, -1e-50], dtype=np.float32)
GRID2 = np.array([np.arange(3), np.ones(3, dtype=np.int64)])


@njit("int64(int64)")
def popcount(x):
    n = 0
    while x:
        n += POPCNT[x & 15]
        x >>= 4
    return n


@njit("float64(float64[::1])")
def smooth(a):
    s = 0.0
    for i in range(len(WEIGHTS)):
        s += WEIGHTS[i] * a[i]
    return s


@njit("int64(int64, int64)")
def matrix_at(i, j):
    return MATRIX[i, j] + MATRIX.shape[0] * 100 + MATRIX.shape[1] * 1000


@njit("float64()")
def cube_sum():
    return CUBE.sum() + CUBE[1, 1, 1] + CUBE.ndim


@njit("float64()")
def mixed():
    return MIXED.sum() + FLAGS.sum() + len(FLAGS)


@njit("int64()")
def conversions():
    return int(WRAPPED[0]) * 1000 + int(WRAPPED[1]) + int(TRUNCATED[0]) * 10 + int(TRUNCATED[1]) * 100 + int(TRUNCATED[2])


@njit("float64()")
def derived():
    return DERIVED[0] + DERIVED[1] * 10 + DERIVED[2] * 100


@njit("int64()")
def iterate_rows():
    total = 0
    for row in FROM_TUPLES:
        total = total * 10 + row[1] - row[0]
    return total


@njit("int64(int64[:])")
def total(a):
    s = 0
    for x in a:
        s += x
    return s


@njit("int64()")
def passed():
    return total(RANGE) + total(RANGE[::2]) * 1000


@njit("int64()")
def ranges():
    return STEPS.sum() * 1000 + len(STEPS) + RANGE.max() * 100000


@njit("float64(int64)")
def fractions(i):
    return FRACTIONS[i] + len(FRACTIONS) * 10


@njit("float64()")
def filled():
    return ZEROS.sum() + ONES.sum() + ZEROS.shape[1] + len(EMPTY)


@njit("int64()")
def big():
    return BIG[0] + BIG[1] + BIG[2]


@njit("uint64()")
def unsigned():
    return UNSIGNED[0] - UNSIGNED[1]


@njit("float64()")
def reductions():
    return WEIGHTS.max() + WEIGHTS.min() * 10 + WEIGHTS.mean() * 100 + np.sum(MATRIX) * 1000


@njit("float64()")
def copied():
    c = WEIGHTS.copy()
    c[0] = 10.0
    return c.sum() + WEIGHTS[0]


@njit("float64()")
def arithmetic():
    return (WEIGHTS * 2.0 + ONES[:3]).sum()


@njit("float64()")
def more():
    s = 0.0
    for x in DOWN:
        s = s * 100.0 + x
    for i in range(len(BACK)):
        s += BACK[i] * 1000.0
    for t in TRUTHS:
        s = s * 2.0 + t
    return s + GRID2[0, 2] * 7.0 + GRID2[1].sum() + len(NONE) + CROSSING.sum() * 0.5 + len(CROSSING)


@njit("float32(int64)")
def narrow(i):
    return NARROW[i]


@njit("uint8[::1]()")
def returned():
    return POPCNT


CASES = [
    ("popcount", (0,)), ("popcount", (255,)), ("popcount", (12345678,)),
    ("smooth", (np.array([1.0, 2.0, 3.0]),)),
    ("matrix_at", (1, 2)), ("matrix_at", (-1, 0)),
    ("cube_sum", ()), ("mixed", ()), ("conversions", ()), ("derived", ()), ("iterate_rows", ()),
    ("passed", ()), ("ranges", ()), ("fractions", (3,)), ("fractions", (9,)), ("filled", ()),
    ("big", ()), ("unsigned", ()), ("reductions", ()), ("copied", ()), ("arithmetic", ()),
    ("more", ()), ("narrow", (0,)), ("narrow", (1,)), ("narrow", (2,)),
    ("returned", ()),
]
