# Module-level values pynjit cannot freeze are clear errors where compiled
# code reads them, saying why: a name assigned twice (Numba freezes the
# value it has when the function is compiled), one assigned inside a
# module-level block, or one computed from what pynjit does not evaluate
# at build time (it never runs the module).
import os

import numpy as np
from numba import njit

COUNT = 1
COUNT = 2
STEPS = 10
STEPS += 1
WIDTH = int(os.environ.get("WIDTH", "8"))
if os.name == "posix":
    SEP = 1
TOO_BIG = 2 ** 64
RATE = 1 / 0
TABLE = np.linspace(0.0, 1.0, 4)


@njit("int64(int64)")
def twice(x):
    return x + COUNT  # ERROR 16 "global 'COUNT' cannot be used in nopython mode: it is assigned more than once at module level \(line 11 and line 12\)"


@njit("int64(int64)")
def augmented(x):
    return x + STEPS  # ERROR 16 "global 'STEPS' cannot be used in nopython mode: it is assigned more than once at module level \(line 13 and line 14\)"


@njit("int64(int64)")
def environ(x):
    return x * WIDTH  # ERROR 16 "global 'WIDTH' cannot be used in nopython mode: it is no constant pynjit can freeze at build time: pynjit does not evaluate os.environ.get\(\"WIDTH\", \"8\"\) at build time"


@njit("int64(int64)")
def in_block(x):
    return x + SEP  # ERROR 16 "global 'SEP' cannot be used in nopython mode: it is assigned inside a module-level block \(line 17\)"


@njit("int64(int64)")
def too_big(x):
    return x + TOO_BIG  # ERROR 16 "it is 18446744073709551616, too large for int64 and uint64"


@njit("float64(float64)")
def rate(x):
    return x * RATE  # ERROR 16 "it divides by zero \(ZeroDivisionError\)"


@njit("int64(int64)")
def table(i):
    return TABLE[i]  # ERROR 12 "global 'TABLE' cannot be used in nopython mode: it is no constant pynjit can freeze at build time: pynjit does not evaluate np.linspace\(0.0, 1.0, 4\)"
