# A function whose signature is refused gets that error only: no note
# that it has no types (the error says why); one with no signature at all
# still gets the note.
from numba import njit


@njit("int64(int64, int64, int64)")  # ERROR 7 "signature int64\(int64, int64, int64\) has 3 argument types, but f takes 2 parameters"
def f(a, b):
    return a + b


@njit("int64(complex512)")  # ERROR 14 "unknown type \"complex512\""
def g(a):
    return a


@njit(42)  # ERROR 7 "expected a signature string"
def h(a):
    return a


@njit
def untyped(a):  # NOTE 5 "untyped has no argument types"
    return a
