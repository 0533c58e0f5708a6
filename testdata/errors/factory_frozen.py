# A factory's product closes over the factory's arguments and locals,
# frozen read-only as Numba freezes them: a write to one is refused
# with Numba's error, naming it as what it is.
import numpy as np
from numba import njit

BASE = np.array([1.0, 2.0, 3.0])


def make_filler(weights):
    table = np.zeros(4)

    @njit("float64(int64)")
    def fill(i):
        table[i] = 1.0  # ERROR 9 "function setitem .*the local 'table' of the factory make_filler is frozen read-only, as Numba freezes the arrays a jitted function closes over.*\(table.copy\(\)\)"
        weights[i] += 2.0  # ERROR 9 "function setitem .*the argument 'weights' of the factory make_filler is frozen read-only.*\(weights.copy\(\)\)"
        BASE[i] = 0.0  # ERROR 9 "function setitem .*the module constant 'BASE' is frozen read-only"
        return table[i] + weights[i]

    return fill


filler = make_filler(BASE)
