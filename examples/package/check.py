"""Runs the kernels and prints the results: the same lines under Numba in a
checkout (PYTHONPATH=src) and from the installed wheel (no Numba, no
NumPy: arrays are array.array there)."""
import sys

import fastgeo
from fastgeo import kernels

try:
    import numpy as np

    def vector(values):
        return np.array(values, dtype=np.float64)
except ImportError:
    import array

    def vector(values):
        return array.array("d", values)

print("kernels from", "an extension module" if kernels.__file__.endswith(".so") else "source")
print("haversine", fastgeo.haversine(48.8566, 2.3522, 51.5074, -0.1278))
print("collatz_steps", [fastgeo.collatz_steps(n) for n in (1, 6, 27, 97)])
print("clamp", fastgeo.clamp(1.5, 0.0, 1.0), fastgeo.clamp(-2.0, -1.0, 1.0))
xs = vector([1.0, 2.5, -3.25, 4.0])
print("mean", fastgeo.mean(xs))
print("dot", fastgeo.dot(xs, vector([0.5, 0.25, 2.0, -1.0])))
fastgeo.scale(xs, 2.0)
print("scale", list(xs))
print("miles", round(fastgeo.km_to_miles(fastgeo.haversine(0.0, 0.0, 0.0, 1.0)), 6))
try:
    fastgeo.collatz_steps("27")
except TypeError:
    print("collatz_steps('27') raises TypeError")
print("numba" in sys.modules and "with numba" or "without numba")
