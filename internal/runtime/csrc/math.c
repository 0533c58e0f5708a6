/* The math module's functions with CPython's errors (its
 * Modules/mathmodule.c): ValueError for a domain error, OverflowError
 * for a result too large. Each returns 0 on success and 1 after setting
 * the error, like the generated code. */
#include "runtime.h"

static int domain(void) { return raise("ValueError", "math domain error"); }
static int range_err(void) { return raise("OverflowError", "math range error"); }

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

int pynjit_math_acos(double x, double *out) { return math_1(x, acos(x), 0, out); }
int pynjit_math_acosh(double x, double *out) { return math_1(x, acosh(x), 0, out); }
int pynjit_math_asin(double x, double *out) { return math_1(x, asin(x), 0, out); }
int pynjit_math_asinh(double x, double *out) { return math_1(x, asinh(x), 0, out); }
int pynjit_math_atan(double x, double *out) { return math_1(x, atan(x), 0, out); }
int pynjit_math_atanh(double x, double *out) { return math_1(x, atanh(x), 0, out); }
int pynjit_math_cos(double x, double *out) { return math_1(x, cos(x), 0, out); }
int pynjit_math_cosh(double x, double *out) { return math_1(x, cosh(x), 1, out); }
int pynjit_math_erf(double x, double *out) { return math_1(x, erf(x), 0, out); }
int pynjit_math_erfc(double x, double *out) { return math_1(x, erfc(x), 0, out); }
int pynjit_math_exp(double x, double *out) { return math_1(x, exp(x), 1, out); }
int pynjit_math_expm1(double x, double *out) { return math_1(x, expm1(x), 1, out); }
int pynjit_math_fabs(double x, double *out) { return math_1(x, fabs(x), 0, out); }
int pynjit_math_log10(double x, double *out) { return math_1(x, x <= 0 ? NAN : log10(x), 0, out); }
int pynjit_math_log1p(double x, double *out) { return math_1(x, x <= -1 ? NAN : log1p(x), 0, out); }
int pynjit_math_log2(double x, double *out) { return math_1(x, x <= 0 ? NAN : log2(x), 0, out); }
int pynjit_math_sin(double x, double *out) { return math_1(x, sin(x), 0, out); }
int pynjit_math_sinh(double x, double *out) { return math_1(x, sinh(x), 1, out); }
int pynjit_math_sqrt(double x, double *out) { return math_1(x, sqrt(x), 0, out); }
int pynjit_math_tan(double x, double *out) { return math_1(x, tan(x), 0, out); }
int pynjit_math_tanh(double x, double *out) { return math_1(x, tanh(x), 0, out); }

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
