"""Collatz statistics: the longest chain below a limit and the average
number of steps."""
from numba import njit


@njit
def steps(n):
    count = 0
    while n != 1:
        if n % 2 == 0:
            n //= 2
        else:
            n = 3 * n + 1
        count += 1
    return count


@njit
def longest(limit):
    best, best_n = 0, 1
    for n in range(1, limit):
        s = steps(n)
        if s > best:
            best, best_n = s, n
    return best_n, best


def main():
    for limit in (10, 100, 1000, 10000, 100000):
        n, s = longest(limit)
        total = 0
        for k in range(1, limit):
            total += steps(k)
        print(f"below {limit}: {n} takes {s} steps; average {total / (limit - 1):.4f}")


if __name__ == "__main__":
    main()
