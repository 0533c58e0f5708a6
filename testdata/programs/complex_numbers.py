"""complex128 in a program: arithmetic, abs, parts, and print, whose
repr must be CPython's ('2j', '(-0-2j)', '(1.5+0j)', '(1e+16-1e-05j)')."""
import math

from numba import njit


@njit
def rotate(z, turns):
    r = 1 + 0j
    for _ in range(turns):
        r *= 1j
    return z * r


@njit
def mandel_steps(c, limit):
    z = 0j
    for i in range(limit):
        z = z * z + c
        if abs(z) > 2.0:
            return i
    return limit


def main():
    print(1 + 2j, 2j, -2j, 1.5 + 0j, complex(1e16, -1e-5), complex(-0.0, 0.0), 0j)
    print(complex(math.inf, -math.inf), complex(math.nan, 1.0), complex(1.0, math.nan))
    z = 3 - 4j
    print(z, abs(z), z.real, z.imag, -z, z / 2, z / (1 + 1j), z == 3 - 4j, z != z)
    for k in range(5):
        print(k, rotate(1 + 2j, k))
    for c in (0j, -1 + 0j, 0.25 + 0.5j, 1 + 1j, -0.75 + 0.1j):
        print(f"c={c}: {mandel_steps(c, 50)} steps")


if __name__ == "__main__":
    main()
