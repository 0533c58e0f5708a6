# The project's seed notebook as a file, as a new user would try it:
# no signature anywhere, types come from the calls. Only the nopython
# error the notebook is about is reported. (SciPy is needed to run it
# under CPython, not to check it: pynjit never imports the file.)
import numpy as np
from numba import jit
from scipy import linalg


@jit
def add(a, b):
    return a + b


add(1, 1)


def qr_decomposition(a):
    q, r = linalg.decomp_qr.qr(a)  # ERROR 12 "Unknown attribute 'qr' of type Module\(scipy\.linalg\.decomp_qr\)"
    return q, r


qr_jit = jit(nopython=True)(qr_decomposition)
qr_jit(np.zeros((5, 5)))

# Built with -k (internal/build's TestKeepGoing), add compiles, qr_jit
# does not:
# BUILT: add
# ABSENT: qr_jit, qr_decomposition
