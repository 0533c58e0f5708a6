# A program whose jitted functions are all untyped: pynjit trace records
# their argument types from a run, and the built module must agree with
# CPython on the same arguments (cmd/pynjit TestTraceRoundTrip).
import sys

import numpy as np
from numba import jit, njit


@njit
def total(a):
    s = 0.0
    for i in range(a.shape[0]):
        for j in range(a.shape[1]):
            s += a[i, j]
    return s


@njit
def scale(a, k):
    return a * k


@jit(nopython=True)
def mix(n, x, flag):
    if flag:
        return n * x
    return n + x


@njit
def pair(t):
    return t[0] * t[1] + t[2]


@njit
def count(n):
    c = 0
    for i in range(n):
        if i % 3 == 0:
            c += i
    return c


def plain(v):
    return v + 1


checked = njit(plain)


if __name__ == "__main__":
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 7
    a = np.arange(12.0).reshape(3, 4)
    print(total(a), total(np.asfortranarray(a)), total(a[:, ::2]))
    print(scale(np.arange(5.0), 2.5).sum())
    print(mix(3, 1.5, True), mix(4, 2.0, False))
    print(pair((3, 4, 5)))
    print(count(n), checked(n))
