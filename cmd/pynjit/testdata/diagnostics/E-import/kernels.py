from numba import njit

from shapes import area, perimeter


@njit("float64(float64)")
def both(r):
    return area(r) + perimeter(r)
