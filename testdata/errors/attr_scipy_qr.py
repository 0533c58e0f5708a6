# An unknown attribute of a module or a value.
from numba import njit, jit
import math


from scipy import linalg


@njit
def f(a):
    return linalg.decomp_qr.qr(a)  # ERROR 12 "Unknown attribute 'qr' of type Module\(scipy\.linalg\.decomp_qr\)"


f(3)
