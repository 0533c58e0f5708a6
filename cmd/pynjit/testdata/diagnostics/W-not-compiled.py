from numba import njit, vectorize


@vectorize(["float64(float64)"])
def square(x):
    return x * x


def make_scaler(k):
    @njit
    def scale(x):
        return x * k

    return scale
