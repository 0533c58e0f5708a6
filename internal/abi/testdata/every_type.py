"""Every type the C ABI passes, as argument and result, for
scripts/ir_identical.sh --abi: each scalar type, arrays of each element
type, layouts and dimensions, tuples (of bools too, nested and with
arrays), None, complex128, names C reserves."""
import numpy as np
from numba import njit


@njit(["int8(int8)", "int16(int16)", "int32(int32)", "int64(int64)",
       "uint8(uint8)", "uint16(uint16)", "uint32(uint32)", "uint64(uint64)",
       "float32(float32)", "float64(float64)", "boolean(boolean)", "complex128(complex128)"])
def same(x):
    return x


@njit("float64(int64, float64)")
def fast(n, x):
    return n * x


@njit("boolean(float64)")
def positive(x):
    return x > 0


@njit("none(int64)")
def nothing(n):
    pass


@njit(["int8[:](int8[:])", "int16[:, :](int16[:, :])", "int32[:, :, ::1](int32[:, :, ::1])",
       "int64[::1, :](int64[::1, :])", "uint8[:](uint8[:])", "uint16[:](uint16[:])",
       "uint32[:](uint32[:])", "uint64[:, :, :, :](uint64[:, :, :, :])", "float32[::1](float32[::1])",
       "float64[:](float64[:])", "boolean[:](boolean[:])", "complex128[:](complex128[:])"])
def view(a):
    return a


@njit("float64[:](int64)")
def fresh(n):
    return np.zeros(n)


@njit("UniTuple(boolean, 2)(Tuple((int64, boolean, float64)), UniTuple(UniTuple(int64, 2), 2))")
def tuples(t, u):
    return t[1], u[0][0] > u[1][1]


@njit("float64(Tuple((float64[:], int64)))")
def with_array(t):
    return t[0][t[1]]


@njit("int64(int64, int64, int64)")
def double(new, int64_t, pynjit_array):
    return new + int64_t + pynjit_array


@njit("float64(float64, float64)")
def defaults(x, y=2.5):
    return x + y


@njit("int64(int8[:], int16[:, :], int32[:, :, ::1], int64[::1, :], uint8[:], uint16[:], uint32[:], "
      "uint64[:, :, :, :], float32[::1], float64[:], boolean[:], complex128[:])")
def arrays(a, b, c, d, e, f, g, h, i, j, k, m):
    return a.size + b.size + c.size + d.size + e.size + f.size + g.size + h.size + i.size + j.size + k.size + m.size


@njit("boolean[:](float64[:])")
def mask(a):
    return a > 0
