from numba import njit


@njit("float64(float64, float64)")
def hypot(x: int, y: int):
    return (x * x + y * y) ** 0.5
