/* Hand-written C versions of testdata/bench/loops.py, the speed goal. */
#include <stdint.h>

int64_t collatz_total(int64_t limit) {
    int64_t total = 0;
    for (int64_t start = 1; start < limit; start++) {
        int64_t n = start;
        while (n != 1) {
            if (n % 2 == 0) n = n / 2;
            else n = 3 * n + 1;
            total++;
        }
    }
    return total;
}

double leibniz(int64_t terms) {
    double s = 0.0, sign = 1.0;
    for (int64_t k = 0; k < terms; k++) {
        s += sign / (double)(2 * k + 1);
        sign = -sign;
    }
    return 4.0 * s;
}
