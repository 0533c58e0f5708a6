"""Python 3.12's syntax in a file of compiled functions (issue 26): a
generic function compiles as the plain function it is (Numba ignores its
type parameters, as it ignores annotations), whether its signature is
declared or comes from a call; type statements, generic classes and
f-strings that reuse their quotes beside them are the interpreter's."""
import numpy as np

from numba import njit

type Scalar = int | float
type Pair[T] = tuple[T, T]
type Bounded[T: (int, float), *Ts, **P] = dict[T, tuple[*Ts]]


class Box[T]:
    def __init__(self, item: T) -> None:
        self.item = item


@njit("int64(int64, int64)")
def add[T](a: T, b: T) -> T:
    return a + b


@njit("(float64[:],)")
def total[N: (int, float)](xs: np.ndarray) -> N:
    s = 0.0
    for x in xs:
        s += x
    return s


@njit
def halve[T](x: T) -> T:
    return x // 2


@njit("(int64,)")
def twice[T, *Ts, **P](n: T) -> Pair[T]:
    return add(n, n), halve(n)


@njit("float32(float32)")
def narrow[T: float](x: T) -> T:
    return x * x


LABEL = f"{"total"}: {f'{1 + 1:{"d"}}'} {"\N{BULLET}"}"


CASES = [
    ("add", (2, 3)), ("add", (2 ** 62, 2 ** 62)),
    ("total", (np.array([0.5, 1.25, -3.0]),)),
    ("twice", (21,)), ("twice", (-7,)),
    ("narrow", (np.float32(1.1),)),
]
