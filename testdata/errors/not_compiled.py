# Every function Numba would compile is compiled or reported: the
# constructs pynjit does not compile yet are warnings (errors under
# check --strict) at the decorator or call that asks for them, whatever
# errors their bodies hold.
import numba
from numba import cfunc, guvectorize, njit, stencil, vectorize
from numba.experimental import jitclass
from numba.extending import overload


@vectorize(["float64(float64)"])  # WARNING 2 "@vectorize is not supported yet: pynjit does not compile vsq"
def vsq(x):
    return x * x


@guvectorize(["void(float64[:], float64[:])"], "(n)->(n)")  # WARNING 2 "@guvectorize is not supported yet"
def gcopy(a, out):
    out[:] = a


@stencil  # WARNING 2 "@stencil is not supported yet: pynjit does not compile avg"
def avg(a):
    return (a[-1] + a[0] + a[1]) / 3


@cfunc("float64(float64)")  # WARNING 2 "@cfunc is not supported yet: pynjit does not compile cf"
def cf(x):
    return x + undefined_name


def my_len(x):
    return len(x)


@overload(my_len)  # WARNING 2 "@overload is not supported yet: pynjit does not compile my_len_impl"
def my_len_impl(x):
    return lambda x: x.shape[0]


@jitclass([("n", numba.int64)])  # WARNING 2 "@jitclass is not supported yet: pynjit does not compile class Counter"
class Counter:
    def __init__(self, n):
        self.n = n


def make_kernel(k):
    @njit  # WARNING 6 "f is a jitted function defined inside another function \(a closure, or a factory's product\), which pynjit does not compile yet"
    def f(x):
        return x * k + undefined_name

    return f


def make_table(n):
    """A local pynjit does not evaluate (a list) leaves the factory's
    product uncompiled, even where a module-level call asks for it."""
    table = [n, n + 1]

    @njit  # WARNING 6 "lookup is a jitted function defined inside another function"
    def lookup(i):
        return table[i]

    return lookup


lookup2 = make_table(2)


class Tools:
    @numba.njit  # WARNING 6 "twice is a jitted function defined as a method of a class"
    def twice(x):
        return 2 * x


def plain(x):
    return x + 1


g = njit("int64(int64)")(plain)
kernels = [njit(f) for f in (plain,)]  # WARNING 12 "njit\(...\) applied here is not compiled"
lam = njit(lambda x: x + 1)  # WARNING 7 "njit\(...\) applied here is not compiled"
fast = numba.njit(plain, cache=True)  # WARNING 8 "njit\(...\) applied here is not compiled"

try:

    @njit  # WARNING 6 "in_try is a jitted function defined inside a module-level if, try, for, while or with block"
    def in_try(x):
        return x

except ImportError:
    pass
