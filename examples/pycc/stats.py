"""Statistics kernels, compiled ahead of time in numba.pycc's form.

Numba's (deprecated) pycc and pynjit build the same extension module,
stats, from this file, unchanged:

    python3 stats.py          # numba.pycc: stats.cpython-311-x86_64-linux-gnu.so
    pynjit build stats.py     # pynjit:     stats.abi3.so

Then `import stats` finds the extension module before this file, and
`stats.mean(a)` runs compiled code without Numba. The file itself still
runs under CPython and Numba: cc.export returns each function unchanged.
"""
import math

from numba import njit
from numba.pycc import CC

cc = CC('stats')
# Uncomment the following line to print out the compilation steps
# cc.verbose = True


@njit
def _mean(a):
    total = 0.0
    for x in a:
        total += x
    return total / a.shape[0]


@njit
def _std(a):
    m = _mean(a)
    s = 0.0
    for x in a:
        s += (x - m) ** 2
    return math.sqrt(s / a.shape[0])


# Exported functions call each other through @njit helpers, as pycc needs.
@cc.export('mean', 'f8(f8[:])')
def mean(a):
    return _mean(a)


@cc.export('std', 'f8(f8[:])')
def std(a):
    return _std(a)


@cc.export('multf', 'f8(f8, f8)')
@cc.export('multi', 'i8(i8, i8)')
def mult(a, b):
    return a * b


@cc.export('square', 'f8(f8)')
def square(a):
    return a ** 2


@cc.export('gcd', 'int64(int64, int64)')
def gcd(a, b):
    while b:
        a, b = b, a % b
    return a


@cc.export('zscores', 'f8[:](f8[:])')
def zscores(a):
    return (a - _mean(a)) / _std(a)


@cc.export('scale', 'void(f8[:], f8)')
def scale(a, k):
    for i in range(a.shape[0]):
        a[i] *= k


if __name__ == "__main__":
    cc.compile()
