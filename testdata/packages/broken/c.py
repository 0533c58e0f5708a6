from numba import njit


@njit
def uses_dict(n):
    d = {n: 1}  # ERROR 9 "dict"
    return d[n]
