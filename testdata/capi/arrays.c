/* Calls array functions of the library pynjit builds from
 * testdata/capi/arrays.py: an array argument as a pynjit_array view of C
 * memory, and arrays returned by compiled code, each given back with
 * pynjit_array_release (unless LEAK is defined: then the first is kept,
 * and LeakSanitizer must notice). Built with -fsanitize=address. */
#include <stdio.h>
#include "arrays.h"

int main(void) {
    double xs[5] = {1, 2, 3, 4, 5};
    pynjit_array in = {0};
    in.data = xs;
    in.ndim = 1;
    in.itemsize = sizeof(double);
    in.shape[0] = 5;
    in.strides[0] = sizeof(double);
    double total = 0;
    for (int k = 0; k < 10000; k++) {
        pynjit_array out;
        running_sum(&in, &out);
        total += ((double *)out.data)[4];
#ifdef LEAK
        if (k == 0) continue;
#endif
        pynjit_array_release(&out);
    }
    printf("total %g live %lld\n", total, (long long)pynjit_nrt_live());
    fflush(stdout);
    return 0;
}
