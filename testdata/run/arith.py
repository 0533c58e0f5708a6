"""Arithmetic with Python's semantics: signs of // and %, true division,
powers, bit operations, and division by zero."""
from numba import njit


@njit("int64(int64, int64)")
def floordiv(a, b):
    return a // b


@njit("int64(int64, int64)")
def mod(a, b):
    return a % b


@njit("float64(float64, float64)")
def ffloordiv(a, b):
    return a // b


@njit("float64(float64, float64)")
def fmod_(a, b):
    return a % b


@njit("float64(int64, int64)")
def truediv(a, b):
    return a / b


@njit("float64(float64, float64)")
def ftruediv(a, b):
    return a / b


@njit("int64(int64)")
def cube(a):
    return a ** 3


@njit("int64(int64, int64)")
def ipow(a, b):
    return a ** b


@njit("float64(float64, float64)")
def fpow(a, b):
    return a ** b


@njit("int64(int64, int64)")
def bits(a, b):
    return (a & b) | (a ^ b) + (~a)


@njit("int64(int64, int64)")
def shl(a, b):
    return a << b


@njit("int64(int64, int64)")
def shr(a, b):
    return a >> b


@njit("float64(int64, float64)")
def mixed(a, x):
    return a * x - a + x / 2


@njit("int64(int64)")
def neg(a):
    return -a + +a - -a


@njit("int64(bool, bool)")
def boolsum(p, q):
    return p + q


@njit("UniTuple(int64, 4)(int64)")
def by_constants(a):
    # constant positive divisors take a shorter path: shifts and masks
    # for powers of two, a corrected truncating division for others
    return a // 8, a % 8, a // 10, a % 10


@njit("UniTuple(int64, 4)(int64)")
def by_one_and_big(a):
    return a // 1, a % 1, a // 4611686018427387904, a % 9223372036854775807


@njit("UniTuple(int32, 2)(int32)")
def narrow_by_constants(a):
    x = a
    x //= 4
    y = a
    y %= 7
    return x, y


CASES = [
    ("by_constants", (0,)), ("by_constants", (17,)), ("by_constants", (-17,)), ("by_constants", (-80,)), ("by_constants", (-1,)),
    ("by_constants", (9223372036854775807,)), ("by_constants", (-9223372036854775808,)),
    ("by_one_and_big", (-5,)), ("by_one_and_big", (-9223372036854775808,)), ("by_one_and_big", (9223372036854775807,)),
    ("narrow_by_constants", (-9,)), ("narrow_by_constants", (2147483647,)), ("narrow_by_constants", (-2147483648,)),
    ("floordiv", (7, 2)), ("floordiv", (-7, 2)), ("floordiv", (7, -2)), ("floordiv", (-7, -2)),
    ("floordiv", (0, 5)), ("floordiv", (5, 0)), ("floordiv", (-9223372036854775807, 1)),
    ("mod", (7, 3)), ("mod", (-7, 3)), ("mod", (7, -3)), ("mod", (-7, -3)), ("mod", (6, -3)), ("mod", (1, 0)),
    ("ffloordiv", (7.5, 2.0)), ("ffloordiv", (-7.5, 2.0)), ("ffloordiv", (7.5, -2.0)), ("ffloordiv", (-0.0, 3.0)),
    ("ffloordiv", (1.0, 0.0)), ("ffloordiv", (1.0, float("inf"))), ("ffloordiv", (-1.0, float("inf"))),
    ("fmod_", (7.5, 2.0)), ("fmod_", (-7.5, 2.0)), ("fmod_", (7.5, -2.0)), ("fmod_", (-6.0, 3.0)), ("fmod_", (6.0, -3.0)),
    ("fmod_", (1.0, 0.0)), ("fmod_", (-1.0, float("inf"))), ("fmod_", (float("nan"), 2.0)),
    ("truediv", (7, 2)), ("truediv", (-7, 2)), ("truediv", (1, 3)), ("truediv", (1, 0)),
    ("ftruediv", (1.0, 0.0)), ("ftruediv", (-0.0, 5.0)), ("ftruediv", (float("inf"), 2.0)),
    ("cube", (3,)), ("cube", (-4,)),
    ("ipow", (2, 10)), ("ipow", (-3, 3)), ("ipow", (0, 0)), ("ipow", (3, 39)), ("ipow", (3, 40)), ("ipow", (2, 63)),
    ("fpow", (2.0, 0.5)), ("fpow", (0.0, -1.0)), ("fpow", (-8.0, 3.0)), ("fpow", (2.0, 10000.0)),
    ("fpow", (float("nan"), 0.0)), ("fpow", (1.0, float("nan"))), ("fpow", (-0.0, 3.0)), ("fpow", (float("inf"), -1.0)),
    ("bits", (12, 10)), ("bits", (-12, 10)),
    ("shl", (1, 10)), ("shl", (3, -1)), ("shl", (-5, 2)),
    ("shr", (1024, 3)), ("shr", (-1024, 3)), ("shr", (-1, 100)), ("shr", (5, 64)), ("shr", (5, -2)),
    ("mixed", (3, 0.5)), ("mixed", (-2, 1e300)),
    ("neg", (5,)), ("neg", (-9223372036854775807,)),
    ("boolsum", (True, True)), ("boolsum", (False, True)),
]
