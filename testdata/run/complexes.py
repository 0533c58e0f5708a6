"""complex128: literals, arithmetic with CPython's formulas (division
scaled as _Py_c_quot), mixing with ints and floats, abs, real and imag,
equality, truth, and the errors CPython raises."""
from numba import njit


@njit("complex128(complex128, complex128)")
def add(a, b):
    return a + b


@njit("complex128(complex128, complex128)")
def sub_mul(a, b):
    return (a - b) * (a + b)


@njit("complex128(complex128, complex128)")
def div(a, b):
    return a / b


@njit("complex128(float64, int64)")
def mixed(x, n):
    return x + 2j * n - 1j / 4


@njit("float64(complex128)")
def modulus(z):
    return abs(z)


@njit("Tuple((float64, float64))(complex128)")
def parts(z):
    return z.real, z.imag


@njit("boolean(complex128, float64)")
def equal(z, x):
    return z == x


@njit("boolean(complex128)")
def truth(z):
    return bool(z) and not (z != z)


@njit("complex128(float64, float64)")
def make(re, im):
    return complex(re, im) * complex(2.0) - (-complex(im, re))


@njit("complex128(complex128, int64)")
def powi(z, n):
    r = 1 + 0j
    for _ in range(n):
        r = r * z
    return r


@njit("complex128(complex128, complex128)")
def power(a, b):
    return a ** b


@njit("complex128(complex128, int64)")
def power_int(a, n):
    return a ** n


CASES = [
    ("power", (1 + 1j, 2 + 0j)), ("power", (1 + 1j, 0.5 + 0j)), ("power", (2 + 3j, 1 - 1j)), ("power", (0j, 0j)),
    ("power", (0j, -1 + 0j)), ("power", (0j, 1j)), ("power", (0j, 2.5 + 0j)), ("power", (1e200 + 1e200j, 2 + 0j)),
    ("power", (complex(float("inf"), 0), 2 + 0j)), ("power", (-8 + 0j, 1 / 3 + 0j)), ("power", (1j, 1j)),
    ("power_int", (1 + 2j, 10)), ("power_int", (1 + 2j, -3)), ("power_int", (0.5 - 0.5j, 101)), ("power_int", (0j, -2)),
    ("add", (1 + 2j, 3 - 4j)), ("add", (-0.0 - 0j, 0j)), ("add", (complex(1e308, 1), complex(1e308, -1))),
    ("sub_mul", (2 + 3j, 1 - 1j)), ("sub_mul", (0.5j, 0.25)),
    ("div", (1 + 2j, 3 + 4j)), ("div", (1 + 2j, 0j)), ("div", (5j, 2.0 + 0j)), ("div", (1e300 + 1e300j, 1e-300 + 1e300j)),
    ("div", (1 + 1j, complex(float("nan"), 1.0))), ("div", (-3.5 + 0j, 0.0 - 7.0j)),
    ("mixed", (1.5, 3)), ("mixed", (-0.0, 0)),
    ("modulus", (3 + 4j,)), ("modulus", (complex(1e308, 1e308),)), ("modulus", (complex(float("inf"), float("nan")),)), ("modulus", (-0j,)),
    ("parts", (1.25 - 2.5j,)),
    ("equal", (2 + 0j, 2.0)), ("equal", (2 + 1e-300j, 2.0)), ("equal", (complex(float("nan"), 0), float("nan"))),
    ("truth", (0j,)), ("truth", (1e-320j,)), ("truth", (complex(float("nan"), 0),)),
    ("make", (1.0, -2.0)), ("make", (0.0, 0.0)),
    ("powi", (1 + 1j, 8)), ("powi", (0.5 - 0.5j, 3)), ("powi", (2j, 0)),
]
