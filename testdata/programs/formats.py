"""Format specs in f-strings for ints and floats."""
from numba import njit


@njit
def show_int(n):
    print(f"[{n}] [{n:>6}] [{n:<8}] [{n:^9}] [{n:03d}] [{n:+d}] [{n:,}] [{n:_x}] [{n:#x}] [{n:b}] [{n:o}] [{n:X}] [{n:*>10}] [{n:08,d}]")


@njit
def show_float(x):
    print(f"[{x}] [{x:.3f}] [{x:.3e}] [{x:g}] [{x:.3g}] [{x:10.2f}] [{x:<10.2f}] [{x:+.1f}] [{x:.2%}] [{x:,.2f}] [{x:E}] [{x:.3}] [{x:012.4f}]")


def main():
    for n in (0, 7, -42, 1234567, -1234567, 2 ** 40):
        show_int(n)
    for x in (0.0, -0.0, 1.0, 3.14159265358979, -2.5, 1234.5678, 1e-7, 6.02e23):
        show_float(x)


if __name__ == "__main__":
    main()
