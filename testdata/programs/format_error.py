"""A format spec print() cannot apply raises CPython's error at once:
nothing after it is printed, and the first error is the one reported
(pynjit went on, and reported the last)."""
from numba import njit


@njit
def show(x):
    print("int", x)
    print(f"{x:99999999999999999999d}")
    print("after int")


@njit
def showf(y):
    print("float", y)
    print(f"{y:.3000000000f}|{y:>10.3f}")
    print("after float")


@njit
def main():
    print(f"{2.5:>10.3f}|{42:_>6d}")
    showf(1.5)
    show(7)
    print("end")


if __name__ == "__main__":
    main()
