"""Module-level values are frozen as Numba freezes them (issue 26): the
value a global has at import, with Numba's type of it (a Python int is
int64, uint64 above int64's range; a NumPy scalar keeps its type; a
tuple of numbers is a tuple), computed by pynjit from a safe subset of
module-level expressions without running the module."""
import math

import numpy as np
from numba import njit

EPS = 1e-8 * 2
N = 2 ** 10
THIRD = N // 3
MASK = (1 << 32) - 1
NEG_MOD = -7 % 3
FMOD = -7.5 % 2.0
FDIV = -7.5 // 2.0
RATIO = 7 / 2
BIG = 2 ** 63
zero = np.int32(0)
small = np.int8(-5)
half32 = np.float32(0.1)
FLOAT32_MAX = np.finfo(np.float32).max
F32_EPS = np.finfo(np.float32).eps
F64_TINY = np.finfo(np.float64).tiny
I64_MAX = np.iinfo(np.int64).max
I32_MIN = np.iinfo(np.int32).min
U64_MAX = np.iinfo(np.uint64).max
SQRT2 = math.sqrt(2)
TAU = math.tau
SHAPE = (3, N // 512)
SCALE = float(N) / 3
LIMIT = int(2.9e3)
TWO_PI = 2 * np.pi
INV = ~MASK


@njit("float64(float64)")
def eps_scaled(x):
    return x * EPS + SCALE


@njit("int64(int64)")
def int_consts(x):
    return x * N + THIRD - MASK + NEG_MOD + LIMIT + INV


@njit("float64(float64)")
def float_consts(x):
    return x * FMOD + FDIV + RATIO + SQRT2 + TAU + TWO_PI


@njit
def big():
    return BIG


@njit
def u64_max():
    return U64_MAX


@njit
def limits():
    return I64_MAX, I32_MIN


@njit
def f32_max():
    return FLOAT32_MAX


@njit
def f32_eps():
    return F32_EPS


@njit
def f64_tiny():
    return F64_TINY


@njit
def int32_zero():
    return zero


@njit
def int8_small():
    return small


@njit
def float32_half():
    return half32


@njit
def shape():
    return SHAPE


@njit("int64(int64)")
def add_int32(x):
    return x + zero


CASES = [
    ("eps_scaled", (3.0,)), ("int_consts", (2,)), ("float_consts", (1.5,)),
    ("big", ()), ("u64_max", ()), ("limits", ()),
    ("f32_max", ()), ("f32_eps", ()), ("f64_tiny", ()),
    ("int32_zero", ()), ("int8_small", ()), ("float32_half", ()),
    ("shape", ()), ("add_int32", (41,)),
]

# the functions without parameters get their (empty) argument types from
# these calls, under Numba and pynjit alike
big(), u64_max(), limits(), f32_max(), f32_eps(), f64_tiny()
int32_zero(), int8_small(), float32_half(), shape()
