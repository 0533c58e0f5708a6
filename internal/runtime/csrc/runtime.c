/* pynjit's runtime: exception state and the parts of Python's numeric
 * semantics that are clearer in C than in generated IR. Compiled into
 * every library pynjit builds. Each helper that can raise returns 0 on
 * success and 1 after setting the error, like the generated code. */
#include <errno.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* Python's float arithmetic rounds every operation: never fuse a * b + c
 * into one fma, even when the target CPU has it. */
#pragma STDC FP_CONTRACT OFF

static _Thread_local int err_set;
static _Thread_local const char *err_type;
static _Thread_local char err_msg[256];

void pynjit_err_set(const char *type, const char *msg) {
    err_set = 1;
    err_type = type;
    snprintf(err_msg, sizeof err_msg, "%s", msg ? msg : "");
}
int pynjit_err_occurred(void) { return err_set; }
const char *pynjit_err_type(void) { return err_set ? err_type : NULL; }
const char *pynjit_err_message(void) { return err_set ? err_msg : NULL; }
void pynjit_err_clear(void) { err_set = 0; err_type = NULL; err_msg[0] = 0; }

static int raise(const char *type, const char *msg) { pynjit_err_set(type, msg); return 1; }
static int domain(void) { return raise("ValueError", "math domain error"); }
static int range_err(void) { return raise("OverflowError", "math range error"); }

/* float // and % exactly as CPython's float_floor_div and float_rem. */
int pynjit_float_floordiv(double a, double b, double *out) {
    if (b == 0.0) return raise("ZeroDivisionError", "float floor division by zero");
    double mod = fmod(a, b), div = (a - mod) / b, floordiv;
    if (mod) {
        if ((b < 0) != (mod < 0)) { mod += b; div -= 1.0; }
    } else {
        mod = copysign(0.0, b);
    }
    if (div) {
        floordiv = floor(div);
        if (div - floordiv > 0.5) floordiv += 1.0;
    } else {
        floordiv = copysign(0.0, a / b);
    }
    *out = floordiv;
    return 0;
}

int pynjit_float_mod(double a, double b, double *out) {
    if (b == 0.0) return raise("ZeroDivisionError", "float modulo");
    double mod = fmod(a, b);
    if (mod) {
        if ((b < 0) != (mod < 0)) mod += b;
    } else {
        mod = copysign(0.0, b);
    }
    *out = mod;
    return 0;
}

static int is_odd_integer(double y) { return isfinite(y) && fmod(fabs(y), 2.0) == 1.0; }

/* float ** float as CPython's float_pow; a negative base with a
 * non-integer exponent gives NaN (CPython returns a complex number, which
 * a float64 result cannot hold: the same choice as Numba). */
int pynjit_float_pow(double x, double y, double *out) {
    if (y == 0) { *out = 1.0; return 0; }
    if (isnan(x)) { *out = x; return 0; }
    if (isnan(y)) { *out = x == 1.0 ? 1.0 : y; return 0; }
    if (isinf(y)) {
        double ax = fabs(x);
        if (ax == 1.0) *out = 1.0;
        else if ((y > 0.0) == (ax > 1.0)) *out = fabs(y);
        else *out = 0.0;
        return 0;
    }
    if (isinf(x)) {
        int odd = is_odd_integer(y);
        if (y > 0.0) *out = odd ? x : fabs(x);
        else *out = odd ? copysign(0.0, x) : 0.0;
        return 0;
    }
    if (x == 0.0) {
        if (y < 0.0) return raise("ZeroDivisionError", "0.0 cannot be raised to a negative power");
        *out = is_odd_integer(y) ? x : 0.0;
        return 0;
    }
    if (x < 0.0 && y != floor(y)) { *out = NAN; return 0; }
    errno = 0;
    double r = pow(x, y);
    if (isinf(r)) return raise("OverflowError", "(34, 'Numerical result out of range')");
    *out = r;
    return 0;
}

/* int ** int for a non-negative exponent, wrapping like int64. */
int64_t pynjit_int_pow(int64_t base, int64_t exp) {
    uint64_t r = 1, b = (uint64_t)base;
    while (exp > 0) {
        if (exp & 1) r *= b;
        b *= b;
        exp >>= 1;
    }
    return (int64_t)r;
}

/* float to int64 as int(), math.floor/ceil/trunc and round() convert. */
static int to_int(double x, int64_t *out) {
    if (isnan(x)) return raise("ValueError", "cannot convert float NaN to integer");
    if (isinf(x)) return raise("OverflowError", "cannot convert float infinity to integer");
    if (x >= 9223372036854775808.0 || x < -9223372036854775808.0)
        return raise("OverflowError", "int too large to convert to int64");
    *out = (int64_t)x;
    return 0;
}

int pynjit_float_to_int(double x, int64_t *out) { return to_int(trunc(x), out); }
int pynjit_floor(double x, int64_t *out) { return to_int(floor(x), out); }
int pynjit_ceil(double x, int64_t *out) { return to_int(ceil(x), out); }
/* round(x): half to even, as the default rounding mode does. */
int pynjit_round(double x, int64_t *out) { return to_int(nearbyint(x), out); }

/* round(x, n) for floats: correctly rounded, half to even on the exact
 * decimal value, like CPython (which also goes through a decimal
 * string for n >= 0). */
int pynjit_round_ndigits(double x, int64_t n, double *out) {
    if (!isfinite(x) || x == 0.0) { *out = x; return 0; }
    if (n > 323) { *out = x; return 0; }
    if (n < -308) { *out = copysign(0.0, x); return 0; }
    if (n >= 0) {
        char buf[400];
        snprintf(buf, sizeof buf, "%.*f", (int)n, x);
        double r = strtod(buf, NULL);
        *out = r == 0.0 ? copysign(0.0, x) : r;
        return 0;
    }
    double p = pow(10.0, (double)-n);
    double y = x / p;
    double r = nearbyint(y);
    if (fabs(y - trunc(y)) == 0.5 && fabs(r - y) == 0.5) { /* exact tie: nearbyint is half-even */ }
    r *= p;
    if (isinf(r)) return raise("OverflowError", "rounded value too large to represent");
    *out = r == 0.0 ? copysign(0.0, x) : r;
    return 0;
}

/* round(i, n) for ints with n < 0: half to even on multiples of 10**-n. */
int64_t pynjit_round_int(int64_t x, int64_t n) {
    if (n >= 0) return x;
    if (n < -18) return 0;
    int64_t p = 1;
    for (int64_t i = 0; i < -n; i++) p *= 10;
    int64_t q = x / p, r = x % p;
    if (r < 0) { r += p; q -= 1; }
    int64_t twice = 2 * r;
    if (twice > p || (twice == p && (q & 1))) q += 1;
    return q * p;
}

/* math functions with CPython's error rules (Modules/mathmodule.c):
 * a NaN from a non-NaN argument is a domain error; an infinity from a
 * finite argument is a range error for functions that can overflow, a
 * domain error otherwise. */
static int math_1(double x, double r, int can_overflow, double *out) {
    if (isnan(r) && !isnan(x)) return domain();
    if (isinf(r) && isfinite(x)) return can_overflow ? range_err() : domain();
    *out = r;
    return 0;
}

#define MATH1(name, expr, overflow) \
    int pynjit_math_##name(double x, double *out) { return math_1(x, expr, overflow, out); }
MATH1(acos, acos(x), 0)
MATH1(acosh, acosh(x), 0)
MATH1(asin, asin(x), 0)
MATH1(asinh, asinh(x), 0)
MATH1(atan, atan(x), 0)
MATH1(atanh, atanh(x), 0)
MATH1(cos, cos(x), 0)
MATH1(cosh, cosh(x), 1)
MATH1(erf, erf(x), 0)
MATH1(erfc, erfc(x), 0)
MATH1(exp, exp(x), 1)
MATH1(expm1, expm1(x), 1)
MATH1(fabs, fabs(x), 0)
MATH1(log10, x <= 0 ? NAN : log10(x), 0)
MATH1(log1p, x <= -1 ? NAN : log1p(x), 0)
MATH1(log2, x <= 0 ? NAN : log2(x), 0)
MATH1(sin, sin(x), 0)
MATH1(sinh, sinh(x), 1)
MATH1(sqrt, sqrt(x), 0)
MATH1(tan, tan(x), 0)
MATH1(tanh, tanh(x), 0)

int pynjit_math_log(double x, double *out) {
    if (isnan(x)) { *out = x; return 0; }
    if (x <= 0) return domain();
    *out = log(x);
    return 0;
}

int pynjit_math_log_base(double x, double base, double *out) {
    double num, den;
    if (pynjit_math_log(x, &num) || pynjit_math_log(base, &den)) return 1;
    if (den == 0.0) return raise("ZeroDivisionError", "float division by zero");
    *out = num / den;
    return 0;
}

int pynjit_math_gamma(double x, double *out) {
    if (isnan(x)) { *out = x; return 0; }
    if (x == INFINITY) { *out = x; return 0; }
    if (x == -INFINITY || (x <= 0 && x == floor(x))) return domain();
    double r = tgamma(x);
    if (isinf(r)) return range_err();
    *out = r;
    return 0;
}

int pynjit_math_lgamma(double x, double *out) {
    if (isnan(x)) { *out = x; return 0; }
    if (isinf(x)) { *out = INFINITY; return 0; }
    if (x <= 0 && x == floor(x)) return domain();
    double r = lgamma(x);
    if (isinf(r)) return range_err();
    *out = r;
    return 0;
}

/* math.hypot(x, y) as CPython computes it (vector_norm in mathmodule.c),
 * not as the C library's hypot does, so the last bit agrees: both
 * coordinates scaled by the same power of two (exactly), squared with
 * their rounding errors kept (fma), summed with compensation, and the
 * square root corrected once by its own residual. An infinity wins over
 * a NaN; it never raises. */
typedef struct { double hi, lo; } pair_sum;

static pair_sum fast_two_sum(double a, double b) { /* |a| >= |b| */
    double x = a + b;
    return (pair_sum){x, (a - x) + b};
}

static pair_sum two_product(double x, double y) {
    double z = x * y;
    return (pair_sum){z, fma(x, y, -z)};
}

static double norm2(double a, double b, double max) {
    int e;
    frexp(max, &e);
    if (e < -1023) { /* subnormal: make both normal first */
        return 0x1p-1022 * norm2(a / 0x1p-1022, b / 0x1p-1022, max / 0x1p-1022);
    }
    double scale = ldexp(1.0, -e), csum = 1.0, lo_products = 0.0, lo_sums = 0.0;
    double v[2] = {a * scale, b * scale};
    for (int i = 0; i < 2; i++) {
        pair_sum p = two_product(v[i], v[i]), s = fast_two_sum(csum, p.hi);
        csum = s.hi;
        lo_products += p.lo;
        lo_sums += s.lo;
    }
    double h = sqrt(csum - 1.0 + (lo_products + lo_sums));
    pair_sum p = two_product(-h, h), s = fast_two_sum(csum, p.hi);
    csum = s.hi;
    lo_products += p.lo;
    lo_sums += s.lo;
    double residual = csum - 1.0 + (lo_products + lo_sums);
    h += residual / (2.0 * h);
    return h / scale;
}

double pynjit_math_hypot(double x, double y) {
    double a = fabs(x), b = fabs(y), max = 0.0;
    if (a > max) max = a; /* NaN never becomes max */
    if (b > max) max = b;
    if (isinf(max)) return max;
    if (isnan(a) || isnan(b)) return NAN;
    if (max == 0.0) return max;
    return norm2(a, b, max);
}

int pynjit_math_pow(double x, double y, double *out) {
    double r;
    if (!isfinite(x) || !isfinite(y)) {
        errno = 0;
        if (isnan(x)) r = y == 0.0 ? 1.0 : x;
        else if (isnan(y)) r = x == 1.0 ? 1.0 : y;
        else r = pow(x, y);
        *out = r;
        return 0;
    }
    if (x == 0.0 && y < 0.0) return domain();
    if (x < 0.0 && y != floor(y)) return domain();
    r = pow(x, y);
    if (isinf(r)) return range_err();
    *out = r;
    return 0;
}

int pynjit_math_fmod(double x, double y, double *out) {
    if (isinf(y) && isfinite(x)) { *out = x; return 0; }
    if (isnan(x) || isnan(y)) { *out = NAN; return 0; }
    if (isinf(x) || y == 0.0) return domain();
    *out = fmod(x, y);
    return 0;
}

int pynjit_math_ldexp(double x, int64_t e, double *out) {
    if (x == 0.0 || !isfinite(x)) { *out = x; return 0; }
    if (e > 100000) e = 100000;
    if (e < -100000) e = -100000;
    double r = ldexp(x, (int)e);
    if (isinf(r)) return range_err();
    *out = r;
    return 0;
}

static int bitlen128(unsigned __int128 v) {
    int n = 0;
    while (v) { n++; v >>= 1; }
    return n;
}

/* a / b for int64 a and nonzero b, rounded once to the nearest double as
 * CPython rounds the exact quotient (converting both to double first
 * would round twice when they exceed 2**53). */
double pynjit_int_truediv(int64_t a, int64_t b) {
    const int64_t lim = (int64_t)1 << 53;
    if (a >= -lim && a <= lim && b >= -lim && b <= lim) return (double)a / (double)b;
    int neg = (a < 0) != (b < 0);
    unsigned __int128 x = a < 0 ? (unsigned __int128)(-(__int128)a) : (unsigned __int128)a;
    unsigned __int128 y = b < 0 ? (unsigned __int128)(-(__int128)b) : (unsigned __int128)b;
    if (x == 0) return neg ? -0.0 : 0.0;
    int s = 56 + bitlen128(y) - bitlen128(x);
    if (s < 0) s = 0;
    unsigned __int128 n = x << s, q = n / y;
    if (n % y) q |= 1; /* sticky bit: q has 55+ bits, so it only breaks ties */
    double d = ldexp((double)q, -s);
    return neg ? -d : d;
}

/* complex division as CPython's _Py_c_quot: scaled by the larger part
 * of the divisor. */
int pynjit_complex_div(double ar, double ai, double br, double bi, double *out) {
    const double abs_br = br < 0 ? -br : br, abs_bi = bi < 0 ? -bi : bi;
    if (abs_br >= abs_bi) {
        if (abs_br == 0.0) return raise("ZeroDivisionError", "complex division by zero");
        const double ratio = bi / br, denom = br + bi * ratio;
        out[0] = (ar + ai * ratio) / denom;
        out[1] = (ai - ar * ratio) / denom;
    } else if (abs_bi >= abs_br) {
        const double ratio = br / bi, denom = br * ratio + bi;
        out[0] = (ar * ratio + ai) / denom;
        out[1] = (ai * ratio - ar) / denom;
    } else {
        out[0] = out[1] = NAN;
    }
    return 0;
}

static void c_prod(double ar, double ai, double br, double bi, double *out) {
    out[0] = ar * br - ai * bi;
    out[1] = ar * bi + ai * br;
}

/* z ** n for a non-negative integer n, by squaring (CPython's c_powu). */
static void c_powu(double xr, double xi, long n, double *out) {
    double r[2] = {1.0, 0.0}, p[2] = {xr, xi}, t[2];
    for (long mask = 1; mask > 0 && n >= mask; mask <<= 1) {
        if (n & mask) { c_prod(r[0], r[1], p[0], p[1], t); r[0] = t[0]; r[1] = t[1]; }
        c_prod(p[0], p[1], p[0], p[1], t); p[0] = t[0]; p[1] = t[1];
    }
    out[0] = r[0];
    out[1] = r[1];
}

/* a ** b for complex numbers, as CPython 3.11's complex_pow: integral
 * real exponents up to 100 by repeated multiplication, others through
 * polar form; a zero base to a negative or complex power raises
 * ZeroDivisionError, an infinite result OverflowError. */
int pynjit_complex_pow(double ar, double ai, double br, double bi, double *out) {
    int edom = 0;
    if (bi == 0.0 && br == floor(br) && fabs(br) <= 100.0) {
        long n = (long)br;
        if (n >= 0) {
            c_powu(ar, ai, n, out);
        } else {
            double d[2];
            c_powu(ar, ai, -n, d);
            if (pynjit_complex_div(1.0, 0.0, d[0], d[1], out)) {
                pynjit_err_clear();
                edom = 1;
            }
        }
    } else if (br == 0.0 && bi == 0.0) {
        out[0] = 1.0;
        out[1] = 0.0;
    } else if (ar == 0.0 && ai == 0.0) {
        if (bi != 0.0 || br < 0.0) edom = 1;
        out[0] = out[1] = 0.0;
    } else {
        double vabs = hypot(ar, ai), len = pow(vabs, br), at = atan2(ai, ar), phase = at * br;
        if (bi != 0.0) {
            len /= exp(at * bi);
            phase += bi * log(vabs);
        }
        out[0] = len * cos(phase);
        out[1] = len * sin(phase);
    }
    if (edom) return raise("ZeroDivisionError", "0.0 to a negative or complex power");
    if (isinf(out[0]) || isinf(out[1])) return raise("OverflowError", "complex exponentiation");
    return 0;
}

/* abs() of a complex: hypot, and OverflowError when finite parts give
 * an infinite result, as CPython says. */
int pynjit_complex_abs(double re, double im, double *out) {
    double r = hypot(re, im);
    if (isinf(r) && isfinite(re) && isfinite(im)) return raise("OverflowError", "absolute value too large");
    *out = r;
    return 0;
}

/* start, step and length of a slice over a dimension of the given
 * length, as CPython's PySlice_Unpack and PySlice_AdjustIndices give
 * them; flags say whether start (1) and stop (2) were given. */
int pynjit_slice_adjust(int64_t length, int64_t start, int64_t stop, int64_t step, int64_t flags, int64_t *out) {
    if (step == 0) return raise("ValueError", "slice step cannot be zero");
    int64_t lower = step < 0 ? -1 : 0, upper = step < 0 ? length - 1 : length;
    if (!(flags & 1)) start = step < 0 ? upper : lower;
    else if (start < 0) { start += length; if (start < lower) start = lower; }
    else if (start > upper) start = upper;
    if (!(flags & 2)) stop = step < 0 ? lower : upper;
    else if (stop < 0) { stop += length; if (stop < lower) stop = lower; }
    else if (stop > upper) stop = upper;
    int64_t n = 0;
    if (step > 0 && stop > start) n = (stop - start - 1) / step + 1;
    if (step < 0 && start > stop) n = (start - stop - 1) / (-step) + 1;
    out[0] = start;
    out[1] = step;
    out[2] = n;
    return 0;
}

/* IndexError for an array index out of range (with --boundscheck), in
 * NumPy's words. */
int pynjit_check_index(int64_t i, int64_t n, int64_t axis) {
    if (i < -n || i >= n) {
        char msg[120];
        snprintf(msg, sizeof msg, "index %lld is out of bounds for axis %lld with size %lld", (long long)i, (long long)axis, (long long)n);
        return raise("IndexError", msg);
    }
    return 0;
}

/* assigning an array to a view needs the same extent in every
 * dimension (no broadcasting yet) */
int pynjit_check_broadcast(int64_t src, int64_t dst) {
    if (src != dst) {
        char msg[160];
        snprintf(msg, sizeof msg, "could not broadcast input array from shape (%lld,) into shape (%lld,)", (long long)src, (long long)dst);
        return raise("ValueError", msg);
    }
    return 0;
}

/* pow(base, exp, mod) for ints, as CPython 3.8+: a negative exponent
 * uses the modular inverse; the result has the sign of mod. */
int pynjit_int_powmod(int64_t base, int64_t exp, int64_t mod, int64_t *out) {
    if (mod == 0) return raise("ValueError", "pow() 3rd argument cannot be 0");
    __int128 m = mod < 0 ? -(__int128)mod : mod;
    __int128 b = base % m;
    if (b < 0) b += m;
    __int128 e = exp;
    if (e < 0) {
        /* extended Euclid: the inverse of b modulo m */
        __int128 r0 = m, r1 = b, t0 = 0, t1 = 1;
        while (r1 != 0) {
            __int128 q = r0 / r1, r2 = r0 - q * r1, t2 = t0 - q * t1;
            r0 = r1; r1 = r2; t0 = t1; t1 = t2;
        }
        if (r0 != 1) return raise("ValueError", "base is not invertible for the given modulus");
        b = t0 % m;
        if (b < 0) b += m;
        e = -e;
    }
    __int128 r = 1 % m;
    while (e > 0) {
        if (e & 1) r = r * b % m;
        b = b * b % m;
        e >>= 1;
    }
    if (mod < 0 && r != 0) r -= m;
    *out = (int64_t)r;
    return 0;
}

double pynjit_math_frexp(double x, int64_t *exp) {
    if (isnan(x) || isinf(x) || x == 0.0) { *exp = 0; return x; }
    int e;
    double m = frexp(x, &e);
    *exp = e;
    return m;
}

int64_t pynjit_math_gcd(int64_t a, int64_t b) {
    uint64_t x = a < 0 ? -(uint64_t)a : (uint64_t)a, y = b < 0 ? -(uint64_t)b : (uint64_t)b;
    while (y) { uint64_t t = x % y; x = y; y = t; }
    return (int64_t)x;
}
