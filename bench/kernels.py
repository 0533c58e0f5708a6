"""The benchmark suite of scripts/bench.sh: scalar and array kernels,
each with a hand-written C twin in kernels.c. The same file runs under
CPython, under Numba and compiled by pynjit.

SUITE lists, per kernel: its kind, a function making its arguments (fresh
for every run, so kernels that write get the same input each time), and
the C twin's argument list (how ctypes passes them)."""
import math

import numpy as np

from numba import njit


@njit("int64(int64)")
def collatz(limit):
    total = 0
    for start in range(1, limit):
        n = start
        while n != 1:
            if n % 2 == 0:
                n = n // 2
            else:
                n = 3 * n + 1
            total += 1
    return total


@njit("float64(int64)")
def leibniz(terms):
    s = 0.0
    sign = 1.0
    for k in range(terms):
        s += sign / (2 * k + 1)
        sign = -sign
    return 4.0 * s


@njit("int64(int64)")
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


@njit("int64(int64)")
def gcd_sum(n):
    total = 0
    for i in range(1, n):
        for j in range(1, n):
            a, b = i, j
            while b != 0:
                a, b = b, a % b
            total += a
    return total


@njit("int64(int64)")
def count_primes(n):
    count = 0
    for k in range(2, n):
        d = 2
        prime = True
        while d * d <= k:
            if k % d == 0:
                prime = False
                break
            d += 1
        if prime:
            count += 1
    return count


@njit("int64(int64)")
def digit_sum(n):
    total = 0
    for i in range(n):
        k = i
        while k > 0:
            total += k % 10
            k //= 10
    return total


@njit("int64(int64, int64, int64)")
def mandelbrot(width, height, max_iter):
    inside = 0
    for py in range(height):
        y0 = py * 2.0 / height - 1.0
        for px in range(width):
            x0 = px * 3.0 / width - 2.0
            x = 0.0
            y = 0.0
            i = 0
            while i < max_iter and x * x + y * y <= 4.0:
                x, y = x * x - y * y + x0, 2.0 * x * y + y0
                i += 1
            if i == max_iter:
                inside += 1
    return inside


@njit("float64(int64)")
def float_math(n):
    s = 0.0
    for i in range(n):
        x = i * 1e-4
        s += math.sin(x) * math.exp(-x * 0.01) + math.sqrt(x + 1.0)
    return s


@njit("float64(float64[::1], float64[::1])")
def dot(a, b):
    s = 0.0
    for i in range(a.shape[0]):
        s += a[i] * b[i]
    return s


@njit("float64(float64[::1], float64[::1], int64)")
def stencil(a, out, steps):
    n = a.shape[0]
    for _ in range(steps):
        for i in range(1, n - 1):
            out[i] = 0.25 * a[i - 1] + 0.5 * a[i] + 0.25 * a[i + 1]
        for i in range(1, n - 1):
            a[i] = out[i]
    return a[n // 2]


@njit("float64(float64[:, ::1], float64[:, ::1], int64)")
def laplace(u, v, steps):
    n, m = u.shape[0], u.shape[1]
    for _ in range(steps):
        for i in range(1, n - 1):
            for j in range(1, m - 1):
                v[i, j] = 0.25 * (u[i - 1, j] + u[i + 1, j] + u[i, j - 1] + u[i, j + 1])
        for i in range(1, n - 1):
            for j in range(1, m - 1):
                u[i, j] = v[i, j]
    return u[n // 2, m // 2]


@njit("float64(float64[:, ::1], float64[:, ::1], float64[::1], int64, float64)")
def nbody(pos, vel, mass, steps, dt):
    n = pos.shape[0]
    for _ in range(steps):
        for i in range(n):
            ax = 0.0
            ay = 0.0
            az = 0.0
            for j in range(n):
                if i != j:
                    dx = pos[j, 0] - pos[i, 0]
                    dy = pos[j, 1] - pos[i, 1]
                    dz = pos[j, 2] - pos[i, 2]
                    r2 = dx * dx + dy * dy + dz * dz + 0.01
                    f = mass[j] / (r2 * math.sqrt(r2))
                    ax += f * dx
                    ay += f * dy
                    az += f * dz
            vel[i, 0] += dt * ax
            vel[i, 1] += dt * ay
            vel[i, 2] += dt * az
        for i in range(n):
            pos[i, 0] += dt * vel[i, 0]
            pos[i, 1] += dt * vel[i, 1]
            pos[i, 2] += dt * vel[i, 2]
    e = 0.0
    for i in range(n):
        e += mass[i] * (vel[i, 0] * vel[i, 0] + vel[i, 1] * vel[i, 1] + vel[i, 2] * vel[i, 2])
    return 0.5 * e


@njit("float64(float64[:, ::1], float64[:, ::1], float64[:, ::1])")
def matmul(a, b, c):
    n, k, m = a.shape[0], a.shape[1], b.shape[1]
    for i in range(n):
        for j in range(m):
            c[i, j] = 0.0
        for p in range(k):
            aip = a[i, p]
            for j in range(m):
                c[i, j] += aip * b[p, j]
    return c[n - 1, m - 1]


@njit("float64(float64[::1])")
def cumsum(a):
    for i in range(1, a.shape[0]):
        a[i] += a[i - 1]
    return a[a.shape[0] - 1]


@njit("int64(float64[::1], int64[::1])")
def histogram(x, counts):
    bins = counts.shape[0]
    for i in range(x.shape[0]):
        k = int(x[i] * bins)
        if 0 <= k < bins:
            counts[k] += 1
    best = 0
    for k in range(bins):
        if counts[k] > counts[best]:
            best = k
    return best


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


def _rand(n, seed, cols=0):
    rng = np.random.default_rng(seed)
    return rng.random((n, cols)) if cols else rng.random(n)


SUITE = {
    "collatz": ("scalar", lambda: (300_000,), "q"),
    "leibniz": ("scalar", lambda: (20_000_000,), "q"),
    "fib": ("scalar", lambda: (32,), "q"),
    "gcd_sum": ("scalar", lambda: (1_000,), "q"),
    "count_primes": ("scalar", lambda: (300_000,), "q"),
    "digit_sum": ("scalar", lambda: (3_000_000,), "q"),
    "mandelbrot": ("scalar", lambda: (400, 300, 200), "qqq"),
    "float_math": ("scalar", lambda: (3_000_000,), "q"),
    "dot": ("array", lambda: (_rand(5_000_000, 1), _rand(5_000_000, 2)), "aa"),
    "stencil": ("array", lambda: (_rand(100_000, 3), np.zeros(100_000), 100), "aaq"),
    "laplace": ("array", lambda: (_rand(300, 4, 300), np.zeros((300, 300)), 150), "aaq"),
    "nbody": ("array", lambda: (_rand(300, 5, 3), np.zeros((300, 3)), _rand(300, 6) + 0.5, 40, 0.001), "aaaqd"),
    "matmul": ("array", lambda: (_rand(300, 7, 300), _rand(300, 8, 300), np.zeros((300, 300))), "aaa"),
    "cumsum": ("array", lambda: (_rand(10_000_000, 9),), "a"),
    "histogram": ("array", lambda: (_rand(5_000_000, 10), np.zeros(1000, dtype=np.int64)), "aa"),
    "insertion_sort": ("array", lambda: ((_rand(6_000, 11) * 1e9).astype(np.int64),), "a"),
}


@njit("int64(int64, int64)")
def add(a, b):
    return a + b
