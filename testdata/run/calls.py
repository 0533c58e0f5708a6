"""Calls between functions of one file: helpers without signatures typed
from their call sites, recursion, mutual recursion, builtins and module
constants."""
from numba import njit

SCALE = 3
OFFSET = -2.5
LIMIT = SCALE * 10


@njit
def helper(x, y):
    return x * SCALE + y


@njit("float64(int64, float64)")
def use_helper(a, b):
    return helper(a, 1) + helper(b, OFFSET)


@njit("int64(int64)")
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


@njit
def is_even(n):
    if n == 0:
        return True
    return is_odd(n - 1)


@njit
def is_odd(n):
    if n == 0:
        return False
    return is_even(n - 1)


@njit("bool(int64)")
def parity(n):
    return is_even(n)


@njit("int64(int64, int64)")
def gcd_rec(a, b):
    if b == 0:
        return a
    return gcd_rec(b, a % b)


@njit("int64(int64)")
def clamp(x):
    return min(max(x, -LIMIT), LIMIT)


@njit("float64(float64, float64, float64)")
def fmin3(a, b, c):
    return min(a, b, c)


@njit("float64(float64, float64)")
def fmax2(a, b):
    return max(a, b)


@njit("int64(int64)")
def iabs(x):
    return abs(x)


@njit("float64(float64)")
def fabs_(x):
    return abs(x)


@njit("int64(float64)")
def to_int(x):
    return int(x)


@njit("float64(int64)")
def to_float(x):
    return float(x)


@njit("bool(float64)")
def to_bool(x):
    return bool(x)


@njit("int64(float64)")
def round0(x):
    return round(x)


@njit("float64(float64, int64)")
def roundn(x, n):
    return round(x, n)


@njit("int64(int64, int64)")
def round_int(x, n):
    return round(x, n)


@njit
def digits(a, b, c):
    return a * 100 + b * 10 + c


@njit("int64(int64)")
def keywords(x):
    # Keyword arguments bind by name; they are evaluated left to right.
    return digits(x, c=3, b=x + 1) - digits(c=1, a=2, b=x)


CASES = [
    ("keywords", (4,)), ("keywords", (-7,)),
    ("use_helper", (2, 1.5)), ("use_helper", (-4, 0.25)),
    ("fib", (10,)), ("fib", (20,)), ("fib", (0,)),
    ("parity", (10,)), ("parity", (7,)),
    ("gcd_rec", (48, 18)), ("gcd_rec", (17, 5)),
    ("clamp", (100,)), ("clamp", (-100,)), ("clamp", (7,)),
    ("fmin3", (3.0, 1.0, 2.0)), ("fmin3", (float("nan"), 1.0, 2.0)), ("fmin3", (1.0, float("nan"), 0.5)),
    ("fmax2", (-0.0, 0.0)), ("fmax2", (0.0, -0.0)),
    ("iabs", (-5,)), ("iabs", (5,)), ("fabs_", (-0.0,)), ("fabs_", (-2.5,)),
    ("to_int", (2.9,)), ("to_int", (-2.9,)), ("to_int", (float("nan"),)), ("to_int", (float("inf"),)),
    ("to_float", (7,)), ("to_bool", (0.0,)), ("to_bool", (0.1,)),
    ("round0", (0.5,)), ("round0", (1.5,)), ("round0", (2.5,)), ("round0", (-0.5,)), ("round0", (-1.5,)),
    ("round0", (2.675,)), ("round0", (float("nan"),)), ("round0", (float("-inf"),)),
    ("roundn", (2.675, 2)), ("roundn", (1.005, 2)), ("roundn", (0.125, 2)), ("roundn", (-0.125, 2)), ("roundn", (123.456, 0)),
    ("roundn", (1250.0, -2)), ("roundn", (1350.0, -2)), ("roundn", (float("inf"), 2)),
    ("round_int", (1250, -2)), ("round_int", (1350, -2)), ("round_int", (-1250, -2)), ("round_int", (17, 3)),
]
