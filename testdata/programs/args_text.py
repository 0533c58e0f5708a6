"""sys.argv text that once met fixed buffers: a number of 200 digits
(int() and float() take it; the runtime refused more than 127 bytes),
underscores, and a last argument of 250 characters with a quote, which
ends the program with CPython's ValueError: the argument's repr, in
double quotes, cut at 200 characters (the runtime cut it at 120 bytes,
inside a character)."""
# args: 00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000123 0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000001_000.5 x'éééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééé
import sys

from numba import njit


@njit
def twice(x):
    return 2 * x


def main():
    n = int(sys.argv[1])
    x = float(sys.argv[2])
    print(twice(n), twice(x), len(sys.argv))
    print(int(sys.argv[3]))


if __name__ == "__main__":
    main()
