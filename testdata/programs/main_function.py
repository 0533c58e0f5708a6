"""An executable built from main() alone, without a __main__ block;
tuples iterate, unpack and print."""
from numba import njit


@njit
def stats(a, b, c):
    lo = min(a, b, c)
    hi = max(a, b, c)
    return lo, hi, (a + b + c) / 3


def main():
    for t in ((3, 1, 2), (-5, 10, 0), (7, 7, 7)):
        lo, hi, mean = stats(t[0], t[1], t[2])
        print(t, "->", (lo, hi), mean, sep=" ")
    total = 0
    for x in (1, 2, 3, 4):
        total += x * x
    print("sum of squares", total, (total,), ())
