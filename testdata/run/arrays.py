"""NumPy arrays passed in: indexing (negative indexes, a[i, j] and
a[i][j]), writes and augmented writes, len, shape, ndim, size, iteration,
views of rows, non-contiguous and empty arrays, several dtypes. Cases
that write get fresh arrays on each side from a lambda."""
import numpy as np

from numba import njit


@njit("float64(float64[:])")
def total(a):
    s = 0.0
    for x in a:
        s += x
    return s


@njit("int64(int64[:])")
def last_minus_first(a):
    return a[-1] - a[0] + len(a)


@njit("float64(float64[:], float64[:])")
def dot(a, b):
    s = 0.0
    for i in range(len(a)):
        s += a[i] * b[i]
    return s


@njit("none(float64[::1])")
def prefix_sum(a):
    for i in range(1, len(a)):
        a[i] += a[i - 1]


@njit("int64(int64[:, :])")
def trace(m):
    t = 0
    for i in range(min(m.shape[0], m.shape[1])):
        t += m[i, i]
    return t


@njit("float64(float64[:, :])")
def row_sums_max(m):
    best = -np.inf
    for row in m:
        s = 0.0
        for x in row:
            s += x
        best = max(best, s)
    return best


@njit("none(float64[:, ::1], float64[:, ::1])")
def laplace(src, dst):
    n, k = src.shape
    for i in range(1, n - 1):
        for j in range(1, k - 1):
            dst[i, j] = src[i - 1][j] + src[i + 1][j] + src[i, j - 1] + src[i, j + 1] - 4.0 * src[i, j]


@njit("none(float64[:], int64[:], float64, float64)")
def histogram(x, counts, lo, hi):
    nb = len(counts)
    for v in x:
        if lo <= v < hi:
            counts[int((v - lo) / (hi - lo) * nb)] += 1


@njit("int64(boolean[:])")
def sieve(is_prime):
    n = len(is_prime)
    is_prime[0] = False
    is_prime[1] = False
    for i in range(2, n):
        if is_prime[i]:
            j = i * i
            while j < n:
                is_prime[j] = False
                j += i
    count = 0
    for p in is_prime:
        if p:
            count += 1
    return count


@njit("Tuple((int64, int64, int64))(float64[:, :, :])")
def dims(a):
    return a.ndim, a.size, a.shape[2]


@njit("int64(uint8[:])")
def checksum(data):
    s = 0
    for b in data:
        s = (s * 31 + b) % 1000003
    return s


@njit("none(int32[:], int32)")
def fill_wrap(a, v):
    for i in range(a.shape[0]):
        a[i] = v * (i + 1)


# Under NumPy 2 (NEP 50) CPython raises OverflowError for these where
# Numba and pynjit wrap around: their CPython oracle is NumPy 1's.
NUMPY1_ORACLE = {
    "checksum": "int + uint8 scalar: NumPy 2 keeps uint8 and raises past 255; Numba types it int64",
    "fill_wrap": "storing an out-of-range int in an int32 array: NumPy 2 raises; Numba wraps",
}

CASES = [
    ("total", (np.arange(5.0),)), ("total", (np.zeros(0),)), ("total", (np.array([1e308, 1e308, -np.inf]),)),
    ("total", lambda: (np.arange(10.0)[::3],)), ("total", lambda: (np.arange(10.0)[::-1],)),
    ("last_minus_first", (np.array([3, 9, -4]),)), ("last_minus_first", lambda: (np.arange(20)[5:15:2],)),
    ("dot", (np.array([1.0, 2.0, 3.0]), np.array([4.0, -5.0, 6.0]))), ("dot", lambda: (np.linspace(0, 1, 7), np.linspace(1, 0, 14)[::2])),
    ("prefix_sum", lambda: (np.arange(6.0),)), ("prefix_sum", lambda: (np.array([0.1] * 10),)), ("prefix_sum", lambda: (np.zeros(0),)),
    ("trace", (np.arange(12).reshape(3, 4),)), ("trace", lambda: (np.arange(16).reshape(4, 4).T,)), ("trace", lambda: (np.arange(36).reshape(6, 6)[::2, 1::2],)),
    ("row_sums_max", (np.array([[1.0, 2.0], [3.0, -1.0], [0.5, 0.5]]),)), ("row_sums_max", lambda: (np.ones((3, 4))[:, ::2],)),
    ("laplace", lambda: (np.arange(25.0).reshape(5, 5) ** 2, np.zeros((5, 5)))),
    ("laplace", lambda: (np.sin(np.arange(12.0)).reshape(3, 4), np.full((3, 4), np.nan))),
    ("histogram", lambda: (np.array([0.1, 0.5, 0.55, 0.9, 1.0, -0.1, 0.99]), np.zeros(4, dtype=np.int64), 0.0, 1.0)),
    ("sieve", lambda: (np.ones(100, dtype=np.bool_),)), ("sieve", lambda: (np.ones(2, dtype=np.bool_),)),
    ("dims", (np.zeros((2, 3, 4)),)), ("dims", (np.zeros((0, 3, 5)),)),
    ("checksum", (np.frombuffer(b"hello, world", dtype=np.uint8),)), ("checksum", lambda: (np.arange(256, dtype=np.uint8)[::-1],)),
    ("fill_wrap", lambda: (np.zeros(5, dtype=np.int32), 7)), ("fill_wrap", lambda: (np.zeros(3, dtype=np.int32), 2 ** 30)),
]


@njit("float64(float64[:])")
def inner_sum(a):
    s = 0.0
    for x in a[1:-1]:
        s += x
    return s


@njit("float64(float64[:])")
def strided(a):
    s = 0.0
    b = a[::2]
    for i in range(len(b)):
        s += b[i] * (i + 1)
    r = a[::-3]
    return s + r[0] + len(r) + len(a[5:2]) + len(a[-100:100])


@njit("float64(float64[:, :], int64)")
def column(m, j):
    c = m[:, j]
    s = 0.0
    for x in c:
        s += x
    return s + m[1:, 1:].shape[0] + m[::-1, ::2][0, 0]


@njit("none(float64[:], float64)")
def fill_middle(a, v):
    a[1:-1] = v
    a[:1] = -1.0


@njit("none(float64[:, :], float64[:])")
def set_rows(m, row):
    m[0] = row
    m[1:, 0] = 7.0
    m[-1, ::2] = row[:len(m[-1, ::2])]


@njit("int64(int64[:], int64)")
def step_zero(a, k):
    return len(a[::k])


@njit(["float64(float64[:], int64)"], boundscheck=True)
def checked_get(a, i):
    return a[i]


CASES += [
    ("inner_sum", (np.arange(6.0),)), ("inner_sum", (np.arange(2.0),)), ("inner_sum", lambda: (np.arange(12.0)[::2],)),
    ("strided", (np.arange(10.0),)), ("strided", lambda: (np.arange(30.0)[3:25:3],)),
    ("column", (np.arange(12.0).reshape(3, 4), 2)), ("column", (np.arange(12.0).reshape(3, 4), -1)),
    ("fill_middle", lambda: (np.arange(5.0), 9.5)), ("fill_middle", lambda: (np.arange(10.0)[::3], 0.0)),
    ("set_rows", lambda: (np.zeros((3, 4)), np.array([1.0, 2.0, 3.0, 4.0]))),
    ("set_rows", lambda: (np.zeros((3, 3)), np.array([1.0, 2.0]))),
    ("step_zero", (np.arange(4), 2)), ("step_zero", (np.arange(4), 0)), ("step_zero", (np.arange(4), -1)),
    ("checked_get", (np.arange(5.0), 4)), ("checked_get", (np.arange(5.0), -5)), ("checked_get", (np.arange(5.0), 5)),
    ("checked_get", (np.arange(5.0), -6)), ("checked_get", (np.zeros(0), 0)),
]


@njit(["float64(float64[:])", "float64(float64[:, :])"])
def fsum(a):
    return a.sum()


@njit(["int64(int64[:])", "int64(boolean[:])", "int64(int32[:, :])"])
def isum(a):
    return np.sum(a)


@njit("float32(float32[:])")
def f32sum(a):
    return a.sum()


@njit("Tuple((float64, float64, float64, float64))(float64[:])")
def stats(a):
    return a.min(), a.max(), a.mean(), np.prod(a)


@njit("Tuple((int64, int64, int64, int64))(int64[:])")
def istats(a):
    return np.min(a), a.max(), a.prod(), a.argmax() - np.argmin(a)


@njit("Tuple((int64, int64))(float64[:])")
def args_(a):
    return a.argmin(), np.argmax(a)


@njit("float64(float64[:], float64[:])")
def npdot(a, b):
    return np.dot(a, b)


@njit("int64(int64[:], int64[:])")
def npdot_i(a, b):
    return np.dot(a, b)


def _noisy(n, seed):
    return np.random.default_rng(seed).standard_normal(n) * 10.0 ** np.random.default_rng(seed + 1).integers(-6, 6, n)


CASES += [
    ("fsum", (_noisy(7, 1),)), ("fsum", (_noisy(8, 2),)), ("fsum", (_noisy(100, 3),)), ("fsum", (_noisy(129, 4),)),
    ("fsum", (_noisy(1000, 5),)), ("fsum", (_noisy(8193, 6),)), ("fsum", (_noisy(20000, 7),)), ("fsum", (np.zeros(0),)),
    ("fsum", lambda: (_noisy(3001, 8)[::3],)), ("fsum", lambda: (_noisy(500, 9)[::-1],)), ("fsum", (_noisy(600, 10).reshape(20, 30),)),
    ("fsum", (np.array([np.inf, -np.inf]),)), ("fsum", (np.array([-0.0]),)), ("fsum", (np.array([1.0, np.nan]),)),
    ("isum", (np.arange(100),)), ("isum", (np.array([2 ** 62, 2 ** 62, 2 ** 62]),)), ("isum", (np.array([True, False, True]),)),
    ("isum", (np.arange(12, dtype=np.int32).reshape(3, 4),)),
    ("f32sum", (_noisy(300, 11).astype(np.float32),)), ("f32sum", (np.full(9, 0.1, dtype=np.float32),)),
    ("stats", (np.array([3.0, -1.0, 2.5, 8.0]),)), ("stats", (np.array([1.0, np.nan, -5.0]),)), ("stats", (np.zeros(0),)),
    ("stats", (np.array([0.0, -0.0]),)), ("stats", (np.array([-0.0, 0.0]),)),
    ("istats", (np.array([5, -3, 9, 9, -3]),)), ("istats", (np.zeros(0, dtype=np.int64),)),
    ("args_", (np.array([3.0, 1.0, 1.0, 7.0, 7.0]),)), ("args_", (np.array([1.0, np.nan, 0.0, np.nan]),)), ("args_", (np.zeros(0),)),
    ("npdot", (np.array([1.0, 2.0, 3.0]), np.array([4.0, 5.0, 6.0]))), ("npdot", (np.arange(3.0), np.arange(4.0))),
    ("npdot_i", (np.arange(10), np.arange(10)[::-1])),
]


@njit("float64[:](int64)")
def squares(n):
    out = np.empty(n)
    for i in range(n):
        out[i] = i * i
    return out


@njit("int64[:, :](int64, int64)")
def table(r, c):
    t = np.zeros((r, c), dtype=np.int64)
    for i in range(r):
        for j in range(c):
            t[i, j] = i * 10 + j
    return t


@njit("float64[:](float64[:])")
def doubled(a):
    out = np.zeros_like(a)
    for i in range(len(a)):
        out[i] = 2 * a[i]
    return out


@njit(["float64[:](float64, float64, float64)", "int64[:](int64, int64, int64)"])
def arange3(a, b, s):
    return np.arange(a, b, s)


@njit("float64[:](float64, float64, int64)")
def linspace_(a, b, n):
    return np.linspace(a, b, n)


@njit("Tuple((float64, int64, float64))(int64)")
def allocs(n):
    a = np.ones((n, 2))
    b = np.full(n, 3, dtype=np.int32)
    c = np.empty_like(a)
    c[:, :] = 0.5
    d = np.arange(n)
    return a.sum(), b.sum() + d.sum(), c.sum() + np.zeros(n, np.float64).sum()


@njit("float64[:](float64[:])")
def tail(a):
    return a[1:]


@njit("uint8[:](int64)")
def bytes_(n):
    return np.full(n, 250, dtype=np.uint8)


CASES += [
    ("squares", (5,)), ("squares", (0,)), ("squares", (-1,)),
    ("table", (2, 3)), ("table", (0, 4)),
    ("doubled", (np.arange(4.0),)), ("doubled", lambda: (np.arange(9.0)[::2],)),
    ("arange3", (0.0, 1.0, 0.1)), ("arange3", (1.5, -2.0, -0.5)), ("arange3", (0, 10, 3)), ("arange3", (5, 0, 1)),
    ("arange3", (0, 10, 0)), ("arange3", (1.0, 2.0, 0.3)),
    ("linspace_", (0.0, 1.0, 5)), ("linspace_", (2.0, 3.0, 1)), ("linspace_", (-1.0, 1.0, 7)), ("linspace_", (0.0, 1.0, 0)),
    ("linspace_", (1.0, 1.0, 4)), ("linspace_", (0.0, 10.0, -1)),
    ("allocs", (3,)), ("allocs", (0,)),
    ("tail", (np.arange(5.0),)), ("tail", lambda: (np.arange(10.0)[::-2],)),
    ("bytes_", (3,)),
]


@njit(["float64[:](float64[:], float64[:])", "float64[:, :](float64[:, :], float64[:])"])
def axpy(x, y):
    return 2.5 * x + y - x / 4.0


@njit(["int64[:](int64[:], int64[:])", "int32[:](int32[:], int32[:])"])
def int_ops(a, b):
    return (a // b) + (a % b) * b - b * b


@njit("int64[:](int64[:], int64[:])")
def int_ops_scalars(a, b):
    return (a // b) + (a % b) * 1000 - b ** 2


@njit("float64[:](float64[:], float64)")
def float_floor(a, k):
    return a // k + a % k


@njit("float64[:, :](float64[:], float64[:])")
def outer(a, b):
    col = np.zeros((len(a), 1))
    col[:, 0] = a
    return col * b


@njit("boolean[:](float64[:], float64)")
def above(a, t):
    return a > t


@njit("int64(float64[:], float64)")
def count_above(a, t):
    return (a >= t).sum()


@njit("float64[:](int64[:])")
def int_true_div(a):
    return a / 2 + -a


@njit("int64[:](int64[:], int64)")
def int_pow(a, p):
    return a ** p


@njit("float64(float64[:], float64[:])")
def mismatch(a, b):
    return (a + b).sum()


@njit("float32[:](float32[:], int64)")
def f32_scaled(a, k):
    return a * k


CASES += [
    ("axpy", (np.arange(5.0), np.ones(5))), ("axpy", (np.arange(6.0).reshape(2, 3), np.array([1.0, -1.0, 0.5]))),
    ("axpy", lambda: (np.arange(10.0)[::2], np.arange(5.0)[::-1])),
    ("int_ops", (np.array([7, -7, 7, -7, 0, 5]), np.array([2, 2, -2, -2, 3, 0]))),
    ("int_ops", (np.array([100, -100, 2 ** 30], dtype=np.int32), np.array([7, 0, 3], dtype=np.int32))),
    ("int_ops_scalars", (np.array([7, -7, 7, -7, 0, 5]), np.array([2, 2, -2, -2, 3, 0]))),
    ("float_floor", (np.array([7.5, -7.5, 0.0, -0.0, np.inf, np.nan]), 2.0)), ("float_floor", (np.array([7.0, -7.0, 0.0]), 0.0)),
    ("float_floor", (np.array([1.0, -1.0]), -0.0)),
    ("outer", (np.arange(3.0), np.array([1.0, 10.0, 100.0, 1000.0]))),
    ("above", (np.array([0.5, 1.5, np.nan, 1.0]), 1.0)), ("count_above", (np.linspace(0.0, 1.0, 11), 0.5)),
    ("int_true_div", (np.array([7, -7, 0]),)),
    ("int_pow", (np.array([2, -3, 0]), 3)), ("int_pow", (np.array([2, 3]), -1)),
    ("mismatch", (np.arange(3.0), np.arange(4.0))), ("mismatch", (np.arange(3.0), np.arange(3.0))),
    ("f32_scaled", (np.array([0.1, 0.2, 3.0], dtype=np.float32), 3)),
]


@njit(["float64[:](float64[:])", "float64[:](int64[:])"])
def ufuncs(a):
    return np.sqrt(np.abs(a)) + np.exp(-np.abs(a)) - np.log(np.abs(a) + 1.0) + np.floor(a) * np.ceil(a) + np.sin(a) * np.cos(a)


@njit("float32[:](float32[:])")
def ufuncs32(a):
    return np.sqrt(np.abs(a)) + np.floor(a) * np.ceil(a) - np.abs(a)


@njit("float64[:](float64[:])")
def edge_ufuncs(a):
    return np.sqrt(a) + np.log(a)


@njit("int64[:](int64[:])")
def int_abs(a):
    return np.abs(a)


@njit(["float64[:](float64[:], float64[:])", "int64[:](int64[:], int64)"])
def clamp_min(a, b):
    return np.maximum(np.minimum(a, b), -b)


@njit("float64[:](float64[:], float64)")
def relu_where(a, t):
    return np.where(a > t, a, 0.0)


@njit("float64(float64)")
def scalar_ufunc(x):
    return np.sqrt(x) + np.maximum(x, 0.5)


# NumPy computes exp, log, sin and cos with its own vectorized code, whose
# results may differ from the C library's in the last bits.
ULP_TOLERANCE = {"ufuncs": (4, "NumPy's SIMD exp/log/sin/cos vs libm")}

CASES += [
    ("ufuncs", (np.linspace(-3.0, 3.0, 13),)), ("ufuncs", (np.arange(-4, 5),)),
    ("ufuncs32", (np.linspace(-2.0, 2.0, 9).astype(np.float32),)),
    ("edge_ufuncs", (np.array([-1.0, 0.0, 1.0, np.inf, np.nan]),)),
    ("int_abs", (np.array([-5, 0, 7, -(2 ** 63)]),)),
    ("clamp_min", (np.array([-3.0, 0.5, 2.0, np.nan, 7.0]), np.array([1.0, 1.0, 1.0, 1.0, np.nan]))),
    ("clamp_min", (np.array([-9, -1, 0, 4, 12]), 3)),
    ("clamp_min", (np.array([0.0, -0.0]), np.array([-0.0, 0.0]))),
    ("relu_where", (np.array([-1.0, 0.0, 0.5, 2.0, np.nan]), 0.0)),
    ("scalar_ufunc", (4.0,)), ("scalar_ufunc", (-1.0,)),
]


@njit(["float64[:, :](float64[:, :], float64[:, :])", "int64[:, :](int64[:, :], int64[:, :])"])
def matprod(a, b):
    return a @ b


@njit("float64[:](float64[:, :], float64[:])")
def matvec(m, v):
    return np.dot(m, v)


@njit("float64[:](float64[:], float64[:, :])")
def vecmat(v, m):
    return v @ m


@njit("float64(float64[:], float64[:])")
def vecvec(a, b):
    return a @ b


@njit("float64[:](float64[:], float64[:], float64[:])")
def where3(c, a, b):
    # three arrays broadcast together: any two that do not fit raise
    return np.where(c > 0.0, a, b)


@njit("float64[:](float64[:], float64[:])")
def where_scalar(c, a):
    return np.where(c > 0.0, a, 0.5)


CASES += [
    ("matprod", (np.arange(6.0).reshape(2, 3), np.arange(12.0).reshape(3, 4))),
    ("matprod", (np.arange(6).reshape(2, 3), np.arange(6).reshape(3, 2))),
    ("matprod", lambda: (np.arange(9.0).reshape(3, 3).T, np.eye(3)[::-1])),
    ("matprod", (np.ones((2, 3)), np.ones((2, 3)))),
    ("matvec", (np.arange(6.0).reshape(2, 3), np.array([1.0, 0.5, -1.0]))), ("matvec", (np.ones((2, 3)), np.ones(2))),
    ("vecmat", (np.array([1.0, 2.0]), np.arange(6.0).reshape(2, 3))),
    ("vecvec", (np.array([1.0, 2.0, 3.0]), np.array([3.0, 2.0, 1.0]))),
    ("where3", (np.array([1.0, -1.0, 2.0]), np.arange(3.0), np.arange(10.0, 13.0))),
    ("where3", (np.array([1.0, -1.0, 2.0]), np.arange(1.0), np.arange(10.0, 13.0))),
    ("where3", (np.ones(3), np.ones(3), np.ones(5))), ("where3", (np.ones(4), np.ones(3), np.ones(4))),
    ("where_scalar", (np.array([1.0, -1.0]), np.arange(2.0))), ("where_scalar", (np.ones(3), np.ones(5))),
]
