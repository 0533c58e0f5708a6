# A signature string that does not parse or does not fit the function.
from numba import njit, jit
import math


@njit("int64(int64, int64)")  # ERROR 7 "signature int64\(int64, int64\) has 2 argument types, but f takes 1 parameters"
def f(x):
    return x


f(3)
