# np.array of list displays: Numba refuses an empty list (its item type
# is unknown) and raises on a ragged one; pynjit knows a display's shape
# when compiling and refuses both there. A list display anywhere else is
# still unsupported (pynjit has no list type), and np.array of an array
# is refused as Numba refuses it. Module-level arrays are frozen
# read-only, as Numba freezes a global array: writes to one, or to a
# view of one, fail to type.
import numpy as np
from numba import njit

TABLE = np.array([1, 2, 3], dtype=np.uint8)
GRID = np.array([[1.0, 2.0], [3.0, 4.0]])
RAGGED = np.array([[1, 2], [3]])
NESTED = (np.array([1.0]), 2)
INEXACT = np.arange(16777216, 16777220, dtype=np.float32)


@njit("float64(int64)")
def ragged(x):
    a = np.array([[1, 2], [x]])  # ERROR 9 "np.array\(.*\): the nested sequences are ragged: item 0 has shape \[2\] and item 1 has shape \[1\]"
    return a.sum()


@njit("float64(int64)")
def empty(x):
    a = np.array([])  # ERROR 9 "np.array\(Tuple\(\)\): cannot infer the dtype of an empty list or tuple"
    return a.sum() + x


@njit("float64(int64)")
def not_a_number(x):
    a = np.array([x, (1, 2)])  # ERROR 9 "an item of type|ragged"
    return a.sum()


@njit("int64(int64)")
def list_elsewhere(x):
    return len([x, 2])  # ERROR 16 "a list is unsupported in nopython mode"


@njit("float64(float64[:])")
def of_array(a):
    return np.array(a).sum()  # ERROR 12 "np.array of an array is unsupported in nopython mode"


@njit("complex128(float64)")
def complex_items(x):
    return np.array([x, 1j])[0]  # ERROR 12 "the dtype complex128 is unsupported in nopython mode"


@njit("int64(int64)")
def write(i):
    TABLE[i] = 5  # ERROR 5 "No implementation of function setitem found for signature \(readonly array\(uint8, 1d, C\), int64, int64\): the module constant 'TABLE' is frozen read-only"
    return TABLE[i]


@njit("int64(int64)")
def augmented(i):
    GRID[i] += 1.0  # ERROR 5 "No implementation of function iadd found for signature \(readonly array\(float64, 1d, C\), float64\)"
    return 0


@njit("int64(int64)")
def through_view(i):
    row = GRID[i, :]
    row[0] = 2.0  # ERROR 5 "function setitem .*the module constant 'GRID' is frozen read-only"
    return 0


@njit("int64()")
def through_loop():
    for row in GRID:
        row[1] = 0.0  # ERROR 9 "the module constant 'GRID' is frozen read-only"
    return 0


@njit("int64()")
def ragged_global():
    return RAGGED[0]  # ERROR 12 "global 'RAGGED' cannot be used in nopython mode: it is no constant pynjit can freeze at build time: np.array\(\[\[1, 2\], \[3\]\]\): its nested sequences are ragged"


@njit("float64()")
def tuple_of_array():
    return NESTED[1]  # ERROR 12 "it is a tuple holding an array, which pynjit does not freeze"


@njit("float64(int64)")
def inexact_range(i):
    return INEXACT[i]  # ERROR 12 "pynjit does not evaluate np\.arange\(16777216, 16777220, dtype=np\.float32\) at build time \(integers beyond those float32 holds exactly\)"
