"""Full reductions of arrays of 2 or more dimensions take the elements in
NumPy's order, the order of memory: x.T of a C array and an F-ordered
array sum, average and multiply as their C copies do, bit for bit, and a
view with steps or negative strides in the order NumPy's iterator walks
it (axes sorted by stride, merged where they step as one, each inner run
summed pairwise). Found by the random programs (Known bug reduce-order:
x.T.sum() of a 3x6 array was 10.26 for NumPy's 8.210000000000003).

NumPy 1 and 2 buffer a sum of more than 8192 elements differently
(NumPy 1 in runs of 8192 in memory order, NumPy 2 by the sizes of the
inner axes, a contiguous array in one run); pynjit sums as NumPy 2
(docs/semantics.md): those cases are the big_ functions, in NUMPY2_ORACLE."""
import numpy as np

from numba import njit


@njit("float64(float64[:, :])")
def sum2(x):
    return x.sum()


@njit("float64(float64[:, :])")
def mean2(x):
    return np.mean(x)


@njit("float64(float64[:, :])")
def prod2(x):
    return np.prod(x)


@njit("float64(float64[:, :, :])")
def sum3(x):
    return np.sum(x)


@njit("float64(float64[:, :, :])")
def prod3(x):
    return x.prod()


@njit("float32(float32[:, :])")
def sum32(x):
    return x.sum()


@njit("float32(float32[:, :, :])")
def mean32(x):
    return x.mean()


@njit("float64(int64[:, :])")
def mean_int(x):
    return x.mean()


@njit("float64(float64[:])")
def sum1(x):
    return x.sum()


@njit("float64(float64[:, :])")
def sum_transposed(x):
    return x.T.sum()


@njit("float64(float64[:, :])")
def mean_transposed(x):
    return x.T.mean()


@njit("float64(float64[:])")
def big_sum1(x):
    return x.sum()


@njit("float64(float64[:, :])")
def big_sum2(x):
    return x.sum()


@njit("float64(float64[:, :])")
def big_mean2(x):
    return x.mean()


@njit("float32(float32[:, :])")
def big_sum32(x):
    return x.sum()


@njit("float64(float64[:, :, :])")
def big_sum3(x):
    return x.sum()


@njit("float64(int64[:, :])")
def big_mean_int(x):
    return x.mean()


# the reproducer of Known bug reduce-order
KNOWN = [0.1, 0.2, 0.3, 1e-17, 0.7, 1e16, -1e16, 0.25, 3.3, 1.1, 0.9, 2.2, 0.01, 0.02, 0.03, 0.04, 0.05, 0.06]


def values(n, dtype=np.float64, seed=0):
    """n values of magnitudes from 1e-8 to 1e8, so that the order of a sum
    shows in its last bits."""
    rng = np.random.default_rng(seed + n)
    return (rng.standard_normal(n) * 10.0 ** rng.integers(-8, 9, n)).astype(dtype)


def layouts(shape, dtype=np.float64):
    """Views of shape: C, F, transposed, negative strides, steps."""
    n = int(np.prod(shape))
    c = values(n, dtype).reshape(shape)
    wide = values(2 * n, dtype).reshape(shape[:-1] + (2 * shape[-1],))
    views = [c, np.asfortranarray(c), c.T.copy().T, c[::-1], c[:, ::-1], np.asfortranarray(c)[::-1], wide[..., ::2], wide[..., ::-2], np.swapaxes(c.T.copy(), 0, -1)]
    return [v for v in views if v.shape == shape]


CASES = [("sum_transposed", (np.array(KNOWN).reshape(3, 6),)), ("mean_transposed", (np.array(KNOWN).reshape(3, 6),)),
         ("sum2", (np.array(KNOWN).reshape(3, 6).T,)), ("prod2", (np.array(KNOWN[:16]).reshape(4, 4).T + 0.5,))]
for shape in [(3, 6), (6, 3), (9, 11), (64, 2), (2, 64), (17, 129), (90, 91)]:
    for i, _ in enumerate(layouts(shape)):
        CASES += [(f, lambda shape=shape, i=i: (layouts(shape)[i],)) for f in ("sum2", "mean2", "sum_transposed")]
        CASES += [("prod2", lambda shape=shape, i=i: (1.0 + layouts(shape)[i] * 1e-9,))]
    for i, _ in enumerate(layouts(shape, np.float32)):
        CASES += [("sum32", lambda shape=shape, i=i: (layouts(shape, np.float32)[i],))]
for shape in [(2, 3, 4), (5, 1, 7), (3, 40, 9), (16, 16, 31)]:
    for i, _ in enumerate(layouts(shape)):
        CASES += [(f, lambda shape=shape, i=i: (layouts(shape)[i],)) for f in ("sum3",)]
        CASES += [("prod3", lambda shape=shape, i=i: (1.0 + layouts(shape)[i] * 1e-9,))]
    CASES += [("sum3", lambda shape=shape: (np.transpose(layouts(shape)[0], (1, 0, 2)),)), ("sum3", lambda shape=shape: (np.transpose(layouts(shape)[0], (2, 0, 1)),))]
    for i, _ in enumerate(layouts(shape, np.float32)):
        CASES += [("mean32", lambda shape=shape, i=i: (layouts(shape, np.float32)[i],))]
for shape in [(3, 6), (40, 50)]:
    CASES += [("mean_int", lambda shape=shape: (np.random.default_rng(1).integers(-2**62, 2**62, shape),)),
              ("mean_int", lambda shape=shape: (np.random.default_rng(1).integers(-2**62, 2**62, shape).T,))]

# more than 8192 elements: NumPy 2's buffering (see the docstring)
BIG = []
for shape in [(200, 100), (100, 200), (9000, 3), (3, 9000), (130, 130)]:
    for i, _ in enumerate(layouts(shape)):
        BIG += [(f, lambda shape=shape, i=i: (layouts(shape)[i],)) for f in ("big_sum2", "big_mean2")]
    for i, _ in enumerate(layouts(shape, np.float32)):
        BIG += [("big_sum32", lambda shape=shape, i=i: (layouts(shape, np.float32)[i],))]
BIG += [("big_sum3", lambda i=i: (layouts((100, 100, 2))[i],)) for i in range(len(layouts((100, 100, 2))))]
BIG += [("big_sum1", lambda n=n: (values(n),)) for n in (8193, 20000, 100001)] + [("big_sum1", lambda: (values(40000)[::-3],))]
BIG += [("big_mean_int", lambda: (np.random.default_rng(2).integers(-2**62, 2**62, (300, 100)),)),
        ("big_mean_int", lambda: (np.random.default_rng(2).integers(-2**62, 2**62, (300, 100))[:, ::-1],))]
CASES += BIG
NUMPY2_ORACLE = {name: "NumPy 1 sums more than 8192 elements in runs of 8192 in memory order; pynjit as NumPy 2 (docs/semantics.md)"
                 for name in ("big_sum1", "big_sum2", "big_mean2", "big_sum32", "big_sum3", "big_mean_int")}
