"""Numeric integration with the trapezoid and Simpson rules."""
import math

from numba import njit


@njit
def f(kind, x):
    if kind == 0:
        return math.sin(x)
    if kind == 1:
        return math.exp(-x * x)
    return 1.0 / (1.0 + x * x)


@njit
def trapezoid(kind, a, b, n):
    h = (b - a) / n
    s = 0.5 * (f(kind, a) + f(kind, b))
    for i in range(1, n):
        s += f(kind, a + i * h)
    return s * h


@njit
def simpson(kind, a, b, n):
    h = (b - a) / n
    s = f(kind, a) + f(kind, b)
    for i in range(1, n):
        w = 4.0 if i % 2 == 1 else 2.0
        s += w * f(kind, a + i * h)
    return s * h / 3.0


def main():
    for kind, a, b in ((0, 0.0, math.pi), (1, -3.0, 3.0), (2, 0.0, 1.0)):
        for n in (4, 16, 64, 256):
            t = trapezoid(kind, a, b, n)
            s = simpson(kind, a, b, n)
            print(f"f{kind} n={n:<4} trapezoid={t:.10f} simpson={s:.10f}")
    print("4 * integral of 1/(1+x^2) on [0, 1]:", 4 * simpson(2, 0.0, 1.0, 1000))


if __name__ == "__main__":
    main()
