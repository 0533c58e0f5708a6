"""Every way of asking for compilation, and every source of signatures:
decorator strings (one or a list), numba.njit, jit(nopython=True),
wrappers bound to new names, annotations, and narrow integer and float
types with Numba's promotion."""
import numba
from numba import jit, njit


@numba.njit("float64(float64, float64)")
def attr_form(x, y):
    return x * y


@jit("int64(int64)", nopython=True)
def jit_nopython(n):
    return n * 2 + 1


def plain_square(x):
    return x * x


square = njit("int64(int64)")(plain_square)


def plain_cube(x):
    return x * x * x


cube = jit("float64(float64)", nopython=True)(plain_cube)


@njit
def annotated(a: int, x: float) -> float:
    return a + x


@njit("int32(int32, int32)")
def narrow_add(a, b):
    return a + b


@njit("float32(float32, float32)")
def single_mul(a, b):
    return a * b


@njit("uint64(uint64, uint64)")
def unsigned_mod(a, b):
    return a % b


@njit("int64(int8, int16)")
def widen(a, b):
    return a * b


CASES = [
    ("attr_form", (1.5, 4.0)), ("jit_nopython", (20,)),
    ("square", (12,)), ("square", (-3,)), ("cube", (1.5,)),
    ("annotated", (2, 0.25)),
    ("narrow_add", (100, 23)), ("narrow_add", (-5, 2)),
    ("single_mul", (1.5, 2.0)),
    ("unsigned_mod", (17, 5)), ("unsigned_mod", (17, 0)),
    ("widen", (-100, 300)),
]
