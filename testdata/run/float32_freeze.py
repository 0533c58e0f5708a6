"""Integers frozen into float32 arrays and scalars, rounded as NumPy
rounds them: a NumPy integer (an int64 or uint64 array or scalar) once,
to the nearest float32; a Python int through float64 first, as NumPy
converts a Python int. The values sit just above a float32 tie, where
rounding through float64 first lands on the tie and then rounds to
even."""
import numpy as np

from numba import njit

TIE53 = 2 ** 53 + 2 ** 29 + 1
TIE62 = 2 ** 62 + 2 ** 38 + 1
TIE63 = 2 ** 63 + 2 ** 39 + 1
INT64S = np.array([TIE53, -TIE53, TIE62, -TIE62, 2 ** 63 - 1, 16777217, 3], dtype=np.int64)
FROM_INT64 = np.array(INT64S, dtype=np.float32)
FROM_UINT64 = np.array(np.array([TIE63, TIE53, 2 ** 64 - 1], dtype=np.uint64), dtype=np.float32)
SCALARS = np.array([np.int64(TIE53), np.int64(-TIE62), np.uint64(TIE63), np.int32(16777217)], dtype=np.float32)
PY_INTS = np.array([TIE53, -TIE53, TIE62, 16777217], dtype=np.float32)
AS_FLOAT64 = np.array(INT64S, dtype=np.float64)
PY_SCALAR = np.float32(TIE53)


@njit("float64(int64)")
def from_int64(i):
    return float(FROM_INT64[i])


@njit("float64(int64)")
def from_uint64(i):
    return float(FROM_UINT64[i])


@njit("float64(int64)")
def scalars(i):
    return float(SCALARS[i])


@njit("float64(int64)")
def py_ints(i):
    return float(PY_INTS[i])


@njit("float64(int64)")
def as_float64(i):
    return AS_FLOAT64[i]


@njit("float64()")
def py_scalar():
    return float(PY_SCALAR)


CASES = [("from_int64", (i,)) for i in range(7)] + [("from_uint64", (i,)) for i in range(3)] + \
    [("scalars", (i,)) for i in range(4)] + [("py_ints", (i,)) for i in range(4)] + \
    [("as_float64", (i,)) for i in range(7)] + [("py_scalar", ())]
