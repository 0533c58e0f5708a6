"""for-loops over ranges, tuples, enumerate() and zip(), with tuple
targets, break and else."""
from numba import njit


@njit
def weighted(n):
    total = 0
    for i, x in enumerate(range(10, 10 + n)):
        total += i * x
    return total


@njit
def dot3(a, b):
    s = 0.0
    for x, y in zip(a, b):
        s += x * y
    return s


@njit
def first_square_above(limit):
    for k, (i, j) in enumerate(zip(range(100), range(0, 1000, 3)), 1):
        if i * j > limit:
            return k, i, j
    return -1, -1, -1


def main():
    print(weighted(5), weighted(0))
    print(dot3((1.0, 2.0, 3.0), (4.0, 5.0, 6.0)))
    for a, b in zip(range(3), range(10, 20)):
        print(a, b, end="; ")
    print()
    for idx, value in enumerate((2.5, -1.0, 7.25), start=1):
        print(f"#{idx}: {value:+.2f}")
    print(first_square_above(500), first_square_above(10 ** 9))
    for n in range(2, 30):
        for d in range(2, n):
            if n % d == 0:
                break
        else:
            print(n, end=" ")
    print()


if __name__ == "__main__":
    main()
