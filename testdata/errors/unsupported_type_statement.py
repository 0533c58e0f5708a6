# Python 3.12's type statements and type parameters beside compiled
# functions: a generic function compiles; a type alias is a global that
# nopython mode cannot use (Numba: "Untyped global name"); a type
# statement or a generic function inside a compiled function is refused.
from numba import njit

type Num = int
type Pair[T] = tuple[T, T]


@njit
def ident[T](x: T) -> T:
    return x


@njit
def uses_alias(x):
    y = Pair  # ERROR 9 "global 'Pair' cannot be used in nopython mode"
    return x


@njit
def inner_type(x):
    type L = list[int]  # ERROR 5 "'type' statement is unsupported in nopython mode"
    return x


@njit
def inner_generic(x):
    def h[U](y: U) -> U:  # ERROR 5 "a nested function definition is unsupported in nopython mode"
        return y
    return x


ident(1)
uses_alias(2)
inner_type(3)
inner_generic(4)
