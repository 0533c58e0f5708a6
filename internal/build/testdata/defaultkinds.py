"""Defaults of every kind a generated module writes, on int64 and
float64 parameters so that the extension module has each function too:
see defaultcheck.py."""
from numba import njit


@njit("int64(int64, int64)")
def none_default(x, y=None):
    """Takes None as y."""
    return x


@njit("int64(int64, int64)")
def big_default(x, y=123456789012345678901234567890):
    return x


@njit("int64(int64, int64)")
def min_default(x, y=-9223372036854775808):
    return x + y


@njit("int64(int64, int64)")
def bool_default(x, y=True):
    return x + y


@njit("float64(float64, float64)")
def nan_default(x, y=1e999 - 1e999):
    return x + y


@njit("float64(float64, float64)")
def inf_default(x, y=-1e999):
    return x + y


@njit("float64(float64, float64)")
def tiny_default(x, y=5e-324):
    return x + y


@njit("float64(float64, float64)")
def complex_default(x, y=-0.0 - 2.5j):
    return x


@njit("float64(float64, float64)")
def complex2_default(x, y=-1.5 + 2j):
    return x


@njit("int64(int64, int64)")
def tuple_default(x, y=(1, (-2.5, None), 1e999 - 3j, ())):
    return x
