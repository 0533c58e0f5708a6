"""Float output: repr's shortest round-trip form, as print shows it."""
import math

from numba import njit


@njit
def values(k):
    if k == 0:
        return 0.1 + 0.2
    if k == 1:
        return 1.0 / 3.0
    if k == 2:
        return 1e22
    if k == 3:
        return 1e-7
    if k == 4:
        return 2.0 ** 0.5
    if k == 5:
        return -0.0
    if k == 6:
        return math.inf
    if k == 7:
        return -math.inf
    if k == 8:
        return 1e16
    if k == 9:
        return 1e15
    if k == 10:
        return 123456789.0
    if k == 11:
        return 5e-324
    if k == 12:
        return 1.7976931348623157e308
    if k == 13:
        return 0.0001
    if k == 14:
        return 0.00001
    if k == 15:
        return 100.0 / 7.0
    return math.nan


def main():
    for k in range(17):
        x = values(k)
        print(k, x, -x, x * 10, x / 10, x == x)
    print(0.5, 2.5, 1e100, 9007199254740993.0, 0.3 - 0.1)


if __name__ == "__main__":
    main()
