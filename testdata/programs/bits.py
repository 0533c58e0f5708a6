"""Bit manipulation: population counts, parity and Gray codes."""
from numba import njit


@njit
def popcount(n):
    c = 0
    while n:
        n &= n - 1
        c += 1
    return c


@njit
def gray(n):
    return n ^ (n >> 1)


def main():
    for n in range(16):
        g = gray(n)
        print(f"{n:2d} {n:04b} gray={g:04b} pop={popcount(n)} parity={popcount(n) % 2 == 1}")
    print(popcount(2 ** 62 - 1), ~5, -8 >> 1, 1 << 40, 0xFF & -2, 6 | 9)


if __name__ == "__main__":
    main()
