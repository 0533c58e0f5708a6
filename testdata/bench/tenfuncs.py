"""Ten scalar functions: the build-time benchmark's input."""
import math

from numba import njit


@njit("int64(int64, int64)")
def f0(a, b):
    return a * b + a // (b if b != 0 else 1)


@njit("float64(float64)")
def f1(x):
    return math.sqrt(x * x + 1.0)


@njit("int64(int64)")
def f2(n):
    s = 0
    for i in range(n):
        s += i * i % 7
    return s


@njit("float64(int64)")
def f3(n):
    t = 0.0
    for k in range(1, n):
        t += 1.0 / (k * k)
    return t


@njit("bool(int64)")
def f4(n):
    if n < 2:
        return False
    d = 2
    while d * d <= n:
        if n % d == 0:
            return False
        d += 1
    return True


@njit("int64(int64)")
def f5(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


@njit("float64(float64, float64)")
def f6(x, y):
    return math.atan2(y, x) * 180.0 / math.pi


@njit("int64(int64, int64)")
def f7(a, b):
    while b:
        a, b = b, a % b
    return abs(a)


@njit("float64(float64)")
def f8(x):
    return math.exp(-x * x / 2.0) / math.sqrt(2.0 * math.pi)


@njit("int64(int64)")
def f9(n):
    return f2(n) + f0(n, 3) + f7(n, 6)
