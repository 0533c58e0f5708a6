"""fastgeo: distances on the sphere. The kernels are compiled ahead of time
into fastgeo/kernels.abi3.so when the package is built."""
from fastgeo.kernels import clamp, collatz_steps, dot, haversine, mean, scale
from fastgeo.units import EARTH_RADIUS_KM, km_to_miles

__all__ = ["EARTH_RADIUS_KM", "clamp", "collatz_steps", "dot", "haversine", "km_to_miles", "mean", "scale"]
