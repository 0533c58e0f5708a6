# Functions that nothing gives types are still checked for everything
# decidable without types, and check says once that they have none.
import math
import numpy as np
from numba import njit, jit
from scipy import linalg


@njit
def sqroot(x):  # NOTE 5 "sqroot has no argument types"
    return math.sqroot(x)  # ERROR 12 "Unknown attribute 'sqroot' of type Module\(math\)"


@njit
def qr(a):  # NOTE 5 "qr has no argument types"
    q, r = linalg.decomp_qr.qr(a)  # ERROR 12 "Unknown attribute 'qr' of type Module\(scipy\.linalg\.decomp_qr\)"
    return q


@njit
def unknown_numpy(a, b=1):  # NOTE 5 "unknown_numpy has no argument types"
    return np.no_such(a) + np.sum(a) + np.pi + math.pi + b  # ERROR 12 "Unknown attribute 'no_such' of type Module\(numpy\)"


@njit
def arity(a):  # NOTE 5 "arity has no argument types"
    x = unknown_numpy(a, 1, 2)  # ERROR 9 "unknown_numpy\(\) takes from 1 to 2 positional arguments but 3 were given"
    y = unknown_numpy()  # ERROR 9 "unknown_numpy\(\) missing 1 required positional argument: 'a'"
    z = unknown_numpy(a, c=3)  # ERROR 9 "unknown_numpy\(\) got an unexpected keyword argument 'c'"
    return x + y + z + unknown_numpy(a) + unknown_numpy(a, b=2)


@njit
def names(x):  # NOTE 5 "names has no argument types"
    y = undefined_thing + x  # ERROR 9 "NameError: name 'undefined_thing' is not defined"
    return y


@njit
def library_arity(x, y):  # NOTE 5 "library_arity has no argument types"
    a = math.sqrt(x, y)  # ERROR 9 "No implementation of function math\.sqrt found for 2 arguments: it takes 1"
    b = math.hypot(x)  # ERROR 9 "No implementation of function math\.hypot found for 1 argument: it takes 2"
    c = np.sqrt(x, y)  # ERROR 9 "No implementation of function np\.sqrt found for 2 arguments: it takes 1"
    return a + b + c + math.log(x, 2.0) + math.atan2(x, y) + math.ldexp(x, 3) + math.isnan(x)
