"""Counts primes below a limit with trial division, and prints the
first few and some statistics."""
from numba import njit


@njit
def is_prime(n):
    if n < 2:
        return False
    if n % 2 == 0:
        return n == 2
    d = 3
    while d * d <= n:
        if n % d == 0:
            return False
        d += 2
    return True


@njit
def count_primes(limit):
    count = 0
    for n in range(limit):
        if is_prime(n):
            count += 1
    return count


def main():
    for n in range(30):
        if is_prime(n):
            print(n, end=" ")
    print()
    for limit in (10, 100, 1000, 10000, 100000):
        c = count_primes(limit)
        print(f"primes below {limit:>6}: {c:5d} ({c / limit:.2%})")


if __name__ == "__main__":
    main()
