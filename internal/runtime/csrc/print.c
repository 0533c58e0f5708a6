/* print() and format() for compiled code: Python's str() of ints,
 * floats (repr: the shortest string that round-trips), bools, None and
 * complex numbers, and the format-spec mini-language
 * ([[fill]align][sign][z][#][0][width][,|_][.precision][type]) for ints
 * and floats with CPython 3.11's layout, limits and errors
 * (Python/formatter_unicode.c and Python/pystrtod.c). Also sys.argv and
 * the main of executables.
 *
 * Every text is built in a buffer that grows as it is written, or that
 * is sized from the request before it is filled, so no width or
 * precision can write past an end; a formatted value is written out
 * only when it is complete, so an error (ValueError for a spec CPython
 * rejects, MemoryError for a width no memory holds) writes nothing.
 * Output goes to stdout through stdio. */

#include "runtime.h"
#include <limits.h>
#include <stddef.h>

/* ---- text: a growing byte buffer ---- */

/* A text is in place while it is short and on the heap beyond; when
 * memory runs out (or a size would pass PTRDIFF_MAX) oom is set and
 * what follows is dropped, for the caller to raise MemoryError. */
typedef struct {
    char *p;
    size_t len, cap;
    int oom;
    char small[256];
} text;

static void text_init(text *t) {
    t->p = t->small;
    t->len = 0;
    t->cap = sizeof t->small;
    t->oom = 0;
}

static void text_free(text *t) {
    if (t->p != t->small) free(t->p);
}

/* text_room appends n bytes, uninitialized, and returns where they
 * start; NULL when they cannot be had. */
static char *text_room(text *t, size_t n) {
    if (t->oom) return NULL;
    if (n > t->cap - t->len) {
        if (n > (size_t)PTRDIFF_MAX - t->len) {
            t->oom = 1;
            return NULL;
        }
        size_t need = t->len + n, cap = t->cap * 2;
        if (cap < need || cap > (size_t)PTRDIFF_MAX) cap = need;
        char *p = t->p == t->small ? malloc(cap) : realloc(t->p, cap);
        if (!p) {
            t->oom = 1;
            return NULL;
        }
        if (t->p == t->small) memcpy(p, t->small, t->len);
        t->p = p;
        t->cap = cap;
    }
    char *d = t->p + t->len;
    t->len += n;
    return d;
}

static void text_put(text *t, const char *s, size_t n) {
    char *d = text_room(t, n);
    if (d && n) memcpy(d, s, n);
}

static void text_str(text *t, const char *s) { text_put(t, s, strlen(s)); }

/* text_fill appends count copies of the n bytes at s; count may be any
 * int64 the caller has, and a negative one appends nothing. */
static void text_fill(text *t, const char *s, size_t n, int64_t count) {
    if (count <= 0 || n == 0) return;
    if ((uint64_t)count > (size_t)PTRDIFF_MAX / n) {
        t->oom = 1;
        return;
    }
    char *d = text_room(t, n * (size_t)count);
    if (!d) return;
    if (n == 1) {
        memset(d, s[0], (size_t)count);
        return;
    }
    for (int64_t i = 0; i < count; i++, d += n) memcpy(d, s, n);
}

/* text_write writes t to stdout, or raises MemoryError if it could not
 * be built; it frees t either way. */
static int text_write(text *t) {
    int oom = t->oom;
    if (!oom) fwrite(t->p, 1, t->len, stdout);
    text_free(t);
    return oom ? raise("MemoryError", "") : 0;
}

/* ---- decimal digits of doubles ---- */

/* An exact decimal expansion of a double has at most 767 significant
 * digits and 1074 digits after the point, so C's printf (exact, and
 * rounding half to even like CPython's dtoa) is never asked for more
 * than SIG_MAX or FRAC_MAX of them: the digits beyond are zeros, which
 * the layout writes. DIGITS_CAP holds the longest such printf, "%.*f"
 * of DBL_MAX: 309 digits, the point and FRAC_MAX more. */
enum { SIG_MAX = 800, FRAC_MAX = 1100, DIGITS_CAP = 309 + 1 + FRAC_MAX + 16 };

/* parse_e reads the digits and exponent of printf's "%.*e": the
 * mantissa's digits go to digits (NUL-terminated); returns their count. */
static int parse_e(const char *s, char *digits, int *exp10) {
    int n = 0;
    for (; *s && *s != 'e'; s++)
        if (*s >= '0' && *s <= '9') digits[n++] = *s;
    digits[n] = 0;
    *exp10 = *s ? atoi(s + 1) : 0;
    return n;
}

/* shortest sets digits to the fewest significant digits that read back
 * as x > 0 (finite), the one nearest x among them, as CPython's repr
 * (dtoa mode 0); returns the point's position. The nearest p-digit
 * decimal may miss the rounding interval of x where it is lopsided
 * (x a power of two) while the next p-digit decimal on the other side
 * of x is in it: so that one is tried too. */
static int shortest(double x, char *digits) {
    char buf[40], alt[48];
    int e;
    for (int p = 1;; p++) {
        snprintf(buf, sizeof buf, "%.*e", p - 1, x);
        double y = strtod(buf, NULL);
        int n = parse_e(buf, digits, &e);
        if (y == x || p == 17) return e + 1;
        unsigned long long m = strtoull(digits, NULL, 10);
        m = y < x ? m + 1 : m - 1;
        snprintf(alt, sizeof alt, "%llue%d", m, e - (n - 1));
        if (strtod(alt, NULL) == x) {
            int k = snprintf(digits, 24, "%llu", m);
            return k + e - (n - 1);
        }
    }
}

/* dtoa sets digits (DIGITS_CAP bytes) to the decimal digits of x >= 0
 * (finite) and returns the position of the point (x = 0.digits *
 * 10**point), as CPython's _Py_dg_dtoa in its modes: 0 the shortest
 * that round-trips, 2 ndigits significant digits, 3 ndigits after the
 * point; correctly rounded, half to even; trailing zeros removed, and
 * "0" at point 1 for zero. */
static int dtoa(double x, int mode, int64_t ndigits, char *digits) {
    int point;
    if (x == 0) {
        strcpy(digits, "0");
        return 1;
    }
    if (mode == 0) {
        point = shortest(x, digits);
    } else if (mode == 2) {
        char buf[DIGITS_CAP];
        int p = ndigits > SIG_MAX ? SIG_MAX : (int)ndigits, e;
        snprintf(buf, sizeof buf, "%.*e", p - 1, x);
        parse_e(buf, digits, &e);
        point = e + 1;
    } else {
        char buf[DIGITS_CAP];
        snprintf(buf, sizeof buf, "%.*f", ndigits > FRAC_MAX ? FRAC_MAX : (int)ndigits, x);
        const char *s = buf;
        int n = 0;
        point = 0;
        for (; *s && *s != '.'; s++) point++;
        for (s = buf; *s; s++) {
            if (*s == '.') continue;
            if (n == 0 && *s == '0') {
                point--; /* a leading zero */
                continue;
            }
            digits[n++] = *s;
        }
        digits[n] = 0;
        if (n == 0) {
            strcpy(digits, "0");
            return 1;
        }
    }
    size_t n = strlen(digits);
    while (n > 1 && digits[n - 1] == '0') n--;
    digits[n] = 0;
    return point;
}

/* flags of double_to_string, as CPython's Py_DTSF_* */
enum { ADD_DOT_0 = 1, ALT = 2, NO_NEG_0 = 4 };

/* double_to_string appends x as CPython's PyOS_double_to_string writes
 * it: type 'e', 'f', 'g' (upper-case letters for upper-case output) or
 * 'r' (repr, precision unused), with a '-' when negative (never for a
 * NaN). The digits are laid out as format_float_short lays them out: a
 * window [start, end) over the digits padded with zeros on both sides,
 * with the point at its place. */
static void double_to_string(text *t, double x, char type, int64_t precision, int flags) {
    int upper = type == 'E' || type == 'F' || type == 'G';
    if (upper) type = (char)(type - 'A' + 'a');
    if (isnan(x)) {
        text_str(t, upper ? "NAN" : "nan");
        return;
    }
    if (isinf(x)) {
        text_str(t, x < 0 ? (upper ? "-INF" : "-inf") : (upper ? "INF" : "inf"));
        return;
    }
    int mode = 0;
    switch (type) {
    case 'e': mode = 2; precision++; break;
    case 'f': mode = 3; break;
    case 'g': mode = 2; if (precision == 0) precision = 1; break;
    default: mode = 0; break;
    }
    char digits[DIGITS_CAP];
    int64_t decpt = dtoa(fabs(x), mode, precision, digits);
    int64_t ndigits = (int64_t)strlen(digits), exp10 = 0;
    int sign = signbit(x) != 0, use_exp = 0, alt = (flags & ALT) != 0, dot0 = (flags & ADD_DOT_0) != 0;
    if (sign && (flags & NO_NEG_0) && strcmp(digits, "0") == 0) sign = 0;
    int64_t end = ndigits;
    switch (type) {
    case 'e': use_exp = 1; end = precision; break;
    case 'f': end = decpt + precision; break;
    case 'g':
        if (decpt <= -4 || decpt > (dot0 ? precision - 1 : precision)) use_exp = 1;
        if (alt) end = precision;
        break;
    default:
        if (decpt <= -4 || decpt > 16) use_exp = 1;
        break;
    }
    if (use_exp) {
        exp10 = decpt - 1;
        decpt = 1;
    }
    int64_t start = decpt <= 0 ? decpt - 1 : 0;
    int64_t least = !use_exp && dot0 ? decpt + 1 : decpt;
    if (end < least) end = least;
    if (end < ndigits) end = ndigits;
    if (sign) text_str(t, "-");
    size_t before = t->len;
    if (decpt <= 0) {
        text_fill(t, "0", 1, decpt - start);
        text_str(t, ".");
        text_fill(t, "0", 1, -decpt);
    } else {
        text_fill(t, "0", 1, -start);
    }
    if (decpt > 0 && decpt <= ndigits) {
        text_put(t, digits, (size_t)decpt);
        text_str(t, ".");
        text_put(t, digits + decpt, (size_t)(ndigits - decpt));
    } else {
        text_put(t, digits, (size_t)ndigits);
    }
    if (ndigits < decpt) {
        text_fill(t, "0", 1, decpt - ndigits);
        text_str(t, ".");
        text_fill(t, "0", 1, end - decpt);
    } else {
        text_fill(t, "0", 1, end - ndigits);
    }
    if (!alt && !t->oom && t->len > before && t->p[t->len - 1] == '.') t->len--;
    if (use_exp) {
        char e[16];
        snprintf(e, sizeof e, "%c%+.02d", upper ? 'E' : 'e', (int)exp10);
        text_str(t, e);
    }
}

/* ---- str() ---- */

static void out(const char *s, size_t n) { fwrite(s, 1, n, stdout); }

void pynjit_write(const char *s, int64_t n) {
    if (n > 0) out(s, (size_t)n);
}

void pynjit_write_int(int64_t v) { printf("%lld", (long long)v); }

void pynjit_write_uint(uint64_t v) { printf("%llu", (unsigned long long)v); }

void pynjit_write_bool(int8_t b) { fputs(b ? "True" : "False", stdout); }

void pynjit_write_none(void) { fputs("None", stdout); }

void pynjit_write_float(double x) {
    text t;
    text_init(&t);
    double_to_string(&t, x, 'r', 0, ADD_DOT_0);
    text_write(&t);
}

/* repr of a complex, as CPython's complex_repr: "2j" when the real part
 * is +0, else "(re+imj)" with the imaginary part always signed (but a
 * NaN never is); neither part gets a ".0". */
void pynjit_write_complex(double re, double im) {
    text t;
    text_init(&t);
    int lone = re == 0 && !signbit(re);
    if (!lone) {
        text_str(&t, "(");
        double_to_string(&t, re, 'r', 0, 0);
        if (isnan(im) || !signbit(im)) text_str(&t, "+");
    }
    double_to_string(&t, im, 'r', 0, 0);
    text_str(&t, lone ? "j" : "j)");
    text_write(&t);
}

/* ---- format specs ---- */

/* a format spec as CPython parses it; width and precision are -1 when
 * absent, type is a code point (0 when absent) */
struct spec {
    char fill[4];
    int fill_len;
    char align, sign;
    int no_neg_0, alt, group;
    int64_t width, prec;
    uint32_t type;
};

/* utf8_len is the length of the UTF-8 sequence a byte starts (1 for a
 * byte that starts none) */
static int utf8_len(unsigned char c) {
    if (c >= 0xC0 && c < 0xE0) return 2;
    if (c >= 0xE0 && c < 0xF0) return 3;
    if (c >= 0xF0 && c < 0xF8) return 4;
    return 1;
}

static uint32_t utf8_decode(const char *s, int n) {
    const unsigned char *u = (const unsigned char *)s;
    switch (n) {
    case 2: return (uint32_t)(u[0] & 0x1F) << 6 | (u[1] & 0x3F);
    case 3: return (uint32_t)(u[0] & 0x0F) << 12 | (uint32_t)(u[1] & 0x3F) << 6 | (u[2] & 0x3F);
    case 4: return (uint32_t)(u[0] & 0x07) << 18 | (uint32_t)(u[1] & 0x3F) << 12 | (uint32_t)(u[2] & 0x3F) << 6 | (u[3] & 0x3F);
    }
    return u[0];
}

static int utf8_encode(uint32_t c, char *dst) {
    if (c < 0x80) { dst[0] = (char)c; return 1; }
    if (c < 0x800) { dst[0] = (char)(0xC0 | c >> 6); dst[1] = (char)(0x80 | (c & 0x3F)); return 2; }
    if (c < 0x10000) {
        dst[0] = (char)(0xE0 | c >> 12); dst[1] = (char)(0x80 | (c >> 6 & 0x3F)); dst[2] = (char)(0x80 | (c & 0x3F));
        return 3;
    }
    dst[0] = (char)(0xF0 | c >> 18); dst[1] = (char)(0x80 | (c >> 12 & 0x3F));
    dst[2] = (char)(0x80 | (c >> 6 & 0x3F)); dst[3] = (char)(0x80 | (c & 0x3F));
    return 4;
}

/* get_integer reads decimal digits into *out, as CPython's get_integer:
 * returns how many, or -1 (ValueError raised) past PY_SSIZE_T_MAX. */
static int64_t get_integer(const char **s, const char *end, int64_t *out) {
    int64_t acc = 0, n = 0;
    for (; *s < end && **s >= '0' && **s <= '9'; (*s)++, n++) {
        int d = **s - '0';
        if (acc > (INT64_MAX - d) / 10) {
            raise("ValueError", "Too many decimal digits in format string");
            return -1;
        }
        acc = acc * 10 + d;
    }
    *out = acc;
    return n;
}

/* unknown_type raises CPython's error for a type code the value's type
 * does not have. */
static int unknown_type(uint32_t type, const char *tname) {
    if (type > 32 && type < 128) return pynjit_raisef("ValueError", "Unknown format code '%c' for object of type '%s'", (char)type, tname);
    return pynjit_raisef("ValueError", "Unknown format code '\\x%x' for object of type '%s'", (unsigned)type, tname);
}

/* parse_spec parses the len bytes of s as CPython 3.11's
 * parse_internal_render_format_spec does, for a value of type tname
 * whose type code defaults to default_type; returns 1 after raising
 * CPython's ValueError for a malformed spec. */
static int parse_spec(const char *s, int64_t len, const char *tname, char default_type, struct spec *sp) {
    const char *p = s, *end = s + len;
    memset(sp, 0, sizeof *sp);
    sp->fill[0] = ' ';
    sp->fill_len = 1;
    sp->align = '>';
    sp->width = sp->prec = -1;
    sp->type = (unsigned char)default_type;
    int fill_given = 0, align_given = 0;
    int c1 = p < end ? utf8_len((unsigned char)*p) : 0;
    if (c1 > end - p) c1 = 1;
    if (p < end && c1 < end - p && p[c1] && strchr("<>=^", p[c1])) {
        memcpy(sp->fill, p, (size_t)c1);
        sp->fill_len = c1;
        sp->align = p[c1];
        fill_given = align_given = 1;
        p += c1 + 1;
    } else if (p < end && *p && strchr("<>=^", *p)) {
        sp->align = *p++;
        align_given = 1;
    }
    if (p < end && (*p == '+' || *p == '-' || *p == ' ')) sp->sign = *p++;
    if (p < end && *p == 'z') { sp->no_neg_0 = 1; p++; }
    if (p < end && *p == '#') { sp->alt = 1; p++; }
    if (!fill_given && p < end && *p == '0') {
        sp->fill[0] = '0';
        sp->fill_len = 1;
        if (!align_given) sp->align = '=';
        p++;
    }
    int64_t n = get_integer(&p, end, &sp->width);
    if (n < 0) return 1;
    if (n == 0) sp->width = -1;
    if (p < end && *p == ',') { sp->group = ','; p++; }
    if (p < end && *p == '_') {
        if (sp->group) return raise("ValueError", "Cannot specify both ',' and '_'.");
        sp->group = '_';
        p++;
    }
    if (p < end && *p == ',') return raise("ValueError", "Cannot specify both ',' and '_'.");
    if (p < end && *p == '.') {
        p++;
        n = get_integer(&p, end, &sp->prec);
        if (n < 0) return 1;
        if (n == 0) return raise("ValueError", "Format specifier missing precision");
    }
    if (p < end) {
        int k = utf8_len((unsigned char)*p);
        if (end - p != k)
            return pynjit_raisef("ValueError", "Invalid format specifier '%.*s' for object of type '%s'", (int)(len < INT_MAX ? len : INT_MAX), s, tname);
        sp->type = utf8_decode(p, k);
    }
    if (sp->group) {
        switch (sp->type) {
        case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case 0:
            break;
        case 'b': case 'o': case 'x': case 'X':
            if (sp->group == '_') break;
            /* fall through */
        default:
            if (sp->type > 32 && sp->type < 128) return pynjit_raisef("ValueError", "Cannot specify '%c' with '%c'.", sp->group, (char)sp->type);
            return pynjit_raisef("ValueError", "Cannot specify '%c' with '\\x%x'.", sp->group, (unsigned)sp->type);
        }
    }
    return 0;
}

/* grouped_len is how long n >= 1 digits are with a separator every
 * `every` (0: none) and zeros in front up to at least min_width
 * characters, as CPython's _PyUnicode_InsertThousandsGrouping makes
 * them (which never starts with a separator: 4 characters of groups of
 * three are "0,001"); *total gets the number of digits, zeros
 * included. */
static int64_t grouped_len(int64_t n, int64_t min_width, int every, int64_t *total) {
    int64_t d = n;
    if (every == 0) {
        if (min_width > d) d = min_width;
        *total = d;
        return d;
    }
    /* the length of d digits is d + (d - 1) / every: the least d whose
     * length reaches min_width, found from an estimate */
    if (min_width > d + (d - 1) / every) {
        int64_t e = min_width - min_width / (every + 1);
        while (e > 1 && (e - 1) + (e - 2) / every >= min_width) e--;
        while (e + (e - 1) / every < min_width) e++;
        if (e > d) d = e;
    }
    *total = d;
    return d + (d - 1) / every;
}

/* group_fill writes the n digits padded with zeros to total digits,
 * grouped, into dst[0:len] from the right. */
static void group_fill(char *dst, int64_t len, const char *digits, int64_t n, int64_t total, int every, char sep) {
    char *d = dst + len;
    for (int64_t i = 0; i < total; i++) {
        if (every && i > 0 && i % every == 0) *--d = sep;
        *--d = i < n ? digits[n - 1 - i] : '0';
    }
}

/* put_number appends a number as CPython's calc_number_widths and
 * fill_number lay it out: [lpad][sign][prefix][spad][digits][rest][rpad],
 * the digits grouped (and zero-filled to the width when the fill is '0'
 * and the alignment '='); rest is what follows the digits (the point,
 * more digits, an exponent, "nan", or a 'c' character), rest_chars its
 * length in characters. */
static void put_number(text *t, const struct spec *sp, int negative, const char *prefix, const char *digits, int64_t ndigits,
                       const char *rest, int64_t rest_len, int64_t rest_chars, int every) {
    int64_t nsign = sp->sign == '+' || sp->sign == ' ' || negative;
    int64_t nprefix = (int64_t)strlen(prefix), fixed = nsign + nprefix + rest_chars, total = 0, grouped = 0;
    int zero_fill = sp->fill_len == 1 && sp->fill[0] == '0' && sp->align == '=';
    if (ndigits > 0) grouped = grouped_len(ndigits, zero_fill && sp->width > fixed ? sp->width - fixed : 0, every, &total);
    int64_t pad = sp->width - fixed - grouped, lpad = 0, spad = 0, rpad = 0;
    if (pad > 0) {
        switch (sp->align) {
        case '<': rpad = pad; break;
        case '^': lpad = pad / 2; rpad = pad - lpad; break;
        case '=': spad = pad; break;
        default: lpad = pad; break;
        }
    }
    text_fill(t, sp->fill, (size_t)sp->fill_len, lpad);
    if (nsign) text_put(t, negative ? "-" : sp->sign == '+' ? "+" : " ", 1);
    text_str(t, prefix);
    text_fill(t, sp->fill, (size_t)sp->fill_len, spad);
    if (grouped > 0) {
        if ((uint64_t)grouped > (size_t)PTRDIFF_MAX) {
            t->oom = 1;
            return;
        }
        char *d = text_room(t, (size_t)grouped);
        if (d) group_fill(d, grouped, digits, ndigits, total, every, sp->group == '_' ? '_' : ',');
    }
    text_put(t, rest, (size_t)rest_len);
    text_fill(t, sp->fill, (size_t)sp->fill_len, rpad);
}

/* format_float appends x as CPython 3.11's format_float_internal. */
static int format_float(text *t, double x, const struct spec *sp) {
    if (sp->prec > INT_MAX) return raise("ValueError", "precision too big");
    int flags = (sp->alt ? ALT : 0) | (sp->no_neg_0 ? NO_NEG_0 : 0), pct = 0;
    int64_t prec = sp->prec, default_prec = 6;
    char type = (char)sp->type;
    if (type == 0) {
        flags |= ADD_DOT_0;
        type = 'r';
        default_prec = 0;
    }
    if (type == 'n') type = 'g';
    if (type == '%') {
        type = 'f';
        x *= 100;
        pct = 1;
    }
    if (prec < 0) prec = default_prec;
    else if (type == 'r') type = 'g';
    text num;
    text_init(&num);
    double_to_string(&num, x, type, prec, flags);
    if (pct) text_str(&num, "%");
    if (num.oom) {
        text_free(&num);
        return raise("MemoryError", "");
    }
    const char *s = num.p, *end = num.p + num.len;
    int negative = s < end && *s == '-';
    s += negative;
    const char *rest = s;
    while (rest < end && *rest >= '0' && *rest <= '9') rest++;
    put_number(t, sp, negative, "", s, rest - s, rest, end - rest, end - rest, sp->type == 'n' ? 0 : sp->group ? 3 : 0);
    text_free(&num);
    return 0;
}

/* format_int appends the int -mag (negative) or mag as CPython 3.11's
 * format_long_internal; 'n' groups nothing, as in the C locale. */
static int format_int(text *t, int negative, uint64_t mag, const struct spec *sp) {
    if (sp->prec != -1) return raise("ValueError", "Precision not allowed in integer format specifier");
    if (sp->no_neg_0) return raise("ValueError", "Negative zero coercion (z) not allowed in integer format specifier");
    char digits[72];
    int n = 0;
    if (sp->type == 'c') {
        if (sp->sign) return raise("ValueError", "Sign not allowed with integer format specifier 'c'");
        if (sp->alt) return raise("ValueError", "Alternate form (#) not allowed with integer format specifier 'c'");
        if (negative || mag > 0x10FFFF) return raise("OverflowError", "%c arg not in range(0x110000)");
        if (mag >= 0xD800 && mag < 0xE000) /* print() cannot encode it; the position is not known here */
            return pynjit_raisef("UnicodeEncodeError", "'utf-8' codec can't encode character '\\u%04x' in position 0: surrogates not allowed", (unsigned)mag);
        n = utf8_encode((uint32_t)mag, digits);
        put_number(t, sp, 0, "", "", 0, digits, n, 1, 0);
        return 0;
    }
    const char *prefix = "", *alphabet = "0123456789abcdef";
    unsigned base = 10;
    switch (sp->type) {
    case 'b': base = 2; prefix = "0b"; break;
    case 'o': base = 8; prefix = "0o"; break;
    case 'x': base = 16; prefix = "0x"; break;
    case 'X': base = 16; prefix = "0X"; alphabet = "0123456789ABCDEF"; break;
    }
    char tmp[72];
    do {
        tmp[n++] = alphabet[mag % base];
        mag /= base;
    } while (mag);
    for (int i = 0; i < n; i++) digits[i] = tmp[n - 1 - i];
    int every = sp->type == 'n' ? 0 : !sp->group ? 0 : base == 10 ? 3 : 4;
    put_number(t, sp, negative, sp->alt ? prefix : "", digits, n, "", 0, 0, every);
    return 0;
}

static int is_float_type(uint32_t t) {
    return t == 'e' || t == 'E' || t == 'f' || t == 'F' || t == 'g' || t == 'G' || t == '%';
}

static int is_int_type(uint32_t t) {
    return t == 'b' || t == 'c' || t == 'd' || t == 'o' || t == 'x' || t == 'X' || t == 'n';
}

/* format_integer formats and writes an int (-mag or mag) under spec s. */
static int format_integer(int negative, uint64_t mag, const char *s, int64_t len) {
    struct spec sp;
    if (parse_spec(s, len, "int", 'd', &sp)) return 1;
    text t;
    text_init(&t);
    int status;
    if (is_float_type(sp.type)) status = format_float(&t, negative ? -(double)mag : (double)mag, &sp);
    else if (is_int_type(sp.type)) status = format_int(&t, negative, mag, &sp);
    else status = unknown_type(sp.type, "int");
    if (status) {
        text_free(&t);
        return 1;
    }
    return text_write(&t);
}

/* pynjit_format_int_checked writes format(v, spec) for the len bytes of
 * spec; 1 after raising CPython's error (nothing is written then). */
int pynjit_format_int_checked(int64_t v, const char *s, int64_t len) {
    return format_integer(v < 0, v < 0 ? -(uint64_t)v : (uint64_t)v, s, len);
}

int pynjit_format_uint_checked(uint64_t v, const char *s, int64_t len) { return format_integer(0, v, s, len); }

int pynjit_format_float_checked(double x, const char *s, int64_t len) {
    struct spec sp;
    if (parse_spec(s, len, "float", 0, &sp)) return 1;
    if (!(sp.type == 0 || sp.type == 'n' || is_float_type(sp.type))) return unknown_type(sp.type, "float");
    text t;
    text_init(&t);
    if (format_float(&t, x, &sp)) {
        text_free(&t);
        return 1;
    }
    return text_write(&t);
}

/* The first entry points, which cannot fail: code that calls them
 * leaves an error set, which the program's main reports at its end. */
void pynjit_format_int(int64_t v, const char *s, int64_t len) { pynjit_format_int_checked(v, s, len); }
void pynjit_format_uint(uint64_t v, const char *s, int64_t len) { pynjit_format_uint_checked(v, s, len); }
void pynjit_format_float(double x, const char *s, int64_t len) { pynjit_format_float_checked(x, s, len); }

/* ---- sys.argv and main ---- */

/* sys.argv: set by pynjit_run_main; empty inside a shared library. */
static int argv_count;
static char **argv_items;

int64_t pynjit_argv_len(void) { return argv_count; }

int pynjit_argv_index(int64_t i, int64_t *out) {
    if (i < 0) i += argv_count;
    if (i < 0 || i >= argv_count) return raise("IndexError", "list index out of range");
    *out = i;
    return 0;
}

void pynjit_write_argv(int64_t i) { fputs(argv_items[i], stdout); }

/* printable tells whether Python's repr() shows code point c as it is.
 * Exact for ASCII and Latin-1; beyond, the unprintable characters are
 * those of the separator and format categories that str.isprintable()
 * rejects, surrogates (argv bytes that are not UTF-8 arrive as U+DC80 to
 * U+DCFF, as Python's surrogateescape makes them) and private use;
 * unassigned code points are taken as printable. */
static int printable(uint32_t c) {
    if (c < 0x20 || c == 0x7F) return 0;
    if (c < 0x7F) return 1;
    if (c < 0xA0 || c == 0xAD) return 0;
    if (c < 0x100) return c != 0xA0;
    if (c == 0x1680 || c == 0x180E || (c >= 0x2000 && c <= 0x200F) || (c >= 0x2028 && c <= 0x202F) ||
        (c >= 0x205F && c <= 0x206F) || c == 0x3000 || c == 0xFEFF || (c >= 0xFFF9 && c <= 0xFFFB) ||
        (c >= 0x0600 && c <= 0x0605) || c == 0x061C || c == 0x06DD || c == 0x070F || c == 0x08E2 ||
        c == 0x110BD || c == 0x110CD || (c >= 0x13430 && c <= 0x13438) || (c >= 0x1BCA0 && c <= 0x1BCA3) ||
        (c >= 0x1D173 && c <= 0x1D17A) || c == 0xE0001 || (c >= 0xE0020 && c <= 0xE007F))
        return 0;
    if ((c >= 0xD800 && c < 0xE000) || (c >= 0xE000 && c < 0xF900) || c >= 0xF0000) return 0;
    return 1;
}

/* next_char decodes the code point at s as Python decodes argv (UTF-8,
 * each byte of an invalid sequence as U+DC80 + byte); *n gets its
 * length in bytes. */
static uint32_t next_char(const unsigned char *s, int *n) {
    int k = utf8_len(*s);
    uint32_t min = k == 2 ? 0x80 : k == 3 ? 0x800 : 0x10000;
    if (k > 1) {
        int ok = 1;
        for (int i = 1; i < k; i++)
            if ((s[i] & 0xC0) != 0x80) ok = 0;
        if (ok) {
            uint32_t c = utf8_decode((const char *)s, k);
            if (c >= min && c <= 0x10FFFF && !(c >= 0xD800 && c < 0xE000)) {
                *n = k;
                return c;
            }
        }
    }
    *n = 1;
    return *s < 0x80 ? *s : 0xDC00 + *s;
}

/* str_repr appends repr(s) of a NUL-terminated argument, at most limit
 * characters of it (as "%.200R" cuts), as CPython's unicode_repr. */
static void str_repr(text *t, const char *s, int64_t limit) {
    const unsigned char *u = (const unsigned char *)s;
    int squote = 0, dquote = 0, n;
    for (const unsigned char *q = u; *q; q++) {
        if (*q == '\'') squote = 1;
        if (*q == '"') dquote = 1;
    }
    char quote = squote && !dquote ? '"' : '\'', buf[16];
    text mark;
    text_init(&mark);
    text_put(&mark, &quote, 1);
    for (; *u; u += n) {
        uint32_t c = next_char(u, &n);
        if (c == (uint32_t)quote || c == '\\') snprintf(buf, sizeof buf, "\\%c", (char)c);
        else if (c == '\t') strcpy(buf, "\\t");
        else if (c == '\n') strcpy(buf, "\\n");
        else if (c == '\r') strcpy(buf, "\\r");
        else if (printable(c)) {
            text_put(&mark, (const char *)u, (size_t)n);
            continue;
        } else if (c < 0x100) snprintf(buf, sizeof buf, "\\x%02x", (unsigned)c);
        else if (c < 0x10000) snprintf(buf, sizeof buf, "\\u%04x", (unsigned)c);
        else snprintf(buf, sizeof buf, "\\U%08x", (unsigned)c);
        text_str(&mark, buf);
    }
    text_put(&mark, &quote, 1);
    /* cut at limit characters: escapes are ASCII, other characters
     * whole UTF-8 sequences */
    int64_t chars = 0;
    size_t i = 0;
    while (!mark.oom && i < mark.len && chars < limit) {
        i += (size_t)utf8_len((unsigned char)mark.p[i]);
        chars++;
    }
    if (!mark.oom) text_put(t, mark.p, i);
    else t->oom = 1;
    text_free(&mark);
}

/* bad_literal raises ValueError(prefix + repr(s)), the repr cut at
 * limit characters */
static int bad_literal(const char *prefix, const char *s, int64_t limit) {
    text t;
    text_init(&t);
    text_str(&t, prefix);
    str_repr(&t, s, limit);
    text_put(&t, "", 1);
    int status = t.oom ? raise("MemoryError", "") : raise("ValueError", t.p);
    text_free(&t);
    return status;
}

static int is_space(char c) { return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1C && c <= 0x1F); }

/* clean_number copies s into t without the whitespace around it and
 * with the underscores Python allows between digits removed, NUL
 * included; returns 0 if an underscore is misplaced. */
static int clean_number(const char *s, text *t) {
    while (is_space(*s)) s++;
    size_t n = strlen(s);
    while (n > 0 && is_space(s[n - 1])) n--;
    for (size_t i = 0; i < n; i++) {
        if (s[i] == '_') {
            if (i == 0 || i + 1 >= n || !(s[i - 1] >= '0' && s[i - 1] <= '9') || !(s[i + 1] >= '0' && s[i + 1] <= '9')) return 0;
            continue;
        }
        text_put(t, s + i, 1);
    }
    text_put(t, "", 1);
    return !t->oom;
}

static const char int_prefix[] = "invalid literal for int() with base 10: ";
static const char float_prefix[] = "could not convert string to float: ";

int pynjit_argv_int(int64_t i, int64_t *out) {
    const char *s = argv_items[i];
    text t;
    text_init(&t);
    int ok = clean_number(s, &t);
    const char *p = t.p + (ok && (t.p[0] == '+' || t.p[0] == '-'));
    ok = ok && *p;
    for (const char *q = p; ok && *q; q++)
        if (*q < '0' || *q > '9') ok = 0;
    int oom = t.oom;
    if (!ok) {
        text_free(&t);
        return oom ? raise("MemoryError", "") : bad_literal(int_prefix, s, 200);
    }
    errno = 0;
    long long v = strtoll(t.p, NULL, 10);
    int range = errno == ERANGE;
    text_free(&t);
    if (range) return raise("OverflowError", "int too large to convert to int64");
    *out = v;
    return 0;
}

int pynjit_argv_float(int64_t i, double *out) {
    const char *s = argv_items[i];
    text t;
    text_init(&t);
    int ok = clean_number(s, &t) && t.p[0] && !strchr(t.p, 'x') && !strchr(t.p, 'X');
    if (ok) {
        const char *p = t.p + (t.p[0] == '+' || t.p[0] == '-');
        int named = strcasecmp(p, "inf") == 0 || strcasecmp(p, "infinity") == 0 || strcasecmp(p, "nan") == 0;
        for (const char *q = p; ok && !named && *q; q++)
            if (!((*q >= '0' && *q <= '9') || *q == '.' || *q == 'e' || *q == 'E' || *q == '+' || *q == '-')) ok = 0;
    }
    char *end = NULL;
    double v = ok ? strtod(t.p, &end) : 0;
    ok = ok && end != t.p && *end == 0;
    int oom = t.oom;
    text_free(&t);
    if (!ok) return oom ? raise("MemoryError", "") : bad_literal(float_prefix, s, INT64_MAX);
    *out = v;
    return 0;
}

/* pynjit_run_main runs a program's main function: on an uncaught
 * exception it prints CPython's last traceback line to stderr and the
 * program exits with status 1. */
int pynjit_run_main(int argc, char **argv, int (*entry)(void)) {
    argv_count = argc;
    argv_items = argv;
    int status = entry();
    fflush(stdout);
    if (status != 0 || pynjit_err_occurred()) {
        const char *type = pynjit_err_type(), *msg = pynjit_err_message();
        if (!type) {
            type = "SystemError";
            msg = "error return without exception set";
        }
        fputs("Traceback (most recent call last):\n", stderr);
        if (msg[0]) fprintf(stderr, "%s: %s\n", type, msg);
        else fprintf(stderr, "%s\n", type);
        return 1;
    }
    return 0;
}
