"""Approximations of pi and e from series, with their errors."""
import math

from numba import njit


@njit
def leibniz(n):
    s = 0.0
    sign = 1.0
    for k in range(n):
        s += sign / (2 * k + 1)
        sign = -sign
    return 4.0 * s


@njit
def nilakantha(n):
    s = 3.0
    sign = 1.0
    for k in range(1, n + 1):
        a = 2.0 * k
        s += sign * 4.0 / (a * (a + 1) * (a + 2))
        sign = -sign
    return s


@njit
def euler(n):
    s, term = 1.0, 1.0
    for k in range(1, n):
        term /= k
        s += term
    return s


def main():
    for n in (1, 10, 100, 1000, 100000):
        lb, nk = leibniz(n), nilakantha(n)
        print(f"n={n:>6}: leibniz={lb:.12f} ({abs(lb - math.pi):.2e}) nilakantha={nk:.12f} ({abs(nk - math.pi):.2e})")
    for n in (2, 5, 10, 20):
        print(n, euler(n), euler(n) - math.e)


if __name__ == "__main__":
    main()
