/* Python's operators and builtins on numbers where they are clearer in C
 * than in generated IR: float //, % and **, int ** and pow(), true
 * division of ints, conversions to int and round(), complex arithmetic.
 * Each helper that can raise returns 0 on success and 1 after setting
 * the error, like the generated code. */
#include "runtime.h"

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

/* round(x, n) for floats as CPython's double_round: x rounded to a
 * multiple of 10**-n, correctly, half to even on its exact decimal
 * value (CPython rounds with dtoa in mode 3 and reads the digits back).
 * printf's "%.*f" is exact, so for n >= 0 it does the rounding; for
 * n < 0 the exact digits of x are rounded by hand. */
int pynjit_round_ndigits(double x, int64_t n, double *out) {
    if (!isfinite(x) || x == 0.0) { *out = x; return 0; }
    if (n > 323) { *out = x; return 0; }
    if (n < -308) { *out = copysign(0.0, x); return 0; }
    /* the longest "%.*f" here: DBL_MAX's 309 digits, the point and 1100
     * digits (more than the 1074 any double has after the point) */
    char buf[309 + 1 + 1100 + 8];
    double r;
    if (n >= 0) {
        snprintf(buf, sizeof buf, "%.*f", (int)n, x);
        r = strtod(buf, NULL);
    } else {
        snprintf(buf, sizeof buf, "%.1100f", fabs(x));
        int64_t point = (int64_t)strcspn(buf, "."), keep = point + n; /* integer digits kept */
        char num[309 + 2 + 24];
        int64_t k = 0;
        num[k++] = '0'; /* room for a carry */
        for (int64_t i = 0; i < keep; i++) num[k++] = buf[i];
        int up = 0;
        if (keep >= 0) {
            int rest = 0;
            for (const char *p = buf + keep + 1; *p; p++)
                if (*p != '0' && *p != '.') rest = 1;
            char first = buf[keep], last = num[k - 1];
            up = first > '5' || (first == '5' && (rest || (last - '0') % 2 == 1));
        }
        for (int64_t i = k - 1; up && i >= 0; i--) {
            up = num[i] == '9';
            num[i] = up ? '0' : (char)(num[i] + 1);
        }
        snprintf(num + k, sizeof num - (size_t)k, "e%lld", (long long)-n);
        r = copysign(strtod(num, NULL), x);
    }
    if (isinf(r)) return raise("OverflowError", "rounded value too large to represent");
    *out = r == 0.0 ? copysign(0.0, x) : r;
    return 0;
}

/* round(i, n) for ints with n < 0: half to even on multiples of 10**-n,
 * the result wrapping like int64 (round(2**63 - 1, -19) is 10**19). */
int64_t pynjit_round_int(int64_t x, int64_t n) {
    if (n >= 0) return x;
    if (n < -19) return 0; /* 10**20 is more than twice any int64 */
    __int128 p = 1;
    for (int64_t i = 0; i < -n; i++) p *= 10;
    __int128 q = x / p, r = x % p;
    if (r < 0) { r += p; q -= 1; }
    if (2 * r > p || (2 * r == p && (q & 1))) q += 1;
    return (int64_t)(uint64_t)(unsigned __int128)(q * p);
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
                pynjit_err_reset();
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
