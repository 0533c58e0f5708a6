# Constructs nopython mode does not compile; each error names the line.
import math

from numba import njit
from scipy import linalg


@njit("int64(int64)")
def uses_try(x):
    try:  # ERROR "'try' statement is unsupported in nopython mode"
        return x
    except ValueError:
        return 0


@njit("int64(int64)")
def uses_lambda(x):
    f = lambda y: y + 1  # ERROR "'lambda' is unsupported in nopython mode"
    return x


@njit("int64(int64)")
def uses_list(x):
    xs = [x, x]  # ERROR "a list is unsupported in nopython mode"
    return x


@njit("int64(int64)")
def unknown_name(x):
    return x + undefined_thing  # ERROR "NameError: name 'undefined_thing' is not defined"


@njit("float64(float64)")
def unknown_math(x):
    return math.sqr(x)  # ERROR "Unknown attribute 'sqr' of type Module\(math\)"


@njit("int64(int64)")
def unify_fail(x):
    y = 1
    if x > 0:
        y = (1, 2)  # ERROR "Cannot unify int64 and UniTuple\(int64 x 2\) for 'y'"
    return x


@njit("float64(float64)")
def qr(a):
    return linalg.decomp_qr.qr(a)  # ERROR "Unknown attribute 'qr' of type Module\(scipy.linalg.decomp_qr\)"


@njit("int64(int64)")
def with_stmt(x):
    with open("f") as f:  # ERROR "'with' statement is unsupported in nopython mode"
        pass
    return x


@njit("int64(int64)")
def bad_operands(x):
    return x + (1, 2)  # ERROR "unsupported operand type\(s\) for \+: 'int64' and 'UniTuple\(int64 x 2\)'"


def not_compiled(x):
    return [i for i in range(x)]
