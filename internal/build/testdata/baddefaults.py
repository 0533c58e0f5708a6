"""Defaults the generated modules cannot write: each is an error when
building --emit py or pyext (see pydefaults_test.go)."""
from numba import njit

N = 3


@njit("int64(int64, int64)")
def by_name(x, n=N):  # ERROR 18 "by_name: only a number, bool, None or tuple of them"
    return x + n


@njit("int64(int64, int64)")
def by_call(x, n=abs(-2)):  # ERROR 18 "by_call: only a number"
    return x + n


@njit("int64(int64, int64)")
def by_power(x, n=2 ** 3):  # ERROR 19 "by_power: only a number"
    return x + n


@njit("int64(int64, UniTuple(int64, 2))")
def in_tuple(x, p=(1, N)):  # ERROR 23 "in_tuple: only a number"
    return x + p[0]


@njit("int64(int64, int64)")
def fine(x, n=-(+2)):
    return x + n
