"""Functions named like the C library's (exp, floor, div, malloc, free,
memcpy, abort, printf, strlen, puts, main; fdiv is libm's since C23):
compiled code still gets libm's exp and floor (math.exp, float //) and
the C library's output. internal/build/libcnames_test.go also builds
them into a library, a Python module, an extension module and a C
program."""
import math

from numba import njit


@njit("float64(float64)")
def exp(x):
    return x + 100.0


@njit("float64(float64)")
def floor(x):
    return 200.0


@njit("int64(int64, int64)")
def div(a, b):
    return a * 1000 + b


@njit("int64(int64)")
def malloc(n):
    return n * 2


@njit("int64(int64)")
def free(n):
    return n - 1


@njit("int64(int64, int64)")
def memcpy(a, b):
    return a - b


@njit("int64(int64)")
def abort(x):
    return -x


@njit("int64(int64)")
def printf(x):
    print("printf", x)
    return x


@njit("float64(float64, float64)")
def fdiv(a, b):
    return a // b


@njit("int64(int64)")
def strlen(n):
    return n % 7


@njit("int64(int64)")
def puts(n):
    return n + 3


@njit("float64(float64)")
def libm(x):
    return math.exp(x) + math.floor(x) + x // 0.75 + x % 0.75


@njit
def main():
    print(exp(1.0), floor(2.5), div(7, 2), malloc(21), free(5), memcpy(9, 4), abort(3))
    print(printf(42), fdiv(7.5, 3.0), fdiv(-7.5, 2.0), strlen(100), puts(1))
    print(math.exp(1.0), math.floor(2.5), 7.5 // 3.0, -7.5 // 2.0, 7.5 % 2.0)
    print(math.exp(exp(0.0) - 100.0), f"{math.pi:.3f}", 10 // 3, -10 % 3, libm(2.5))


if __name__ == "__main__":
    main()
