"""Format specs with widths and precisions far past any small buffer:
the runtime once wrote NUL bytes and stack contents for f"{x:.500f}".
Ends with a precision CPython refuses (ValueError: precision too big)."""
from numba import njit


@njit
def show(x):
    print(f"{x:.500f}")
    print(f"{x:.30}")
    print(f"{x:.40e}")
    print(f"[{x:>1000.3f}]")
    print(f"[{x:*^301}]")
    print(f"{x:0300,.2f}")
    print(f"{x:.1100%}")
    print(f"{x:10000.10000f}")
    print(f"{x:.10000e}")
    print(f"{x:.10000g}|{x:.10000}")


@njit
def show_int(n):
    print(f"[{n:0200,}] [{n:>500}] [{n:#0150_x}] [{n:.700e}]")


def main():
    for x in (1.5, -0.1, 1e300, 5e-324, 123456789.125):
        show(x)
    for n in (0, -7, 2 ** 62):
        show_int(n)
    x = 2.5
    # the last statement, with end="", so that nothing else is written
    # after it, compiled or not
    print(f"{x:.2147483648f}", end="")


if __name__ == "__main__":
    main()
