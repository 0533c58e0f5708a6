/* Calls the functions pynjit compiled from kernels.py, through the header
 * it generated (`pynjit build kernels.py --emit so,h`). Build with
 * `make` (see Makefile) or:
 *   cc main.c -o main ./kernels.so -Wl,-rpath,'$ORIGIN' */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>

#include "kernels.h"

int main(int argc, char **argv) {
    int64_t n = argc > 1 ? strtoll(argv[1], NULL, 10) : 27;
    printf("add(2, 40) = %" PRId64 "\n", add(2, 40));
    int64_t steps = collatz_steps(n);
    if (pynjit_err_occurred()) { /* Python exceptions arrive as an error state */
        fprintf(stderr, "%s: %s\n", pynjit_err_type(), pynjit_err_message());
        pynjit_err_clear();
        return 1;
    }
    printf("collatz_steps(%" PRId64 ") = %" PRId64 "\n", n, steps);
    printf("hypotenuse(3.0, 4.0) = %g\n", hypotenuse(3.0, 4.0));
    return 0;
}
