# NumPy functions pynjit compiles from Python: each is typed by pynjit's
# own inference at the types of the call that uses it, like a function
# of the user's, and is compiled only into the programs that call it.
# They run unchanged under CPython too, where prelude_test.go checks
# them against NumPy's.
# What they leave out of NumPy's (docs/semantics.md): their axis=,
# dtype=, out=, prepend= and append= arguments, and None bounds for clip.
import numpy as np
from numba import njit


@njit
def cumsum(a):
    # of the elements in C order, whatever a's dimensions; the sum of
    # none is 0 in the dtype NumPy accumulates in: int64 for bools and
    # narrower ints, uint64 for unsigned ones
    flat = a.flatten()
    acc = np.sum(flat[:0])
    out = np.full(flat.size, acc)
    for i in range(flat.size):
        acc += flat[i]
        out[i] = acc
    return out


@njit
def cumprod(a):
    flat = a.flatten()
    acc = np.prod(flat[:0])
    out = np.full(flat.size, acc)
    for i in range(flat.size):
        acc *= flat[i]
        out[i] = acc
    return out


@njit
def diff(a, n=1):
    if n < 0:
        raise ValueError("order must be non-negative")
    # along the last axis, the first of a.T; NumPy repeats
    # x[1:] - x[:-1] n times, in a's dtype; for bools, x[1:] != x[:-1],
    # which is what the difference of the bools as ints (x * 1) is once
    # stored in a bool (NumPy refuses bool - bool)
    out = a.T.copy()
    k = len(out)
    for _ in range(n):
        if k == 0:
            break
        for i in range(k - 1):
            out[i] = out[i + 1] * 1 - out[i] * 1
        k -= 1
    return out[:k].T


@njit
def clip(a, a_min, a_max):
    # NumPy 2's definition, minimum(maximum(a, a_min), a_max): a NaN
    # element or bound gives NaN (NumPy 1.24 let a NaN bound clip
    # nothing), and with a_min > a_max every element is a_max
    return np.minimum(np.maximum(a, a_min), a_max)


@njit
def _clip_into(a, a_min, a_max):
    # np.clip of an array with Python scalar bounds of its kind, which
    # NumPy 2 computes in the array's dtype (NEP 50: np.clip(int8 array,
    # 0, 300) is int8, of a float32 array with float bounds float32):
    # clip's definition stored into an array of a's dtype (lib's
    # PreludeVariant calls this for clip where it applies: preludeFuncs)
    out = np.empty_like(a)
    out[:] = np.minimum(np.maximum(a, a_min), a_max)
    return out
