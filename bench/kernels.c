/* Hand-written C twins of bench/kernels.py, as a C programmer would
 * write them (C's / and % where the operands are non-negative). Every
 * array argument is passed as a pointer followed by its extents. */
#include <math.h>
#include <stdint.h>

int64_t collatz(int64_t limit) {
    int64_t total = 0;
    for (int64_t start = 1; start < limit; start++) {
        int64_t n = start;
        while (n != 1) {
            n = n % 2 == 0 ? n / 2 : 3 * n + 1;
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

int64_t fib(int64_t n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }

int64_t gcd_sum(int64_t n) {
    int64_t total = 0;
    for (int64_t i = 1; i < n; i++)
        for (int64_t j = 1; j < n; j++) {
            int64_t a = i, b = j;
            while (b != 0) {
                int64_t t = a % b;
                a = b;
                b = t;
            }
            total += a;
        }
    return total;
}

int64_t count_primes(int64_t n) {
    int64_t count = 0;
    for (int64_t k = 2; k < n; k++) {
        int prime = 1;
        for (int64_t d = 2; d * d <= k; d++)
            if (k % d == 0) {
                prime = 0;
                break;
            }
        count += prime;
    }
    return count;
}

int64_t digit_sum(int64_t n) {
    int64_t total = 0;
    for (int64_t i = 0; i < n; i++)
        for (int64_t k = i; k > 0; k /= 10)
            total += k % 10;
    return total;
}

int64_t mandelbrot(int64_t width, int64_t height, int64_t max_iter) {
    int64_t inside = 0;
    for (int64_t py = 0; py < height; py++) {
        double y0 = (double)py * 2.0 / (double)height - 1.0;
        for (int64_t px = 0; px < width; px++) {
            double x0 = (double)px * 3.0 / (double)width - 2.0;
            double x = 0.0, y = 0.0;
            int64_t i = 0;
            while (i < max_iter && x * x + y * y <= 4.0) {
                double xt = x * x - y * y + x0;
                y = 2.0 * x * y + y0;
                x = xt;
                i++;
            }
            inside += i == max_iter;
        }
    }
    return inside;
}

double float_math(int64_t n) {
    double s = 0.0;
    for (int64_t i = 0; i < n; i++) {
        double x = (double)i * 1e-4;
        s += sin(x) * exp(-x * 0.01) + sqrt(x + 1.0);
    }
    return s;
}

double dot(const double *a, int64_t n, const double *b, int64_t nb) {
    (void)nb;
    double s = 0.0;
    for (int64_t i = 0; i < n; i++)
        s += a[i] * b[i];
    return s;
}

double stencil(double *a, int64_t n, double *out, int64_t nout, int64_t steps) {
    (void)nout;
    for (int64_t s = 0; s < steps; s++) {
        for (int64_t i = 1; i < n - 1; i++)
            out[i] = 0.25 * a[i - 1] + 0.5 * a[i] + 0.25 * a[i + 1];
        for (int64_t i = 1; i < n - 1; i++)
            a[i] = out[i];
    }
    return a[n / 2];
}

double laplace(double *u, int64_t n, int64_t m, double *v, int64_t vn, int64_t vm, int64_t steps) {
    (void)vn, (void)vm;
    for (int64_t s = 0; s < steps; s++) {
        for (int64_t i = 1; i < n - 1; i++)
            for (int64_t j = 1; j < m - 1; j++)
                v[i * m + j] = 0.25 * (u[(i - 1) * m + j] + u[(i + 1) * m + j] + u[i * m + j - 1] + u[i * m + j + 1]);
        for (int64_t i = 1; i < n - 1; i++)
            for (int64_t j = 1; j < m - 1; j++)
                u[i * m + j] = v[i * m + j];
    }
    return u[(n / 2) * m + m / 2];
}

double nbody(double *pos, int64_t n, int64_t pc, double *vel, int64_t vn, int64_t vc, const double *mass, int64_t mn,
             int64_t steps, double dt) {
    (void)pc, (void)vn, (void)vc, (void)mn;
    for (int64_t s = 0; s < steps; s++) {
        for (int64_t i = 0; i < n; i++) {
            double ax = 0.0, ay = 0.0, az = 0.0;
            for (int64_t j = 0; j < n; j++) {
                if (i == j)
                    continue;
                double dx = pos[j * 3] - pos[i * 3];
                double dy = pos[j * 3 + 1] - pos[i * 3 + 1];
                double dz = pos[j * 3 + 2] - pos[i * 3 + 2];
                double r2 = dx * dx + dy * dy + dz * dz + 0.01;
                double f = mass[j] / (r2 * sqrt(r2));
                ax += f * dx;
                ay += f * dy;
                az += f * dz;
            }
            vel[i * 3] += dt * ax;
            vel[i * 3 + 1] += dt * ay;
            vel[i * 3 + 2] += dt * az;
        }
        for (int64_t i = 0; i < n; i++)
            for (int64_t d = 0; d < 3; d++)
                pos[i * 3 + d] += dt * vel[i * 3 + d];
    }
    double e = 0.0;
    for (int64_t i = 0; i < n; i++)
        e += mass[i] * (vel[i * 3] * vel[i * 3] + vel[i * 3 + 1] * vel[i * 3 + 1] + vel[i * 3 + 2] * vel[i * 3 + 2]);
    return 0.5 * e;
}

double matmul(const double *a, int64_t n, int64_t k, const double *b, int64_t bk, int64_t m, double *c, int64_t cn,
              int64_t cm) {
    (void)bk, (void)cn, (void)cm;
    for (int64_t i = 0; i < n; i++) {
        for (int64_t j = 0; j < m; j++)
            c[i * m + j] = 0.0;
        for (int64_t p = 0; p < k; p++) {
            double aip = a[i * k + p];
            for (int64_t j = 0; j < m; j++)
                c[i * m + j] += aip * b[p * m + j];
        }
    }
    return c[(n - 1) * m + m - 1];
}

double cumsum(double *a, int64_t n) {
    for (int64_t i = 1; i < n; i++)
        a[i] += a[i - 1];
    return a[n - 1];
}

int64_t histogram(const double *x, int64_t n, int64_t *counts, int64_t bins) {
    for (int64_t i = 0; i < n; i++) {
        int64_t k = (int64_t)(x[i] * (double)bins);
        if (0 <= k && k < bins)
            counts[k]++;
    }
    int64_t best = 0;
    for (int64_t k = 0; k < bins; k++)
        if (counts[k] > counts[best])
            best = k;
    return best;
}

int64_t insertion_sort(int64_t *a, int64_t n) {
    for (int64_t i = 1; i < n; i++) {
        int64_t key = a[i], j = i - 1;
        while (j >= 0 && a[j] > key) {
            a[j + 1] = a[j];
            j--;
        }
        a[j + 1] = key;
    }
    return a[n / 2];
}
