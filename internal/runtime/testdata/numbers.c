/* Runs the runtime's number and size helpers on the cases of stdin,
 * one per line, for a comparison with CPython and NumPy
 * (numbers_oracle.py); prints one line per case, an exception as
 * "!Type: message":
 *   round <bits> <n>                       round(x, n) of a float64 (hex bits) -> hex bits
 *   roundi <x> <n>                         round(x, n) of an int64, wrapped
 *   slice <len> <start> <stop> <step> <flags>  start, step and length of the slice
 *   arange <bits> <bits> <bits>            len(np.arange(start, stop, step))
 *   alloc <nbytes>                         pynjit_nrt_alloc: "ok" or the exception */
#include <inttypes.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int pynjit_round_ndigits(double x, int64_t n, double *out);
int64_t pynjit_round_int(int64_t x, int64_t n);
int pynjit_slice_adjust(int64_t length, int64_t start, int64_t stop, int64_t step, int64_t flags, int64_t *out);
int pynjit_arange_len(double start, double stop, double step, int64_t *out);
int pynjit_nrt_alloc(int64_t nbytes, void **owner, void **data);
void pynjit_nrt_decref(void *owner);
const char *pynjit_err_type(void);
const char *pynjit_err_message(void);
void pynjit_err_clear(void);

static double from_bits(const char *hex) {
    uint64_t b = strtoull(hex, NULL, 16);
    double x;
    memcpy(&x, &b, sizeof x);
    return x;
}

static void failed(void) {
    printf("!%s: %s\n", pynjit_err_type(), pynjit_err_message());
    pynjit_err_clear();
}

int main(void) {
    char line[512], op[16], a[64], b[64], c[64], d[64], e[64];
    while (fgets(line, sizeof line, stdin)) {
        int n = sscanf(line, "%15s %63s %63s %63s %63s %63s", op, a, b, c, d, e);
        if (n < 2) return 2;
        if (strcmp(op, "round") == 0) {
            double r;
            if (pynjit_round_ndigits(from_bits(a), strtoll(b, NULL, 10), &r)) failed();
            else {
                uint64_t bits;
                memcpy(&bits, &r, sizeof bits);
                printf("%016" PRIx64 "\n", bits);
            }
        } else if (strcmp(op, "roundi") == 0) {
            printf("%" PRId64 "\n", pynjit_round_int(strtoll(a, NULL, 10), strtoll(b, NULL, 10)));
        } else if (strcmp(op, "slice") == 0) {
            int64_t out[3];
            if (pynjit_slice_adjust(strtoll(a, NULL, 10), strtoll(b, NULL, 10), strtoll(c, NULL, 10), strtoll(d, NULL, 10), strtoll(e, NULL, 10), out)) failed();
            else printf("%" PRId64 " %" PRId64 " %" PRId64 "\n", out[0], out[1], out[2]);
        } else if (strcmp(op, "arange") == 0) {
            int64_t len;
            if (pynjit_arange_len(from_bits(a), from_bits(b), from_bits(c), &len)) failed();
            else printf("%" PRId64 "\n", len);
        } else if (strcmp(op, "alloc") == 0) {
            void *owner, *data;
            if (pynjit_nrt_alloc(strtoll(a, NULL, 10), &owner, &data)) failed();
            else {
                printf(((uintptr_t)data & 63) == 0 ? "ok\n" : "misaligned\n");
                pynjit_nrt_decref(owner);
            }
        } else {
            return 2;
        }
    }
    return 0;
}
