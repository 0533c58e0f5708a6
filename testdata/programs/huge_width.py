"""A width no memory holds: CPython raises MemoryError building the
string, and so does the compiled program, where it once formatted with
the width wrapped to an int."""
from numba import njit


@njit
def main():
    x = 1.5
    print(f"{x:>20.3f}|")
    print(f"{x:1000000000000000}", end="")


if __name__ == "__main__":
    main()
