"""A helper raises ValueError with a message; nothing catches it."""
from numba import njit


@njit
def checked_sqrt(x):
    if x < 0:
        raise ValueError("negative input")
    return x ** 0.5


def main():
    total = 0.0
    for x in (4.0, 9.0, 2.0, -1.0, 16.0):
        total += checked_sqrt(x)
        print(x, total)


if __name__ == "__main__":
    main()
