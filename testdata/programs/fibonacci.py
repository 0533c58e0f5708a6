"""Fibonacci numbers: recursive, iterative, and their ratios."""
from numba import njit


@njit
def fib_rec(n):
    if n < 2:
        return n
    return fib_rec(n - 1) + fib_rec(n - 2)


@njit
def fib_iter(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


def main():
    print(" n |        fib(n) | ratio")
    for n in range(1, 91, 7):
        a, b = fib_iter(n), fib_iter(n + 1)
        print(f"{n:2d} | {a:13d} | {b / a}")
    print("fib_rec(25) =", fib_rec(25), fib_rec(25) == fib_iter(25))


if __name__ == "__main__":
    main()
