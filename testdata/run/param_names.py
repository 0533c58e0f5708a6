"""Parameters, locals and functions named like the labels of the
generated IR (entry, b0, b1, b2, ok, error) are the user's own names:
@njit("int64(int64)") def g(ok) once gave IR clang refused ('%ok' is not
a basic block), as did b1 with a loop (NPBench's nussinov; issue 27.2;
Known bug param-names of the random programs). internal/build's
TestGeneratedNamesAreNotUsers tries every generated name."""
import numpy as np
from numba import njit


@njit("int64(int64)")
def g(ok):
    return ok + 1


@njit("int64(int64)")
def h(entry):
    return entry * 2


@njit("int64(int64, int64)")
def loop(b1, b0):
    s = 0
    for i in range(b1):
        s += i + b0
    return s


@njit("int64(int64, int64)")
def err(error, b2):
    while error > 0:
        error -= 1
        b2 += 1
    if b2 > 3:
        return b2
    return -b2


@njit("int64(int64)")
def entry(x):
    return x + 1


@njit("int64(int64)")
def ok(x):
    return entry(x) * 2


@njit("int64(int64)")
def b1(x):
    t = 0
    for i in range(x):
        t += ok(i)
    return t


@njit("float64(float64[:], int64)")
def arr(error, b1):
    s = 0.0
    for i in range(b1):
        s += error[i]
    return s


@njit("int64(int64, int64, int64)")
def labels_as_locals(n, ok, error):
    entry = 0
    for b0 in range(n):
        b2 = b0 * ok
        if b2 > error:
            entry += b2
        else:
            entry -= 1
    return entry


CASES = [("g", (1,)), ("g", (-5,)), ("h", (3,)), ("loop", (4, 2)), ("loop", (0, 7)), ("err", (3, 1)), ("err", (0, 0)),
         ("entry", (1,)), ("ok", (1,)), ("b1", (4,)), ("arr", (np.arange(5.0), 3)), ("labels_as_locals", (6, 3, 4))]
