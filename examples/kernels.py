"""Numeric kernels written for Numba, compiled ahead of time by pynjit.

The same file runs unchanged under CPython (and under Numba).
"""
import math

from numba import njit


@njit("int64(int64, int64)")
def add(a, b):
    return a + b


@njit("int64(int64)")
def collatz_steps(n):
    steps = 0
    while n != 1:
        if n % 2 == 0:
            n //= 2
        else:
            n = 3 * n + 1
        steps += 1
    return steps


@njit("float64(int64)")
def leibniz_pi(terms):
    total = 0.0
    sign = 1.0
    for k in range(terms):
        total += sign / (2 * k + 1)
        sign = -sign
    return 4.0 * total


@njit("float64(float64, float64)")
def hypotenuse(x, y):
    return math.sqrt(x * x + y * y)


if __name__ == "__main__":
    print(f"add(2, 40) = {add(2, 40)}")
    print(f"collatz_steps(27) = {collatz_steps(27)}")
    print(f"leibniz_pi(1_000_000) = {leibniz_pi(1_000_000):.6f}")
