"""A package whose kernels call each other across modules, with relative
and absolute imports, module constants and a factory (issue 26). pynjit builds it
as one library (pynjit build testdata/packages/shapes); CASES are run
under CPython (the package imported) and through the built modules."""
import numpy as np

from .core import bounded, energy, safe_ratio, scaled_norm, twice
from .vec import dot, dot3

CASES = [
    ("dot", (np.arange(4.0), np.ones(4))),
    ("dot", (np.array([1.5, -2.0]), np.array([2.0, 0.25]))),
    ("energy", (np.arange(5.0),)),
    ("scaled_norm", (np.array([3.0, 4.0]), 2.0)),
    ("scaled_norm", (np.array([3.0, 4.0]), 9.0)),
    ("scaled_norm", (np.array([3.0, 4.0]), -7.0)),
    ("safe_ratio", (1.0, 0.0)),
    ("safe_ratio", (3.0, 2.0)),
    ("bounded", (-5,)),
    ("bounded", (17,)),
    ("bounded", (99,)),
    ("twice", (2.5,)),
    ("dot3", (np.arange(3.0), np.array([1.0, -1.0, 2.0]))),
]
