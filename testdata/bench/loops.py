"""Loop-heavy scalar kernels for scripts/bench_loop.sh."""
from numba import njit


@njit("int64(int64)")
def collatz_total(limit):
    total = 0
    for start in range(1, limit):
        n = start
        while n != 1:
            if n % 2 == 0:
                n = n // 2
            else:
                n = 3 * n + 1
            total += 1
    return total


@njit("float64(int64)")
def leibniz(terms):
    s = 0.0
    sign = 1.0
    for k in range(terms):
        s += sign / (2 * k + 1)
        sign = -sign
    return 4.0 * s
