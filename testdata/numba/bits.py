"""Unary and bitwise operators on narrow and unsigned integers as Numba
0.56 types and computes them (issue 28.2): the operation is done in the
operand's own width and the result widened to 64 bits of the operand's
signedness; a shift takes its signedness from the left operand; ~ of a
bool is a bool. The table over every width is TestIntegerOperators."""
import numpy as np

from numba import njit


@njit("uint64(uint32)")
def complement32(x):
    return ~x


@njit("int64(int8)")
def negate8(x):
    return -x


@njit("uint64(uint8, int64)")
def shift_unsigned(x, n):
    return x << n


@njit("boolean(boolean)")
def invert_bool(b):
    return ~b


@njit("int64(int64[:])")
def invert_array_sum(a):
    return (~a).sum()


CASES = [
    ("complement32", (0,)), ("complement32", (2 ** 32 - 1,)), ("complement32", (12345,)),
    ("negate8", (-128,)), ("negate8", (5,)),
    ("shift_unsigned", (255, 60)), ("shift_unsigned", (1, 63)),
    ("invert_bool", (True,)), ("invert_bool", (False,)),
    ("invert_array_sum", (np.array([0, 1, -5]),)),
]
