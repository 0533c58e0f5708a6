"""Recursion deeper than the thread's stack raises CPython's
RecursionError: every function in a cycle of the call graph (direct,
mutual, through a helper, holding arrays) tests the stack on entry.
Compiled code has no 1000-call limit, so the depths here are beyond any
stack (docs/semantics.md)."""
import numpy as np

from numba import njit


@njit("int64(int64)")
def depth(n):
    if n == 0:
        return 0
    return depth(n - 1) + 1


@njit("boolean(int64)")
def even(n):
    if n == 0:
        return True
    return odd(n - 1)


@njit("boolean(int64)")
def odd(n):
    if n == 0:
        return False
    return even(n - 1)


@njit
def step(n):
    return through(n - 1) + 1.0


@njit("float64(int64)")
def through(n):
    if n <= 0:
        return 0.0
    return step(n)


@njit("float64(float64[::1], int64)")
def arrays(a, n):
    if n == 0:
        return a.sum()
    b = a + 1.0  # a reference each frame holds while it recurses
    return arrays(a, n - 1) + b[0]


@njit("int64(int64)")
def sink(n):
    if n == 0:
        return 0
    return sink(n - 1) + 1


@njit("float64(float64[::1], int64)")
def holder(a, n):
    b = a + 1.0  # held while sink, which holds none, recurses
    return sink(n) + b[0]


@njit("int64(int64)")
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


CASES = [
    ("depth", (10 ** 7,)), ("even", (10 ** 7,)), ("odd", (10 ** 7 + 1,)),
    ("through", (10 ** 7,)), ("arrays", (np.ones(3), 10 ** 7)), ("holder", (np.ones(3), 10 ** 7)),
    ("depth", (300,)), ("even", (301,)), ("through", (300,)), ("arrays", (np.ones(3), 300)), ("holder", (np.ones(3), 300)), ("fib", (20,)),
]
