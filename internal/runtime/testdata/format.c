/* Formats values as compiled print() does, for a comparison with
 * CPython (format_oracle.py). Each line of stdin is a case: a kind, a
 * value and a spec in hex, separated by spaces:
 *   i <int64> <spec>    format(v, spec) of an int64
 *   u <uint64> <spec>   of a uint64
 *   f <bits> <spec>     of a float64 given by its bits, in hex
 *   r <bits> -          repr() of a float64
 *   c <bits> <bits>     repr() of a complex (real and imaginary parts)
 * Each result is written to stdout followed by a NUL and a newline; an
 * exception as "!Type: message". */
#include <inttypes.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int pynjit_format_int_checked(int64_t v, const char *s, int64_t len);
int pynjit_format_uint_checked(uint64_t v, const char *s, int64_t len);
int pynjit_format_float_checked(double x, const char *s, int64_t len);
void pynjit_write_float(double x);
void pynjit_write_complex(double re, double im);
const char *pynjit_err_type(void);
const char *pynjit_err_message(void);
void pynjit_err_clear(void);

static double from_bits(const char *hex) {
    uint64_t b = strtoull(hex, NULL, 16);
    double x;
    memcpy(&x, &b, sizeof x);
    return x;
}

/* unhex decodes the spec in place; "-" is the empty spec */
static int64_t unhex(char *s) {
    if (strcmp(s, "-") == 0) return 0;
    int64_t n = 0;
    for (char *p = s; p[0] && p[1]; p += 2) {
        char byte[3] = {p[0], p[1], 0};
        s[n++] = (char)strtol(byte, NULL, 16);
    }
    return n;
}

int main(void) {
    static char line[1 << 16];
    while (fgets(line, sizeof line, stdin)) {
        char kind[4], value[64], spec[sizeof line];
        if (sscanf(line, "%3s %63s %s", kind, value, spec) != 3) return 2;
        int status = 0;
        if (kind[0] == 'i') {
            int64_t n = unhex(spec);
            status = pynjit_format_int_checked(strtoll(value, NULL, 10), spec, n);
        } else if (kind[0] == 'u') {
            int64_t n = unhex(spec);
            status = pynjit_format_uint_checked(strtoull(value, NULL, 10), spec, n);
        } else if (kind[0] == 'f') {
            int64_t n = unhex(spec);
            status = pynjit_format_float_checked(from_bits(value), spec, n);
        } else if (kind[0] == 'r') {
            pynjit_write_float(from_bits(value));
        } else if (kind[0] == 'c') {
            pynjit_write_complex(from_bits(value), from_bits(spec));
        } else {
            return 2;
        }
        if (status) {
            printf("!%s: %s", pynjit_err_type(), pynjit_err_message());
            pynjit_err_clear();
        }
        fputc(0, stdout);
        fputc('\n', stdout);
    }
    return 0;
}
