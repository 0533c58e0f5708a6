"""A script beside its helpers module (not a package): pynjit build
kernels.py finds helpers.py as Python does, from the script's folder."""
import helpers as h
from helpers import OFFSET, helper
from numba import njit


@njit("int64(int64)")
def twice_helper(n):
    return helper(n) + h.helper(n) - OFFSET


@njit("float64(float64)")
def fhelper(x):
    return h.helper(x)


CASES = [
    ("twice_helper", (3,)),
    ("twice_helper", (-40,)),
    ("fhelper", (0.5,)),
]
