"""Format specs print() cannot apply raise CPython's error at once (a
width or precision too big), before anything else of
the call is printed, and the error reaches the caller. (What print()
writes is compared in testdata/programs/format_error.py: this
harness's output is the cases' results.)"""
from numba import njit


@njit("int64(int64)")
def wide(x):
    print(f"{x:99999999999999999999d}")
    return x


@njit("float64(float64)")
def precise(y):
    print(f"{y:.3000000000f}")
    return y


@njit("float64(float64)")
def precise_e(y):
    print(f"{y:.2147483648e}")
    return y


@njit("int64(int64)")
def huge(x):
    print(f"{x:9223372036854775807}")
    return x


@njit("float64(int64)")
def caller(x):
    if x > 0:
        return precise(x * 1.0) + 1.0
    return 0.0


CASES = [
    ("wide", (7,)), ("precise", (1.5,)), ("precise_e", (1.5,)), ("huge", (1,)),
    ("caller", (3,)), ("caller", (-3,)),
]
