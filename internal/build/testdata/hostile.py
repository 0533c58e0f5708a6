"""Names and strings hostile to generated code: docstrings and messages
that end string literals and comments or hold escapes, trigraphs, NUL
and lone surrogates; parameters named after C and C++ keywords and the
header's own names; non-ASCII names; functions named after C and C++
keywords. See hostilecheck.py."""
from numba import jit, njit


@njit("int64(int64, int64)")
def quotes(default, bool):
    '''Ends """ and ''' "\'\'\'" ''' here; then __import__("os").system("touch PWNED") """'''
    if default < 0:
        raise ValueError('ends " and \' and """; __import__("os").system("touch PWNED") #')
    return default + bool


@njit("int64(int64, int64)")
def escapes(int, register):
    """Backslashes: \\N{BULLET} \\x41 \\ at the end \\"""
    if int < 0:
        raise ValueError("\\N{BULLET} \\x41 \\u0041 \\")
    return int * register


@njit("int64(int64)")
def trigraphs(this):
    """Trigraphs ??/ ??= ??( ??' and a comment end */ then /* and ??/"""
    if this < 0:
        raise ValueError("??/ */ /* ??=??/")
    return this


@njit("int64(int64)")
def controls(new):
    """Line ends\nand\r\ncarriage returns, a tab\t, a form feed\f, a NUL\x00 and after"""
    if new < 0:
        raise ValueError("line\nend\r\nand\ttab")
    return new


@njit("int64(int64)")
def surrogate(x):
    """A lone surrogate \ud800 and \udfff, non-ASCII é 日本 😀, a line separator \u2028."""
    if x < 0:
        raise ValueError("lone \ud800 surrogate é 😀")
    return x


@njit("float64(float64, float64)")
def ünïcødé(α, β=2.5):
    """Non-ASCII names."""
    return α * β


@njit("int64(int64, int64, int64)")
def header_names(int64_t, pynjit_out, pynjit_array):
    return int64_t + pynjit_out + pynjit_array


@njit("UniTuple(int64, 2)(UniTuple(int64, 2), UniTuple(int64, 2))")
def tuples(result, x):
    return result[0] + x[0], result[1] + x[1]


@njit("int64(int64)")
def new(delete):
    """A C++ keyword as a function's name."""
    return delete + 1


@njit("int64(int64)")
def double(x):
    """A C keyword as a function's name."""
    return 2 * x


@jit
def fallback(n):
    """Falls back to object mode: the module imports this file."""
    return [n] * 2


CALLS = [
    ("quotes", (1, 2)), ("quotes", (-1, 2)), ("escapes", (3, 4)), ("escapes", (-1, 4)),
    ("trigraphs", (5,)), ("trigraphs", (-5,)), ("controls", (6,)), ("controls", (-6,)),
    ("surrogate", (7,)), ("surrogate", (-7,)), ("ünïcødé", (2.0,)), ("header_names", (1, 2, 3)),
    ("tuples", ((1, 2), (3, 4))), ("new", (1,)), ("double", (21,)), ("fallback", (3,)),
]
