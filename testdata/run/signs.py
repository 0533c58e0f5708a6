"""Integer // and % and array indexes where package facts proves that the
operands cannot be negative (and code generation drops Python's sign
fix-ups and the wrap-around of negative indexes), each next to a twin whose
operands can be negative, so that a wrong proof shows as a wrong answer."""
import numpy as np

from numba import njit


@njit("int64(int64)")
def gcd_sum_pos(n):
    total = 0
    for i in range(1, n):
        for j in range(1, n):
            a, b = i, j
            while b != 0:
                a, b = b, a % b
            total += a
    return total


@njit("int64(int64)")
def gcd_sum_any(n):
    total = 0
    for i in range(-n, n):
        for j in range(-n, n):
            a, b = i, j
            while b != 0:
                a, b = b, a % b
            total += a
    return total


@njit("int64(int64, int64)")
def quotients(n, m):
    total = 0
    for i in range(n):
        total += i // 3 + i % 5 + i // m + i % m
    return total


@njit("int64(int64)")
def mod_then_div(x):
    y = x % 7
    return y // 2 * 100 + y % 3


@njit("int64(int64, int64)")
def mod_sign(x, m):
    y = x % m
    return y // 2


@njit("float64(float64[::1], boolean)")
def branch_join(a, flag):
    t = 0.0
    for i in range(a.shape[0]):
        if flag:
            k = i % 5
        else:
            k = i - 7
        t += a[k] * (i + 1)
    return t


@njit("float64(float64[::1], int64)")
def countdown(a, stop):
    t = 0.0
    for i in range(a.shape[0] - 1, -1, -1):
        t = t * 0.5 + a[i]
    for i in range(a.shape[0] - 1, -2, -1):
        t = t * 0.5 + a[i]
    for i in range(a.shape[0] - 1, stop, -1):
        t = t * 0.5 + a[i]
    return t


@njit("float64(float64[::1], int64)")
def strided(a, start):
    t = 0.0
    for i in range(start, a.shape[0], 2):
        t = t * 0.5 + a[i]
    return t


@njit("float64(float64[:, ::1])")
def shifted_rows(a):
    n, m = a.shape
    t = 0.0
    for i in range(n):
        for j in range(m):
            t = t * 0.5 + a[i, j] - a[i - 1, j]
            a[i, j] = t
    return t


@njit("float64(float64[::1], int64)")
def masks(a, k):
    return a[k & 3] + a[k >> 1] * 10.0 + a[len(a) // 2] * 100.0


@njit("float64(float64[::1], int64)")
def min_max(a, k):
    t = 0.0
    for i in range(a.shape[0]):
        for j in range(a.shape[0]):
            t = t * 0.5 + a[min(i, j)] + a[max(i, k)] * 2.0 + a[min(i, k)] * 3.0
    return t


@njit("int64(int64[::1])")
def insertion_sort(a):
    for i in range(1, a.shape[0]):
        key = a[i]
        j = i - 1
        while j >= 0 and a[j] > key:
            a[j + 1] = a[j]
            j -= 1
        a[j + 1] = key
    return a[a.shape[0] // 2]


@njit("int64(int64[::1], int64)")
def last_index(a, n):
    i = -1
    for i in range(n):
        pass
    return a[i]


def _rng(seed):
    return np.random.default_rng(seed)


CASES = [
    ("gcd_sum_pos", (30,)), ("gcd_sum_pos", (0,)),
    ("gcd_sum_any", (12,)),
    ("quotients", (40, 7)), ("quotients", (40, -7)), ("quotients", (40, 0)),
    ("mod_then_div", (123,)), ("mod_then_div", (-123,)), ("mod_then_div", (-(2**63),)),
    ("mod_sign", (17, 5)), ("mod_sign", (17, -5)), ("mod_sign", (-17, -5)), ("mod_sign", (3, 0)),
    ("branch_join", (np.arange(10.0), True)), ("branch_join", (np.arange(10.0), False)),
    ("countdown", (_rng(1).random(9), 3)), ("countdown", (_rng(2).random(9), -4)),
    ("strided", (np.arange(11.0), 1)), ("strided", (np.arange(11.0), -5)),
    ("shifted_rows", lambda: (_rng(3).random((4, 5)),)),
    ("masks", (np.arange(8.0), 13)), ("masks", (np.arange(8.0), -3)),
    ("min_max", (np.arange(6.0), 2)), ("min_max", (np.arange(6.0), -2)),
    ("insertion_sort", lambda: (_rng(4).integers(-50, 50, 40),)),
    ("last_index", (np.arange(5), 3)), ("last_index", (np.arange(5), 0)),
]
