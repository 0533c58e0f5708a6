"""Reads its arguments from sys.argv: a count and a step, converted with
int() and float(); the third is not a number, so the program ends with
CPython's ValueError."""
# args: 12 0.25 x7
import sys

from numba import njit


@njit
def walk(n, step):
    x = 0.0
    for i in range(n):
        x += step * (i % 3 - 1)
    return x


def main():
    n = int(sys.argv[1])
    step = float(sys.argv[2])
    print("arguments:", len(sys.argv) - 1, sys.argv[1], sys.argv[-1])
    print(f"walk({n}, {step}) = {walk(n, step)}")
    print(int(sys.argv[3]))


if __name__ == "__main__":
    main()
