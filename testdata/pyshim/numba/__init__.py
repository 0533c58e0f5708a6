"""A stand-in for Numba under plain CPython: njit and jit hand back the
function unchanged, in every form pynjit compiles (@njit, @njit("sig"),
@njit(["sig", ...]), @jit(nopython=True), njit(f), njit("sig")(f)).
The differential tests run each testdata/run program under CPython with
this on PYTHONPATH to get the oracle's answers."""


def _decorator(*args, **kwargs):
    if len(args) == 1 and callable(args[0]) and not kwargs:
        return args[0]
    return lambda f: f


njit = _decorator
jit = _decorator
