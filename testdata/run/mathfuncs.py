"""Every function of the math module that pynjit compiles, on ordinary
inputs and on the inputs where CPython raises ValueError or OverflowError."""
import math

from numba import njit


@njit("float64(float64)")
def m_acos(x): return math.acos(x)
@njit("float64(float64)")
def m_acosh(x): return math.acosh(x)
@njit("float64(float64)")
def m_asin(x): return math.asin(x)
@njit("float64(float64)")
def m_asinh(x): return math.asinh(x)
@njit("float64(float64)")
def m_atan(x): return math.atan(x)
@njit("float64(float64, float64)")
def m_atan2(y, x): return math.atan2(y, x)
@njit("float64(float64)")
def m_atanh(x): return math.atanh(x)
@njit("int64(float64)")
def m_ceil(x): return math.ceil(x)
@njit("float64(float64, float64)")
def m_copysign(x, y): return math.copysign(x, y)
@njit("float64(float64)")
def m_cos(x): return math.cos(x)
@njit("float64(float64)")
def m_cosh(x): return math.cosh(x)
@njit("float64(float64)")
def m_degrees(x): return math.degrees(x)
@njit("float64(float64)")
def m_erf(x): return math.erf(x)
@njit("float64(float64)")
def m_erfc(x): return math.erfc(x)
@njit("float64(float64)")
def m_exp(x): return math.exp(x)
@njit("float64(float64)")
def m_expm1(x): return math.expm1(x)
@njit("float64(float64)")
def m_fabs(x): return math.fabs(x)
@njit("int64(float64)")
def m_floor(x): return math.floor(x)
@njit("float64(float64)")
def m_frexp(x):
    m, e = math.frexp(x)
    return m * 1000.0 + e
@njit("float64(float64)")
def m_gamma(x): return math.gamma(x)
@njit("int64(int64, int64)")
def m_gcd(a, b): return math.gcd(a, b)
@njit("float64(float64, float64)")
def m_hypot(x, y): return math.hypot(x, y)
@njit("bool(float64)")
def m_isfinite(x): return math.isfinite(x)
@njit("bool(float64)")
def m_isinf(x): return math.isinf(x)
@njit("bool(float64)")
def m_isnan(x): return math.isnan(x)
@njit("float64(float64, int64)")
def m_ldexp(x, e): return math.ldexp(x, e)
@njit("float64(float64)")
def m_lgamma(x): return math.lgamma(x)
@njit("float64(float64)")
def m_log(x): return math.log(x)
@njit("float64(float64, float64)")
def m_logb(x, b): return math.log(x, b)
@njit("float64(float64)")
def m_log10(x): return math.log10(x)
@njit("float64(float64)")
def m_log1p(x): return math.log1p(x)
@njit("float64(float64)")
def m_log2(x): return math.log2(x)
@njit("float64(float64, float64)")
def m_pow(x, y): return math.pow(x, y)
@njit("float64(float64)")
def m_radians(x): return math.radians(x)
@njit("float64(float64)")
def m_sin(x): return math.sin(x)
@njit("float64(float64)")
def m_sinh(x): return math.sinh(x)
@njit("float64(float64)")
def m_sqrt(x): return math.sqrt(x)
@njit("float64(float64)")
def m_tan(x): return math.tan(x)
@njit("float64(float64)")
def m_tanh(x): return math.tanh(x)
@njit("int64(float64)")
def m_trunc(x): return math.trunc(x)
@njit("float64()")
def m_consts(): return math.pi + math.e * 2 + math.tau * 3
@njit("bool()")
def m_infnan(): return math.isinf(math.inf) and math.isnan(math.nan)


# gamma and lgamma come from the C library, whose results can differ from
# CPython's own Lanczos implementation in the last bit.
ULP_TOLERANCE = {"m_gamma": (2, "libm tgamma vs CPython's Lanczos gamma"), "m_lgamma": (2, "libm lgamma vs CPython's lgamma")}

CASES = [
    ("m_acos", (0.5,)), ("m_acos", (2.0,)), ("m_acosh", (2.0,)), ("m_acosh", (0.0,)),
    ("m_asin", (0.5,)), ("m_asin", (-2.0,)), ("m_asinh", (1.0,)), ("m_atan", (1.0,)),
    ("m_atan2", (1.0, -1.0)), ("m_atan2", (-0.0, -1.0)), ("m_atanh", (0.5,)), ("m_atanh", (1.0,)),
    ("m_ceil", (2.1,)), ("m_ceil", (-2.1,)), ("m_ceil", (float("nan"),)), ("m_ceil", (float("inf"),)),
    ("m_copysign", (1.0, -0.0)), ("m_cos", (1.0,)), ("m_cosh", (1.0,)), ("m_cosh", (1000.0,)),
    ("m_degrees", (1.0,)), ("m_erf", (0.5,)), ("m_erfc", (0.5,)),
    ("m_exp", (1.0,)), ("m_exp", (1000.0,)), ("m_exp", (-1000.0,)), ("m_expm1", (1e-10,)), ("m_expm1", (1000.0,)),
    ("m_fabs", (-3.5,)), ("m_floor", (-2.5,)), ("m_floor", (float("nan"),)), ("m_floor", (float("-inf"),)),
    ("m_frexp", (8.0,)), ("m_frexp", (0.0,)),
    ("m_gamma", (5.0,)), ("m_gamma", (0.5,)), ("m_gamma", (0.0,)), ("m_gamma", (-1.0,)), ("m_gamma", (200.0,)),
    ("m_gcd", (-4, 6)), ("m_gcd", (0, 0)), ("m_gcd", (12, 18)),
    ("m_hypot", (3.0, 4.0)), ("m_hypot", (1e308, 1e308)),
    # CPython's own algorithm, not the C library's: these differ from
    # glibc's hypot in the last bit
    ("m_hypot", (-0.6, 1.0)), ("m_hypot", (0.1, 0.2)), ("m_hypot", (1.5, -2.7)), ("m_hypot", (7e-310, 3e-310)),
    ("m_hypot", (5e-324, 0.0)), ("m_hypot", (float("nan"), float("inf"))), ("m_hypot", (float("nan"), 1.0)),
    ("m_hypot", (-0.0, 0.0)), ("m_hypot", (1e-200, 1e200)),
    ("m_isfinite", (1.0,)), ("m_isfinite", (float("inf"),)), ("m_isinf", (float("-inf"),)), ("m_isnan", (float("nan"),)),
    ("m_ldexp", (1.0, 10)), ("m_ldexp", (1.0, 5000)), ("m_ldexp", (1.0, -5000)),
    ("m_lgamma", (10.0,)), ("m_lgamma", (0.0,)), ("m_lgamma", (-2.0,)),
    ("m_log", (2.718281828459045,)), ("m_log", (0.0,)), ("m_log", (-1.0,)),
    ("m_logb", (8.0, 2.0)), ("m_logb", (2.0, 1.0)), ("m_logb", (-8.0, 2.0)),
    ("m_log10", (1000.0,)), ("m_log10", (-1.0,)), ("m_log1p", (1e-10,)), ("m_log1p", (-1.0,)),
    ("m_log2", (1024.0,)), ("m_log2", (0.0,)),
    ("m_pow", (2.0, 10.0)), ("m_pow", (0.0, -1.0)), ("m_pow", (-1.0, 0.5)), ("m_pow", (10.0, 400.0)), ("m_pow", (float("inf"), -1.0)),
    ("m_radians", (180.0,)), ("m_sin", (1.0,)), ("m_sinh", (1.0,)), ("m_sinh", (1000.0,)),
    ("m_sqrt", (2.0,)), ("m_sqrt", (-1.0,)), ("m_sqrt", (float("inf"),)),
    ("m_tan", (1.0,)), ("m_tanh", (1.0,)), ("m_trunc", (-2.5,)), ("m_trunc", (float("nan"),)),
    ("m_consts", ()), ("m_infnan", ()),
    # non-finite arguments and results: the C library's result is used
    # inline only when it is finite, the rest goes through the checks
    ("m_sin", (float("inf"),)), ("m_sin", (float("nan"),)), ("m_cos", (float("-inf"),)),
    ("m_tan", (float("inf"),)), ("m_exp", (float("inf"),)), ("m_exp", (float("-inf"),)),
    ("m_exp", (float("nan"),)), ("m_exp", (709.0,)), ("m_exp", (710.0,)), ("m_atan", (float("-inf"),)),
    ("m_tanh", (float("inf"),)), ("m_sinh", (float("-inf"),)), ("m_cosh", (float("-inf"),)),
    ("m_erf", (float("nan"),)), ("m_acos", (float("nan"),)), ("m_acos", (float("inf"),)),
    ("m_floor", (-9223372036854775808.0,)), ("m_ceil", (-9223372036854775807.5,)), ("m_trunc", (float("-inf"),)),
]
