"""Exceptions raised by compiled code reach the caller with CPython's
type and message: raise with and without a message, assert, errors of
arithmetic and of the math module, and propagation through calls."""
import math

from numba import njit


@njit("int64(int64)")
def check_positive(x):
    if x <= 0:
        raise ValueError("x must be positive")
    return x


@njit("int64(int64)")
def bare_class(x):
    if x == 1:
        raise ValueError
    if x == 2:
        raise TypeError()
    if x == 3:
        raise IndexError("index 3 is out of range")
    if x == 4:
        raise KeyError("missing")
    if x == 5:
        raise NotImplementedError("later")
    if x == 6:
        raise RuntimeError("négatif: ∞")
    if x == 7:
        raise ArithmeticError("arith")
    if x == 8:
        raise AssertionError("explicit")
    return x


@njit("float64(float64)")
def asserted(x):
    assert x == x
    assert x >= 0, "x is negative"
    return math.sqrt(x)


@njit
def inner(x):
    if x > 10:
        raise OverflowError("too big")
    return x * 2


@njit("int64(int64)")
def outer(x):
    total = 0
    for i in range(x):
        total += inner(i)
    return total


@njit("int64(int64, int64)")
def int_ops(a, b):
    return a // b + a % b


@njit("float64(float64, float64)")
def float_ops(a, b):
    return a // b + a % b


@njit("float64(int64, int64)")
def int_truediv(a, b):
    return a / b


@njit("float64(float64, float64)")
def power(a, b):
    return a ** b


@njit("float64(float64, int64)")
def float_int_power(a, b):
    return a ** b


@njit("float64(float64)")
def exp_(x):
    return math.exp(x)


@njit("float64(float64)")
def log_(x):
    return math.log(x)


@njit("float64(float64)")
def sqrt_(x):
    return math.sqrt(x)


@njit("int64(float64)")
def to_int(x):
    return int(x)


@njit("int64(int64, int64)")
def shift(a, n):
    return a << n


@njit("int64(int64)")
def raise_in_loop(n):
    for i in range(n):
        if i == 5:
            raise ValueError("stopped at 5")
    return n


# Messages longer than any fixed buffer come back whole: the runtime once
# kept 255 bytes, which cut the first inside its 128th "é" (and Python
# then failed to decode it) and the second inside a "∞".
@njit("int64(int64)")
def long_message(x):
    if x == 1:
        raise ValueError("éééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééé")
    if x == 2:
        raise RuntimeError("infinity: ∞∞∞∞∞∞∞∞∞∞∞∞∞∞∞∞∞∞∞∞∞∞∞∞∞∞∞∞∞∞∞∞∞∞∞∞∞∞∞∞∞∞∞∞∞∞∞∞∞∞∞∞∞∞∞∞∞∞∞∞∞∞∞∞∞∞∞∞∞∞∞∞∞∞∞∞∞∞∞∞∞∞∞∞∞∞∞∞∞∞∞∞∞∞∞∞∞∞∞∞")
    if x == 3:
        assert x == 0, "éééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééé"
    return x


CASES = [
    ("check_positive", (3,)), ("check_positive", (0,)), ("check_positive", (-2,)),
    ("bare_class", (0,)), ("bare_class", (1,)), ("bare_class", (2,)), ("bare_class", (3,)),
    ("bare_class", (4,)), ("bare_class", (5,)), ("bare_class", (6,)), ("bare_class", (7,)),
    ("bare_class", (8,)),
    ("asserted", (4.0,)), ("asserted", (float("nan"),)), ("asserted", (-1.0,)),
    ("outer", (5,)), ("outer", (12,)),
    ("int_ops", (7, 2)), ("int_ops", (7, 0)),
    ("float_ops", (7.0, 2.0)), ("float_ops", (7.0, 0.0)), ("float_ops", (-7.5, 0.0)),
    ("int_truediv", (7, 0)), ("int_truediv", (0, 0)),
    ("power", (2.0, 10000.0)), ("power", (0.0, -1.0)), ("power", (10.0, -400.0)),
    ("float_int_power", (0.0, -1)), ("float_int_power", (2.0, -2)),
    ("exp_", (1000.0,)), ("exp_", (-1000.0,)), ("exp_", (float("inf"),)),
    ("log_", (0.0,)), ("log_", (-1.0,)), ("log_", (float("inf"),)),
    ("sqrt_", (-1.0,)), ("sqrt_", (float("-inf"),)), ("sqrt_", (float("nan"),)),
    ("to_int", (float("nan"),)), ("to_int", (float("inf"),)), ("to_int", (-2.5e18,)),
    ("shift", (1, -1)), ("shift", (1, 3)),
    ("raise_in_loop", (3,)), ("raise_in_loop", (10,)),
    ("long_message", (0,)), ("long_message", (1,)), ("long_message", (2,)), ("long_message", (3,)),
]
