"""A program that dies of an uncaught ZeroDivisionError halfway."""
from numba import njit


@njit
def ratio(a, b):
    return a // b


def main():
    for b in (3, 2, 1, 0, -1):
        print(f"100 // {b} =", ratio(100, b))


if __name__ == "__main__":
    main()
