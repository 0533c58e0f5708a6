"""Functions compiled at several signatures, called from Python with every
kind of argument (testdata/dispatch/oracle.py, TestDispatch): the
generated module must run the signature Numba's dispatcher runs, or raise
the exception Numba raises, with Numba's message when no signature
matches.

Each function returns 0 as a different type in each signature (int64,
float64, complex128, bool), so the type of the result says which one ran.
The functions of one signature of int64, float64 and array parameters are
in the extension module (--emit pyext) too, which must do the same.
"""
import array

import numpy as np

from numba import njit

@njit(["int64(int32)", "float64(int64)"])
def i32_i64(x):
    return 0


@njit(["int64(int64)", "float64(int32)"])
def i64_i32(x):
    return 0


@njit(["int64(int8)", "float64(uint8)"])
def i8_u8(x):
    return 0


@njit(["int64(uint64)", "float64(int64)"])
def u64_i64(x):
    return 0


@njit(["int64(uint16)", "float64(int16)", "complex128(uint32)"])
def u16_i16_u32(x):
    return 0


@njit(["int64(float32)", "float64(float64)"])
def f32_f64(x):
    return 0


@njit(["int64(float64)", "float64(float32)"])
def f64_f32(x):
    return 0


@njit(["int64(int64)", "float64(float64)"])
def i64_f64(x):
    return 0


@njit(["int64(float64)", "float64(int64)"])
def f64_i64(x):
    return 0


@njit(["int64(boolean)", "float64(int8)"])
def b_i8(x):
    return 0


@njit(["int64(int8)", "float64(float32)"])
def i8_f32(x):
    return 0


@njit(["int64(int16)", "float64(float32)", "complex128(int32)"])
def i16_f32_i32(x):
    return 0


@njit(["int64(complex128)", "float64(float64)"])
def c_f64(x):
    return 0


@njit(["int64(int8)", "float64(int16)", "complex128(int32)", "boolean(int64)"])
def widths(x):
    return 0


@njit(["int64(uint8)", "float64(float32)", "complex128(complex128)", "boolean(boolean)"])
def kinds(x):
    return 0


@njit("float64(int32)")
def only_i32(x):
    return 0


@njit("float64(float32)")
def only_f32(x):
    return 0


@njit("float64(boolean)")
def only_bool(x):
    return 0


@njit("float64(complex128)")
def only_c(x):
    return 0


@njit(["int64(float64[::1])", "float64(float64[:])"])
def a_c_a(x):
    return 0


@njit(["int64(float64[:])", "float64(float64[::1])"])
def a_a_c(x):
    return 0


@njit(["int64(float64[:, ::1])", "float64(float64[::1, :])", "complex128(float64[:, :])"])
def a_c_f_a(x):
    return 0


@njit(["int64(float64[:, :])", "float64(float64[::1, :])"])
def a_a_f(x):
    return 0


@njit(["int64(float64[:])", "float64(float32[:])", "complex128(int64[:])", "boolean(float64[:, :])"])
def a_dtypes(x):
    return 0


@njit("float64(float64[:, ::1])")
def only_c2(x):
    return 0


@njit(["int64(UniTuple(int64, 2))", "float64(UniTuple(float64, 2))"])
def t_ii_ff(x):
    return 0


@njit(["int64(Tuple((int64, float64)))", "float64(UniTuple(float64, 2))", "complex128(UniTuple(int32, 2))"])
def t_if_ff(x):
    return 0


@njit(["int64(int64, float64)", "float64(float64, int64)"])
def two_if_fi(x, y):
    return 0


@njit(["int64(int32, int32)", "float64(int64, int64)", "complex128(float64, float64)"])
def two_widths(x, y):
    return 0


@njit(["int64(float64[::1], int64)", "float64(float64[:], float64)"])
def two_array(x, y):
    return 0


@njit("float64(float64[:])")
def only_a(x):
    return 0


@njit("int64(int64[::1])")
def only_i8c(x):
    return 0


@njit("float64(float64[::1, :])")
def only_f2(x):
    return 0


@njit("int64(int64, float64)")
def only_if(x, y):
    return 0


@njit("float64(float64)")
def echo_f64(x):
    return x


@njit("int64(int8)")
def echo_i8(x):
    return x


@njit("int64(uint8)")
def echo_u8(x):
    return x


@njit("int64(int32)")
def echo_i32(x):
    return x


@njit("int64(int64)")
def echo_i64(x):
    return x


@njit("uint64(uint64)")
def echo_u64(x):
    return x


@njit("float64(float32)")
def echo_f32(x):
    return x


@njit("boolean(boolean)")
def echo_b(x):
    return x


def readonly(a):
    a.flags.writeable = False
    return a


def arrays():
    """Arrays of every layout, element type and dimension the functions
    take, read-only ones and other buffers."""
    a2 = np.arange(12.0).reshape(3, 4)
    return [
        ("f8[::1]", np.arange(4.0)), ("f8[::2]", np.arange(8.0)[::2]), ("f8[::-1]", np.arange(4.0)[::-1]),
        ("f8 empty", np.zeros(0)), ("f8 0d", np.zeros(())),
        ("f8[:, ::1]", a2), ("f8[::1, :]", np.asfortranarray(a2)), ("f8[:, ::2]", a2[:, ::2]),
        ("f8 (1, 4)", np.zeros((1, 4))), ("f8 (4, 1).T", np.zeros((4, 1)).T), ("f8 (3, 4)[:, 1:2]", a2[:, 1:2]),
        ("f8 3d", np.zeros((2, 2, 2))),
        ("f4[::1]", np.arange(4, dtype=np.float32)), ("i8[::1]", np.arange(4)), ("i4[::1]", np.arange(4, dtype=np.int32)),
        ("u8[::1]", np.arange(4, dtype=np.uint64)), ("b1[::1]", np.zeros(4, bool)), ("c16[::1]", np.zeros(4, complex)),
        ("f2[::1]", np.zeros(4, np.float16)), (">f8[::1]", np.zeros(4, ">f8")), ("f8[:, ::1] (2, 2)", np.zeros((2, 2))),
        ("readonly f8[::1]", readonly(np.arange(4.0))), ("readonly f8[::2]", readonly(np.arange(8.0)[::2])),
        ("readonly f8[:, ::1]", readonly(np.arange(4.0).reshape(2, 2))),
        ("readonly f8[::1, :]", readonly(np.asfortranarray(np.arange(6.0).reshape(2, 3)))),
        ("memoryview f8", memoryview(np.arange(3.0))), ("array.array d", array.array("d", [1.0, 2.0])),
        ("bytes", b"ab"), ("bytearray", bytearray(b"ab")), ("U3[::1]", np.zeros(2, "U3")),
    ]


def scalars():
    """Python's numbers, every NumPy scalar type and other objects."""
    return [
        ("True", True), ("False", False), ("3", 3), ("-1", -1), ("2**31", 2**31), ("-2**63", -2**63),
        ("2**63-1", 2**63 - 1), ("2**63", 2**63), ("2**64", 2**64), ("300", 300), ("-129", -129),
        ("1.5", 1.5), ("-2.9", -2.9), ("1e300", 1e300), ("nan", float("nan")), ("inf", float("inf")), ("1j", 1j),
        ("np.bool_", np.bool_(True)), ("np.int8", np.int8(3)), ("np.uint8", np.uint8(3)),
        ("np.int16", np.int16(3)), ("np.uint16", np.uint16(3)), ("np.int32", np.int32(3)),
        ("np.uint32", np.uint32(3)), ("np.int64", np.int64(3)), ("np.uint64", np.uint64(3)),
        ("np.intc", np.intc(3)), ("np.longlong", np.longlong(3)), ("np.ulonglong", np.ulonglong(3)),
        ("np.float16", np.float16(1.5)), ("np.float32", np.float32(1.5)), ("np.float64", np.float64(1.5)),
        ("np.longdouble", np.longdouble(1.5)), ("np.complex64", np.complex64(1j)), ("np.complex128", np.complex128(1j)),
        ("np.datetime64", np.datetime64(1, "D")), ("np.timedelta64", np.timedelta64(1, "s")),
        ("None", None), ("'s'", "s"), ("[1, 2]", [1, 2]), ("[]", []), ("[[]]", [[]]), ("([], 1)", ([], 1)),
        ("{1}", {1}), ("set()", set()), ("{1: 2}", {1: 2}),
        ("object()", object()),
        ("(1, 2)", (1, 2)), ("(1, 2.0)", (1, 2.0)), ("(1.0, 2.0)", (1.0, 2.0)), ("(True, 2)", (True, 2)),
        ("(i4, i4)", (np.int32(1), np.int32(2))), ("(1, 2, 3)", (1, 2, 3)), ("(f4, f8)", (np.float32(1), 2.0)),
    ]


PAIR_ITEMS = [("True", True), ("3", 3), ("1.5", 1.5), ("np.int32", np.int32(3)), ("np.float32", np.float32(1.5)),
              ("np.uint64", np.uint64(3)), ("1j", 1j), ("f8[::1]", np.arange(3.0)), ("f8[::2]", np.arange(6.0)[::2])]


def cases():
    """(function, label, arguments) for every call of the table: each
    one-parameter function with every argument, each two-parameter one
    with every pair of PAIR_ITEMS."""
    one = scalars() + arrays()
    out = []
    for name, fn in sorted(globals().items()):
        if not hasattr(fn, "py_func"):
            continue
        nparams = fn.py_func.__code__.co_argcount
        if nparams == 1:
            out += [(name, label, (v,)) for label, v in one]
        else:
            out += [(name, "%s, %s" % (la, lb), (a, b)) for la, a in PAIR_ITEMS for lb, b in PAIR_ITEMS]
    return out


# Arguments Numba 0.56 types otherwise than 0.68, which pynjit follows
# (docs/semantics.md): the label and what 0.56 does.
NUMBA056_DIFFERS = {
    "np.longdouble": "NumbaNotImplementedError from typeof, where 0.68 names it pyobject",
    ">f8[::1]": "NumbaValueError (Unsupported array dtype: >f8) from typeof, where 0.68 names it pyobject",
}
