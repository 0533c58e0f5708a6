# cython: language_level=3, boundscheck=False, wraparound=False, cdivision=True, initializedcheck=False
"""Cython twins of bench/kernels.py for scripts/bench.sh, as a Cython
programmer would write them: every variable typed (C int64 and double),
typed memoryviews for arrays, no bounds or negative-index checks and C's
/ and % (the operands are non-negative in every kernel, as in kernels.c),
the loops free of Python objects. Each keeps the kernel's algorithm and
returns what it returns."""
from libc.math cimport exp, sin, sqrt
from libc.stdint cimport int64_t


def collatz(int64_t limit):
    cdef int64_t total = 0, start, n
    for start in range(1, limit):
        n = start
        while n != 1:
            if n % 2 == 0:
                n = n // 2
            else:
                n = 3 * n + 1
            total += 1
    return total


def leibniz(int64_t terms):
    cdef double s = 0.0, sign = 1.0
    cdef int64_t k
    for k in range(terms):
        s += sign / (2 * k + 1)
        sign = -sign
    return 4.0 * s


cdef int64_t _fib(int64_t n) nogil:
    if n < 2:
        return n
    return _fib(n - 1) + _fib(n - 2)


def fib(int64_t n):
    return _fib(n)


def gcd_sum(int64_t n):
    cdef int64_t total = 0, i, j, a, b, t
    for i in range(1, n):
        for j in range(1, n):
            a, b = i, j
            while b != 0:
                t = a % b
                a = b
                b = t
            total += a
    return total


def count_primes(int64_t n):
    cdef int64_t count = 0, k, d
    cdef bint prime
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


def digit_sum(int64_t n):
    cdef int64_t total = 0, i, k
    for i in range(n):
        k = i
        while k > 0:
            total += k % 10
            k //= 10
    return total


def mandelbrot(int64_t width, int64_t height, int64_t max_iter):
    cdef int64_t inside = 0, py, px, i
    cdef double x0, y0, x, y, xt
    for py in range(height):
        y0 = py * 2.0 / height - 1.0
        for px in range(width):
            x0 = px * 3.0 / width - 2.0
            x = 0.0
            y = 0.0
            i = 0
            while i < max_iter and x * x + y * y <= 4.0:
                xt = x * x - y * y + x0
                y = 2.0 * x * y + y0
                x = xt
                i += 1
            if i == max_iter:
                inside += 1
    return inside


def float_math(int64_t n):
    cdef double s = 0.0, x
    cdef int64_t i
    for i in range(n):
        x = i * 1e-4
        s += sin(x) * exp(-x * 0.01) + sqrt(x + 1.0)
    return s


def dot(const double[::1] a, const double[::1] b):
    cdef double s = 0.0
    cdef Py_ssize_t i
    for i in range(a.shape[0]):
        s += a[i] * b[i]
    return s


def stencil(double[::1] a, double[::1] out, int64_t steps):
    cdef Py_ssize_t n = a.shape[0], i
    cdef int64_t step
    for step in range(steps):
        for i in range(1, n - 1):
            out[i] = 0.25 * a[i - 1] + 0.5 * a[i] + 0.25 * a[i + 1]
        for i in range(1, n - 1):
            a[i] = out[i]
    return a[n // 2]


def laplace(double[:, ::1] u, double[:, ::1] v, int64_t steps):
    cdef Py_ssize_t n = u.shape[0], m = u.shape[1], i, j
    cdef int64_t step
    for step in range(steps):
        for i in range(1, n - 1):
            for j in range(1, m - 1):
                v[i, j] = 0.25 * (u[i - 1, j] + u[i + 1, j] + u[i, j - 1] + u[i, j + 1])
        for i in range(1, n - 1):
            for j in range(1, m - 1):
                u[i, j] = v[i, j]
    return u[n // 2, m // 2]


def nbody(double[:, ::1] pos, double[:, ::1] vel, const double[::1] mass, int64_t steps, double dt):
    cdef Py_ssize_t n = pos.shape[0], i, j
    cdef int64_t step
    cdef double ax, ay, az, dx, dy, dz, r2, f, e
    for step in range(steps):
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
                    f = mass[j] / (r2 * sqrt(r2))
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


def matmul(const double[:, ::1] a, const double[:, ::1] b, double[:, ::1] c):
    cdef Py_ssize_t n = a.shape[0], k = a.shape[1], m = b.shape[1], i, j, p
    cdef double aip
    for i in range(n):
        for j in range(m):
            c[i, j] = 0.0
        for p in range(k):
            aip = a[i, p]
            for j in range(m):
                c[i, j] += aip * b[p, j]
    return c[n - 1, m - 1]


def cumsum(double[::1] a):
    cdef Py_ssize_t i
    for i in range(1, a.shape[0]):
        a[i] += a[i - 1]
    return a[a.shape[0] - 1]


def histogram(const double[::1] x, int64_t[::1] counts):
    cdef Py_ssize_t bins = counts.shape[0], i, k, best
    for i in range(x.shape[0]):
        k = <Py_ssize_t>(x[i] * bins)
        if 0 <= k < bins:
            counts[k] += 1
    best = 0
    for k in range(bins):
        if counts[k] > counts[best]:
            best = k
    return best


def insertion_sort(int64_t[::1] a):
    cdef Py_ssize_t i, j
    cdef int64_t key
    for i in range(1, a.shape[0]):
        key = a[i]
        j = i - 1
        while j >= 0 and a[j] > key:
            a[j + 1] = a[j]
            j -= 1
        a[j + 1] = key
    return a[a.shape[0] // 2]


def add(int64_t a, int64_t b):
    return a + b
