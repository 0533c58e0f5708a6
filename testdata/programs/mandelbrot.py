"""A Mandelbrot set rendered as text."""
from numba import njit


@njit
def escape(cr, ci, limit):
    zr, zi = 0.0, 0.0
    for i in range(limit):
        zr, zi = zr * zr - zi * zi + cr, 2.0 * zr * zi + ci
        if zr * zr + zi * zi > 4.0:
            return i
    return limit


def main():
    width, height, limit = 60, 24, 200
    inside = 0
    for row in range(height):
        ci = 1.2 - 2.4 * row / (height - 1)
        for col in range(width):
            cr = -2.1 + 3.0 * col / (width - 1)
            n = escape(cr, ci, limit)
            if n == limit:
                print("#", end="")
                inside += 1
            elif n > 10:
                print("+", end="")
            elif n > 4:
                print(".", end="")
            else:
                print(" ", end="")
        print()
    print(f"{inside} of {width * height} points inside ({inside / (width * height):.1%})")


if __name__ == "__main__":
    main()
