/* Calls the library pynjit builds from testdata/run/tuples.py through its
 * generated header: tuple results come back through an out pointer,
 * tuple arguments go in as pointers to structs, complex128 travels as
 * pynjit_complex128, and an exception leaves
 * the error set. Prints what it got; TestCABITuples compares. */
#include <stdio.h>
#include "tuples.h"

int main(void) {
    divmod__result dm;
    divmod_(-7, 2, &dm);
    printf("divmod_(-7, 2) = (%lld, %lld) err=%d\n", (long long)dm.f0, (long long)dm.f1, pynjit_err_occurred());

    nested_p p = {7, 3};
    nested_result r;
    nested(&p, 1.5, &r);
    printf("nested((7, 3), 1.5) = (%g, (%lld, %d))\n", r.f0, (long long)r.f1.f0, (int)r.f1.f1);

    swap_p s = {1, 2};
    swap_result sw;
    swap(&s, &sw);
    printf("swap((1, 2)) = (%lld, %lld)\n", (long long)sw.f0, (long long)sw.f1);

    pynjit_complex128 z = {1.0, 2.0};
    pynjit_complex128 w = scale_c(z, 3.0);
    printf("scale_c(1+2j, 3.0) = (%g, %g)\n", w.real, w.imag);

    divmod_(7, 0, &dm);
    printf("divmod_(7, 0): %s: %s\n", pynjit_err_type(), pynjit_err_message());
    pynjit_err_clear();
    printf("cleared: %d\n", pynjit_err_occurred());
    return 0;
}
