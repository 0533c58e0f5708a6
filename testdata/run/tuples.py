"""Tuples as values, constants, arguments and results: packing and
unpacking, indexing with constants, len, nesting, and heterogeneous
element types."""
import math

from numba import njit

ORIGIN = (0, 0)


@njit("UniTuple(int64, 2)(int64, int64)")
def divmod_(a, b):
    return a // b, a % b


@njit("Tuple((int64, float64))(int64, float64)")
def mixed(n, x):
    return n * 2, x / 2


@njit("UniTuple(int64, 2)(UniTuple(int64, 2))")
def swap(p):
    a, b = p
    return b, a


@njit("int64(UniTuple(int64, 3))")
def sum3(t):
    return t[0] + t[1] + t[2] + len(t)


@njit("int64(UniTuple(int64, 3))")
def last(t):
    return t[-1] - t[-3]


@njit("Tuple((float64, Tuple((int64, boolean))))(UniTuple(int64, 2), float64)")
def nested(p, x):
    q, r = p
    return x * q, (r, q > r)


@njit("UniTuple(float64, 2)(float64, float64, float64)")
def quadratic(a, b, c):
    d = (b * b - 4 * a * c) ** 0.5
    return (-b + d) / (2 * a), (-b - d) / (2 * a)


@njit("UniTuple(int64, 2)(int64)")
def fib_pair(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a, b


@njit("int64(int64, int64)")
def via_tuple(x, y):
    t = (x, y, x * y)
    u, v, w = t
    return u + v + w


@njit("UniTuple(int64, 2)()")
def origin():
    return ORIGIN


@njit("Tuple((boolean, boolean))(float64)")
def signs(x):
    return x > 0, x < 0


@njit
def minmax(a, b):
    if a < b:
        return a, b
    return b, a


@njit("int64(int64, int64)")
def spread(a, b):
    lo, hi = minmax(a, b)
    return hi - lo


@njit("UniTuple(int64, 2)(int64, int64)")
def divmod_int(a, b):
    return divmod(a, b)


@njit("UniTuple(float64, 2)(float64, float64)")
def divmod_float(a, b):
    return divmod(a, b)


@njit("Tuple((float64, int64))(float64)")
def frexp_(x):
    return math.frexp(x)


@njit("UniTuple(float64, 2)(float64)")
def modf_(x):
    return math.modf(x)


@njit("int64(int64, int64, int64)")
def powmod(a, b, m):
    return pow(a, b, m)


@njit("int64(int64)")
def pow_const(a):
    return pow(a, 3)


@njit("int64(int64, int64)")
def pow_var(a, b):
    return pow(a, b)


@njit("complex128(complex128, float64)")
def scale_c(z, k):
    return z * k + 1j


CASES = [
    ("scale_c", (1 + 2j, 3.0)), ("scale_c", (-0.5j, -2.0)),
    ("divmod_int", (7, 2)), ("divmod_int", (-7, 2)), ("divmod_int", (7, -2)), ("divmod_int", (7, 0)),
    ("divmod_float", (7.5, 2.0)), ("divmod_float", (-7.5, 2.0)), ("divmod_float", (7.5, -0.0)), ("divmod_float", (1.0, float("inf"))),
    ("frexp_", (8.0,)), ("frexp_", (-0.1,)), ("frexp_", (0.0,)), ("frexp_", (float("inf"),)),
    ("modf_", (2.5,)), ("modf_", (-2.5,)), ("modf_", (float("inf"),)), ("modf_", (-0.0,)),
    ("powmod", (3, 200, 13)), ("powmod", (-3, 5, 7)), ("powmod", (3, 5, -7)), ("powmod", (3, -1, 7)),
    ("powmod", (2, -1, 4)), ("powmod", (5, 3, 0)), ("powmod", (2**62, 2**62, 2**61 - 1)), ("powmod", (7, 0, 1)),
    ("pow_const", (-4,)), ("pow_var", (2, 5)), ("pow_var", (-3, 3)),
    ("divmod_", (7, 2)), ("divmod_", (-7, 2)), ("divmod_", (7, -2)), ("divmod_", (7, 0)),
    ("mixed", (3, 5.0)), ("mixed", (-1, -0.0)),
    ("swap", ((1, 2),)), ("swap", ((-5, 9),)),
    ("sum3", ((1, 2, 3),)), ("last", ((10, 20, 35),)),
    ("nested", ((7, 3), 1.5)), ("nested", ((2, 9), -1.0)),
    ("quadratic", (1.0, -3.0, 2.0)), ("quadratic", (2.0, 4.0, -6.0)),
    ("fib_pair", (10,)), ("fib_pair", (0,)),
    ("via_tuple", (3, 4)),
    ("origin", ()),
    ("signs", (2.5,)), ("signs", (-0.0,)), ("signs", (float("nan"),)),
    ("spread", (3, 10)), ("spread", (10, 3)),
]
