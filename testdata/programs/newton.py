"""Newton's method for square and cube roots, printing each iterate."""
from numba import njit


@njit
def newton_sqrt(a, x, iterations):
    for i in range(iterations):
        x = 0.5 * (x + a / x)
        print(f"  iteration {i + 1}: {x!r}")
    return x


@njit
def cube_root(a):
    x = a if a > 1.0 else 1.0
    for _ in range(100):
        nxt = (2.0 * x + a / (x * x)) / 3.0
        if abs(nxt - x) < 1e-15 * abs(x):
            return nxt
        x = nxt
    return x


def main():
    for a in (2.0, 10.0, 1e6):
        print(f"sqrt({a}):")
        r = newton_sqrt(a, a, 6)
        print(f"  result {r:.15g}, squared {r * r}")
    for a in (8.0, 27.0, 2.0, 1000.0):
        print(f"cbrt({a}) = {cube_root(a)}")


if __name__ == "__main__":
    main()
