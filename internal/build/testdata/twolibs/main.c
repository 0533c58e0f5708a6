/* A C program linking both libraries of TestTwoLibraries: each one's
 * exceptions reach the program's pynjit_err_*, whichever library those
 * bind to, and each one's arrays are released with pynjit_array_release. */
#include <stdio.h>
#include <string.h>

#include "arrays.h"
#include "raises.h"

static int expect(const char *what, const char *type, const char *msg) {
    if (!pynjit_err_occurred() || strcmp(pynjit_err_type(), type) != 0 || strcmp(pynjit_err_message(), msg) != 0) {
        printf("%s: no %s(\"%s\") (occurred %d)\n", what, type, msg, pynjit_err_occurred());
        return 1;
    }
    pynjit_err_clear();
    return 0;
}

int main(void) {
    int bad = 0;
    quotient(1, 0);
    bad |= expect("quotient(1, 0)", "ValueError", "raises: y is 0");
    pynjit_array r;
    ramp(4, &r);
    double t = total(&r);
    if (pynjit_err_occurred() || t != 3.0 || pynjit_nrt_live() != 1) {
        printf("total(ramp(4)) = %g, live %lld\n", t, (long long)pynjit_nrt_live());
        bad = 1;
    }
    pynjit_array_release(&r);
    pynjit_array empty = {0};
    empty.ndim = 1;
    empty.itemsize = 8;
    total(&empty);
    bad |= expect("total(empty)", "ValueError", "arrays: empty");
    if (quotient(7, 2) != 3 || pynjit_err_occurred() || pynjit_nrt_live() != 0) {
        printf("quotient(7, 2) or live %lld\n", (long long)pynjit_nrt_live());
        bad = 1;
    }
    if (!bad) printf("ok\n");
    return bad;
}
