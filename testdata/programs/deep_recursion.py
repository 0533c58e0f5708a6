"""Recursion deeper than the stack: compiled code raises CPython's
RecursionError (a guard in every function in a cycle of the call graph)
instead of running off the stack."""
from numba import njit


@njit
def depth(n):
    if n == 0:
        return 0
    return depth(n - 1) + 1


@njit
def even(n):
    if n == 0:
        return True
    return odd(n - 1)


@njit
def odd(n):
    if n == 0:
        return False
    return even(n - 1)


@njit
def main():
    print(depth(500), even(501), odd(501))
    print(depth(10 ** 7))


if __name__ == "__main__":
    main()
