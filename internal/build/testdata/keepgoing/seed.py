# The seed notebook of issue 19 as a file: add compiles, qr_jit does not.
# BUILT: add
# ABSENT: qr_jit, qr_decomposition
import numpy as np
from numba import jit
from scipy import linalg


@jit
def add(a, b):
    return a + b


add(1, 1)


def qr_decomposition(a):
    q, r = linalg.decomp_qr.qr(a)  # ERROR 12 "Unknown attribute 'qr' of type Module\(scipy.linalg.decomp_qr\)"
    return q, r


qr_jit = jit(nopython=True)(qr_decomposition)
qr_jit(np.zeros((5, 5)))
