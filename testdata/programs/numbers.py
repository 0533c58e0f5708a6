"""Number theory: gcd and lcm, perfect numbers, digit sums, modular
powers and divmod."""
import math

from numba import njit


@njit
def divisor_sum(n):
    s = 1
    d = 2
    while d * d <= n:
        if n % d == 0:
            s += d
            if d * d != n:
                s += n // d
        d += 1
    return s


@njit
def digit_sum(n):
    s = 0
    while n > 0:
        n, r = divmod(n, 10)
        s += r
    return s


@njit
def reverse(n):
    r = 0
    while n > 0:
        r = r * 10 + n % 10
        n //= 10
    return r


def main():
    print("perfect:", end="")
    for n in range(2, 10000):
        if divisor_sum(n) == n:
            print("", n, end="")
    print()
    for a, b in ((12, 18), (17, 5), (-24, 36), (0, 7)):
        g = math.gcd(a, b)
        print(f"gcd({a}, {b}) = {g}, divmod = {divmod(a, b)}")
    for n in (0, 9, 1234, 987654321):
        print(n, digit_sum(n), reverse(n), reverse(n) == n)
    print(pow(3, 200, 1000007), pow(2, -1, 7), pow(7, 2))


if __name__ == "__main__":
    main()
