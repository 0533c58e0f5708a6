from numba import njit


@njit("float64(float64)")
def step(x):
    return x + 1.0
