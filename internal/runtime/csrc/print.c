/* print() and str.format for compiled code: Python's str() of ints,
 * floats (repr: the shortest string that round-trips), bools and None,
 * and the format-spec mini-language ([[fill]align][sign][#][0][width]
 * [,|_][.precision][type]) for ints and floats. Output goes to stdout
 * through stdio. */

#include "runtime.h"

static void out(const char *s, size_t n) { fwrite(s, 1, n, stdout); }

void pynjit_write(const char *s, int64_t n) { out(s, (size_t)n); }

void pynjit_write_int(int64_t v) { printf("%lld", (long long)v); }

void pynjit_write_uint(uint64_t v) { printf("%llu", (unsigned long long)v); }

void pynjit_write_bool(int8_t b) { fputs(b ? "True" : "False", stdout); }

void pynjit_write_none(void) { fputs("None", stdout); }

/* digits of x > 0 (finite) with prec significant digits, or the fewest
 * that round-trip when prec is 0: returns their count (trailing zeros
 * removed) and the position of the decimal point. */
static int float_digits(double x, int prec, char *digits, int *decpt) {
    char buf[40];
    int p = prec;
    if (prec == 0) {
        for (p = 1; p < 17; p++) {
            snprintf(buf, sizeof buf, "%.*e", p - 1, x);
            if (strtod(buf, NULL) == x) break;
        }
    }
    snprintf(buf, sizeof buf, "%.*e", p - 1, x);
    int n = 0;
    const char *s = buf;
    for (; *s && *s != 'e'; s++)
        if (*s >= '0' && *s <= '9') digits[n++] = *s;
    *decpt = atoi(s + 1) + 1;
    while (n > 1 && digits[n - 1] == '0') n--;
    digits[n] = 0;
    return n;
}

/* lays digits out in fixed or exponent notation; dot0 appends ".0" to
 * an integral fixed-point result, as repr does. */
static int layout(char *dst, const char *digits, int n, int decpt, int use_exp, int dot0, int upper) {
    char *d = dst;
    if (use_exp) {
        *d++ = digits[0];
        if (n > 1) {
            *d++ = '.';
            memcpy(d, digits + 1, n - 1);
            d += n - 1;
        }
        d += sprintf(d, "%c%+03d", upper ? 'E' : 'e', decpt - 1);
    } else if (decpt <= 0) {
        *d++ = '0';
        *d++ = '.';
        for (int i = 0; i < -decpt; i++) *d++ = '0';
        memcpy(d, digits, n);
        d += n;
    } else if (decpt >= n) {
        memcpy(d, digits, n);
        d += n;
        for (int i = 0; i < decpt - n; i++) *d++ = '0';
        if (dot0) { *d++ = '.'; *d++ = '0'; }
    } else {
        memcpy(d, digits, decpt);
        d += decpt;
        *d++ = '.';
        memcpy(d, digits + decpt, n - decpt);
        d += n - decpt;
    }
    *d = 0;
    return (int)(d - dst);
}

/* repr(x) of a float, without its sign; dot0 gives integral values
 * their ".0" (complex parts go without it). */
static int float_repr_abs_dot(char *dst, double x, int dot0) {
    if (isnan(x)) return sprintf(dst, "nan");
    x = fabs(x);
    if (isinf(x)) return sprintf(dst, "inf");
    if (x == 0) return sprintf(dst, dot0 ? "0.0" : "0");
    char digits[24];
    int decpt, n = float_digits(x, 0, digits, &decpt);
    return layout(dst, digits, n, decpt, !(decpt > -4 && decpt <= 16), dot0, 0);
}

static int float_repr_abs(char *dst, double x) { return float_repr_abs_dot(dst, x, 1); }

/* repr of a complex, as CPython's complex_repr: "2j" when the real part
 * is +0, else "(re+imj)" with the imaginary part always signed. */
void pynjit_write_complex(double re, double im) {
    char buf[900];
    int n = 0;
    int lone = re == 0 && !signbit(re);
    if (!lone) {
        buf[n++] = '(';
        if (signbit(re) && !isnan(re)) buf[n++] = '-';
        n += float_repr_abs_dot(buf + n, re, 0);
        buf[n++] = signbit(im) && !isnan(im) ? '-' : '+';
    } else if (signbit(im) && !isnan(im)) {
        buf[n++] = '-';
    }
    n += float_repr_abs_dot(buf + n, im, 0);
    buf[n++] = 'j';
    if (!lone) buf[n++] = ')';
    out(buf, (size_t)n);
}

void pynjit_write_float(double x) {
    char buf[400];
    int n = 0;
    if (signbit(x) && !isnan(x)) buf[n++] = '-';
    n += float_repr_abs(buf + n, x);
    out(buf, (size_t)n);
}

/* a parsed format spec */
struct spec {
    char fill[8];
    char align, sign, type, group;
    int alt, width, prec;
};

static void parse_spec(const char *s, int64_t len, struct spec *sp) {
    const char *end = s + len;
    memset(sp, 0, sizeof *sp);
    sp->prec = -1;
    strcpy(sp->fill, " ");
    /* [[fill]align]: the fill is one (UTF-8) character */
    int clen = 1;
    if (s < end && ((unsigned char)*s & 0xE0) == 0xC0) clen = 2;
    else if (s < end && ((unsigned char)*s & 0xF0) == 0xE0) clen = 3;
    else if (s < end && ((unsigned char)*s & 0xF8) == 0xF0) clen = 4;
    if (s + clen < end && strchr("<>=^", s[clen])) {
        memcpy(sp->fill, s, clen);
        sp->fill[clen] = 0;
        sp->align = s[clen];
        s += clen + 1;
    } else if (s < end && strchr("<>=^", *s)) {
        sp->align = *s++;
    }
    if (s < end && strchr("+- ", *s)) sp->sign = *s++;
    if (s < end && *s == '#') { sp->alt = 1; s++; }
    if (s < end && *s == '0') {
        if (!sp->align) { strcpy(sp->fill, "0"); sp->align = '='; }
        s++;
    }
    while (s < end && *s >= '0' && *s <= '9') sp->width = sp->width * 10 + (*s++ - '0');
    if (s < end && (*s == ',' || *s == '_')) sp->group = *s++;
    if (s < end && *s == '.') {
        s++;
        sp->prec = 0;
        while (s < end && *s >= '0' && *s <= '9') sp->prec = sp->prec * 10 + (*s++ - '0');
    }
    if (s < end) sp->type = *s;
}

/* inserts a separator every `every` digits of the integer part of body */
static int group_digits(char *body, int n, char sep, int every) {
    int start = 0;
    while (start < n && !(body[start] >= '0' && body[start] <= '9') && !(body[start] >= 'a' && body[start] <= 'f')) start++;
    int digits = start;
    while (digits < n && ((body[digits] >= '0' && body[digits] <= '9') || (body[digits] >= 'a' && body[digits] <= 'f') || (body[digits] >= 'A' && body[digits] <= 'F'))) digits++;
    int count = digits - start, seps = (count - 1) / every;
    if (seps <= 0) return n;
    memmove(body + digits + seps, body + digits, (size_t)(n - digits + 1));
    int src = digits - 1, dst = digits + seps - 1, k = 0;
    while (src >= start) {
        body[dst--] = body[src--];
        if (++k % every == 0 && src >= start) body[dst--] = sep;
    }
    return n + seps;
}

/* zero_group pads the digits of body with zeros, before grouping, as far
 * as the width allows: Python puts separators into zero padding too. */
static int zero_group(char *body, int n, const struct spec *sp, int signlen, int every) {
    if (!sp->group) return n;
    if (!(sp->align == '=' && strcmp(sp->fill, "0") == 0)) return group_digits(body, n, sp->group, every);
    for (;;) {
        char tmp[200];
        memcpy(tmp, body, (size_t)n + 1);
        int g = group_digits(tmp, n, sp->group, every);
        if (signlen + g >= sp->width || n >= 150) {
            memcpy(body, tmp, (size_t)g + 1);
            return g;
        }
        memmove(body + 1, body, (size_t)n + 1);
        body[0] = '0';
        n++;
    }
}

/* writes sign + body padded as the spec says; numbers align right by
 * default, and '=' pads between the sign and the digits. */
static void pad_out(const struct spec *sp, const char *sign, const char *body, int n) {
    int len = (int)strlen(sign) + n, padn = sp->width > len ? sp->width - len : 0;
    char align = sp->align ? sp->align : '>';
    int left = align == '<' ? 0 : align == '^' ? padn / 2 : padn;
    int right = padn - left;
    size_t fl = strlen(sp->fill);
    if (align == '=') {
        fputs(sign, stdout);
        for (int i = 0; i < padn; i++) out(sp->fill, fl);
        out(body, (size_t)n);
        return;
    }
    for (int i = 0; i < left; i++) out(sp->fill, fl);
    fputs(sign, stdout);
    out(body, (size_t)n);
    for (int i = 0; i < right; i++) out(sp->fill, fl);
}

static const char *sign_of(const struct spec *sp, int negative) {
    if (negative) return "-";
    if (sp->sign == '+') return "+";
    if (sp->sign == ' ') return " ";
    return "";
}

static void format_float(double x, const struct spec *sp) {
    char body[420];
    int n, upper = sp->type == 'F' || sp->type == 'E' || sp->type == 'G';
    double a = fabs(x);
    if (!isfinite(x)) {
        n = sprintf(body, isnan(x) ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf"));
        if (sp->type == '%') body[n++] = '%', body[n] = 0;
    } else {
        int prec = sp->prec < 0 ? 6 : sp->prec;
        switch (sp->type) {
        case 'f': case 'F': n = snprintf(body, sizeof body, "%.*f", prec, a); break;
        case 'e': case 'E': n = snprintf(body, sizeof body, upper ? "%.*E" : "%.*e", prec, a); break;
        case 'g': case 'G': n = snprintf(body, sizeof body, upper ? "%.*G" : "%.*g", prec ? prec : 1, a); break;
        case '%': n = snprintf(body, sizeof body, "%.*f%%", prec, a * 100); break;
        default:
            if (sp->prec < 0) {
                n = float_repr_abs(body, a);
            } else {
                char digits[24];
                int p = sp->prec ? sp->prec : 1, decpt, nd = float_digits(a, p, digits, &decpt);
                n = layout(body, digits, nd, decpt, !(decpt > -4 && decpt < p), 1, 0);
            }
        }
        if (sp->type != 'e' && sp->type != 'E') n = zero_group(body, n, sp, (int)strlen(sign_of(sp, signbit(x) != 0)), 3);
    }
    pad_out(sp, sign_of(sp, signbit(x) != 0), body, n);
}

static void format_int(int negative, uint64_t mag, const struct spec *sp) {
    char body[160];
    int n = 0;
    const char *prefix = "";
    switch (sp->type) {
    case 'x': prefix = "0x"; n = sprintf(body, "%llx", (unsigned long long)mag); break;
    case 'X': prefix = "0X"; n = sprintf(body, "%llX", (unsigned long long)mag); break;
    case 'o': prefix = "0o"; n = sprintf(body, "%llo", (unsigned long long)mag); break;
    case 'b': {
        prefix = "0b";
        char tmp[70];
        int k = 0;
        do { tmp[k++] = (char)('0' + (mag & 1)); mag >>= 1; } while (mag);
        while (k) body[n++] = tmp[--k];
        body[n] = 0;
        break;
    }
    default: n = sprintf(body, "%llu", (unsigned long long)mag);
    }
    char sign[8];
    snprintf(sign, sizeof sign, "%s%s", sign_of(sp, negative), sp->alt ? prefix : "");
    n = zero_group(body, n, sp, (int)strlen(sign), (sp->type == 'x' || sp->type == 'X' || sp->type == 'o' || sp->type == 'b') ? 4 : 3);
    pad_out(sp, sign, body, n);
}

static int is_float_type(char t) { return t && strchr("eEfFgG%", t) != NULL; }

void pynjit_format_float(double x, const char *s, int64_t len) {
    struct spec sp;
    parse_spec(s, len, &sp);
    format_float(x, &sp);
}

void pynjit_format_int(int64_t v, const char *s, int64_t len) {
    struct spec sp;
    parse_spec(s, len, &sp);
    if (is_float_type(sp.type)) { format_float((double)v, &sp); return; }
    format_int(v < 0, v < 0 ? -(uint64_t)v : (uint64_t)v, &sp);
}

void pynjit_format_uint(uint64_t v, const char *s, int64_t len) {
    struct spec sp;
    parse_spec(s, len, &sp);
    if (is_float_type(sp.type)) { format_float((double)v, &sp); return; }
    format_int(0, v, &sp);
}

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

/* the message of int() or float() of a bad string, with its repr */
static int bad_literal(const char *prefix, const char *s) {
    char msg[200];
    snprintf(msg, sizeof msg, "%s'%.120s'", prefix, s);
    return raise("ValueError", msg);
}

/* copies s without surrounding whitespace and with the underscores
 * Python allows between digits removed; returns 0 if an underscore is
 * misplaced. */
static int clean_number(const char *s, char *dst, size_t cap) {
    while (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r' || *s == '\f' || *s == '\v') s++;
    size_t n = strlen(s);
    while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\n' || s[n - 1] == '\r' || s[n - 1] == '\f' || s[n - 1] == '\v')) n--;
    if (n + 1 > cap) return 0;
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        if (s[i] == '_') {
            if (i == 0 || i + 1 >= n || !(s[i - 1] >= '0' && s[i - 1] <= '9') || !(s[i + 1] >= '0' && s[i + 1] <= '9')) return 0;
            continue;
        }
        dst[k++] = s[i];
    }
    dst[k] = 0;
    return 1;
}

int pynjit_argv_int(int64_t i, int64_t *out) {
    const char *s = argv_items[i];
    char buf[128];
    if (!clean_number(s, buf, sizeof buf) || buf[0] == 0) return bad_literal("invalid literal for int() with base 10: ", s);
    const char *p = buf;
    if (*p == '+' || *p == '-') p++;
    if (*p == 0) return bad_literal("invalid literal for int() with base 10: ", s);
    for (const char *q = p; *q; q++)
        if (*q < '0' || *q > '9') return bad_literal("invalid literal for int() with base 10: ", s);
    errno = 0;
    long long v = strtoll(buf, NULL, 10);
    if (errno == ERANGE) return raise("OverflowError", "int too large to convert to int64");
    *out = v;
    return 0;
}

int pynjit_argv_float(int64_t i, double *out) {
    const char *s = argv_items[i];
    char buf[128];
    if (!clean_number(s, buf, sizeof buf) || buf[0] == 0 || strchr(buf, 'x') || strchr(buf, 'X'))
        return bad_literal("could not convert string to float: ", s);
    const char *p = buf + (buf[0] == '+' || buf[0] == '-');
    int named = strcasecmp(p, "inf") == 0 || strcasecmp(p, "infinity") == 0 || strcasecmp(p, "nan") == 0;
    if (!named) {
        for (const char *q = p; *q; q++)
            if (!((*q >= '0' && *q <= '9') || *q == '.' || *q == 'e' || *q == 'E' || *q == '+' || *q == '-'))
                return bad_literal("could not convert string to float: ", s);
    }
    char *end;
    double v = strtod(buf, &end);
    if (*end != 0 || end == buf) return bad_literal("could not convert string to float: ", s);
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
        fputs("Traceback (most recent call last):\n", stderr);
        if (msg[0]) fprintf(stderr, "%s: %s\n", type, msg);
        else fprintf(stderr, "%s\n", type);
        return 1;
    }
    return 0;
}
