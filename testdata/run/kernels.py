"""Realistic array kernels, each run under CPython on NumPy arrays and
compiled: pairwise distances, matrix multiply, 1-D convolution, Jacobi
iterations of a 2-D Laplace stencil, a histogram, a sieve, spectral norm,
an n-body energy drift, a k-means step and a Mandelbrot grid."""
import math

import numpy as np

from numba import njit


@njit("float64[:, :](float64[:, :])")
def pairwise_distances(x):
    n, d = x.shape
    out = np.empty((n, n))
    for i in range(n):
        for j in range(n):
            s = 0.0
            for k in range(d):
                t = x[i, k] - x[j, k]
                s += t * t
            out[i, j] = math.sqrt(s)
    return out


@njit("float64[:, :](float64[:, :], float64[:, :])")
def matmul(a, b):
    n, m = a.shape
    p = b.shape[1]
    c = np.zeros((n, p))
    for i in range(n):
        for k in range(m):
            aik = a[i, k]
            for j in range(p):
                c[i, j] += aik * b[k, j]
    return c


@njit("float64[:](float64[:], float64[:])")
def convolve(x, k):
    n, m = len(x), len(k)
    out = np.zeros(n + m - 1)
    for i in range(n):
        for j in range(m):
            out[i + j] += x[i] * k[j]
    return out


@njit("float64[:, :](float64[:, :], int64)")
def jacobi(grid, steps):
    u = grid.copy()
    v = grid.copy()
    n, m = u.shape
    for _ in range(steps):
        for i in range(1, n - 1):
            for j in range(1, m - 1):
                v[i, j] = 0.25 * (u[i - 1, j] + u[i + 1, j] + u[i, j - 1] + u[i, j + 1])
        u, v = v, u
    return u


@njit("int64[:](float64[:], int64, float64, float64)")
def histogram(x, bins, lo, hi):
    counts = np.zeros(bins, dtype=np.int64)
    width = (hi - lo) / bins
    for v in x:
        if lo <= v < hi:
            counts[int((v - lo) / width)] += 1
        elif v == hi:
            counts[bins - 1] += 1
    return counts


@njit("int64[:](int64)")
def primes_below(n):
    flags = np.ones(n, dtype=np.bool_)
    flags[:2] = False
    i = 2
    while i * i < n:
        if flags[i]:
            flags[i * i::i] = False
        i += 1
    count = 0
    for f in flags:
        if f:
            count += 1
    out = np.empty(count, dtype=np.int64)
    k = 0
    for j in range(n):
        if flags[j]:
            out[k] = j
            k += 1
    return out


@njit
def eval_a(i, j):
    return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)


@njit
def times(v, out, transposed):
    n = len(v)
    for i in range(n):
        s = 0.0
        for j in range(n):
            if transposed:
                s += eval_a(j, i) * v[j]
            else:
                s += eval_a(i, j) * v[j]
        out[i] = s


@njit("float64(int64)")
def spectral_norm(n):
    u = np.ones(n)
    v = np.zeros(n)
    tmp = np.zeros(n)
    for _ in range(10):
        times(u, tmp, False)
        times(tmp, v, True)
        times(v, tmp, False)
        times(tmp, u, True)
    vbv, vv = 0.0, 0.0
    for i in range(n):
        vbv += u[i] * v[i]
        vv += v[i] * v[i]
    return math.sqrt(vbv / vv)


@njit("float64(float64[:, :], float64[:, :], float64[:], int64, float64)")
def nbody_drift(pos, vel, mass, steps, dt):
    pos = pos.copy()
    vel = vel.copy()
    n = len(mass)
    e0 = 0.0
    for _ in range(steps):
        for i in range(n):
            for j in range(i + 1, n):
                dx = pos[i, 0] - pos[j, 0]
                dy = pos[i, 1] - pos[j, 1]
                d2 = dx * dx + dy * dy + 0.01
                f = dt / (d2 * math.sqrt(d2))
                vel[i, 0] -= dx * mass[j] * f
                vel[i, 1] -= dy * mass[j] * f
                vel[j, 0] += dx * mass[i] * f
                vel[j, 1] += dy * mass[i] * f
        for i in range(n):
            pos[i, 0] += dt * vel[i, 0]
            pos[i, 1] += dt * vel[i, 1]
    for i in range(n):
        e0 += 0.5 * mass[i] * (vel[i, 0] ** 2 + vel[i, 1] ** 2)
    return e0


@njit("float64[:, :](float64[:, :], float64[:, :])")
def kmeans_step(points, centers):
    k, d = centers.shape
    sums = np.zeros((k, d))
    counts = np.zeros(k, dtype=np.int64)
    for p in range(points.shape[0]):
        best, best_d = 0, np.inf
        for c in range(k):
            dist = 0.0
            for j in range(d):
                t = points[p, j] - centers[c, j]
                dist += t * t
            if dist < best_d:
                best, best_d = c, dist
        counts[best] += 1
        for j in range(d):
            sums[best, j] += points[p, j]
    out = centers.copy()
    for c in range(k):
        if counts[c] > 0:
            for j in range(d):
                out[c, j] = sums[c, j] / counts[c]
    return out


@njit("int32[:, :](int64, int64, int64)")
def mandelbrot(width, height, limit):
    out = np.zeros((height, width), dtype=np.int32)
    for r in range(height):
        ci = -1.2 + 2.4 * r / (height - 1)
        for c in range(width):
            cr = -2.0 + 2.8 * c / (width - 1)
            zr, zi, n = 0.0, 0.0, 0
            while n < limit and zr * zr + zi * zi <= 4.0:
                zr, zi = zr * zr - zi * zi + cr, 2.0 * zr * zi + ci
                n += 1
            out[r, c] = n
    return out


def _rng(seed):
    return np.random.default_rng(seed)


CASES = [
    ("pairwise_distances", (_rng(1).standard_normal((6, 3)),)),
    ("pairwise_distances", lambda: (_rng(2).standard_normal((10, 4))[::2, ::-1],)),
    ("matmul", (_rng(3).standard_normal((4, 5)), _rng(4).standard_normal((5, 3)))),
    ("matmul", lambda: (np.arange(12.0).reshape(3, 4), np.arange(12.0).reshape(3, 4).T)),
    ("convolve", (np.arange(6.0), np.array([0.25, 0.5, 0.25]))),
    ("convolve", (_rng(5).standard_normal(20), _rng(6).standard_normal(5))),
    ("jacobi", (np.pad(np.zeros((6, 6)), 1, constant_values=1.0), 20)),
    ("jacobi", (_rng(7).random((5, 7)), 3)),
    ("histogram", (_rng(8).random(200), 10, 0.0, 1.0)),
    ("histogram", (np.array([0.0, 1.0, 0.5, -1.0, 2.0, 0.999]), 4, 0.0, 1.0)),
    ("primes_below", (100,)), ("primes_below", (2,)), ("primes_below", (1000,)),
    ("spectral_norm", (20,)),
    ("nbody_drift", (_rng(9).standard_normal((5, 2)), _rng(10).standard_normal((5, 2)) * 0.1, _rng(11).random(5) + 0.5, 50, 0.01)),
    ("kmeans_step", (_rng(12).standard_normal((40, 2)), np.array([[-1.0, 0.0], [1.0, 0.0], [0.0, 5.0]]))),
    ("mandelbrot", (24, 12, 50)),
]
