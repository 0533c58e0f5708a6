/* Reductions over arrays (a.sum(), np.min(a), ...), with NumPy's results:
 * float sums and products take the elements in the order NumPy's
 * iterator gives a full reduction (memory order: see walk_axes), sums
 * pairwise within the runs NumPy 2's buffering hands its inner loop (see
 * sum_runs), each run added to a sum that starts at NumPy's identity
 * +0.0 (so a sum of -0.0s is 0.0); min and max propagate NaN; argmin and
 * argmax give the first index in C order. Also the constructors
 * np.arange and np.linspace, NumPy's // and % and ** on array elements,
 * and the checks of matrix products and broadcasting. */

#include "runtime.h"

/* element type codes, as codegen passes them */
enum { D_F64, D_F32, D_I8, D_I16, D_I32, D_I64, D_U8, D_U16, D_U32, D_U64, D_BOOL };

/* the number of elements; 0 when a dimension is 0, whatever the others
 * (whose product alone might not fit) */
static int64_t array_size(const array_t *a) {
    uint64_t n = 1;
    for (int k = 0; k < a->ndim; k++) {
        if (a->shape[k] == 0) return 0;
        n *= (uint64_t)a->shape[k];
    }
    return (int64_t)n;
}

/* the address of flat element i (C order) */
static const char *flat_at(const array_t *a, int64_t i) {
    int64_t off = 0;
    for (int k = (int)a->ndim - 1; k >= 0; k--) {
        int64_t n = a->shape[k];
        off += (i % n) * a->strides[k];
        i /= n;
    }
    return a->data + off;
}

static double load_f(const char *p, int d) {
    switch (d) {
    case D_F64: return *(const double *)p;
    case D_F32: return *(const float *)p;
    case D_I8: return *(const int8_t *)p;
    case D_I16: return *(const int16_t *)p;
    case D_I32: return *(const int32_t *)p;
    case D_I64: return (double)*(const int64_t *)p;
    case D_U8: return *(const uint8_t *)p;
    case D_U16: return *(const uint16_t *)p;
    case D_U32: return *(const uint32_t *)p;
    case D_U64: return (double)*(const uint64_t *)p;
    }
    return *(const uint8_t *)p != 0;
}

static double get_f(const array_t *a, int64_t i, int d) { return load_f(flat_at(a, i), d); }

static int64_t get_i(const array_t *a, int64_t i, int d) {
    const char *p = flat_at(a, i);
    switch (d) {
    case D_I8: return *(const int8_t *)p;
    case D_I16: return *(const int16_t *)p;
    case D_I32: return *(const int32_t *)p;
    case D_I64: return *(const int64_t *)p;
    case D_U8: return *(const uint8_t *)p;
    case D_U16: return *(const uint16_t *)p;
    case D_U32: return *(const uint32_t *)p;
    case D_U64: return (int64_t)*(const uint64_t *)p;
    }
    return *(const uint8_t *)p != 0;
}

/* NumPy's iteration of a full reduction: its axes, innermost first,
 * sorted by the size of their strides (stably, from C order; an axis of
 * one element, whose stride NumPy takes as 0, compares with none), then
 * each merged into the one inside it when the two step through memory as
 * one. The strides keep their signs: a reduction does not flip them. */
typedef struct {
    int nd;
    int64_t n[PYNJIT_MAX_DIMS], s[PYNJIT_MAX_DIMS];
} walk_t;

static void walk_axes(const array_t *a, walk_t *w) {
    int nd = (int)a->ndim, perm[PYNJIT_MAX_DIMS];
    int64_t n[PYNJIT_MAX_DIMS], s[PYNJIT_MAX_DIMS];
    for (int k = 0; k < nd; k++) {
        n[k] = a->shape[nd - 1 - k];
        s[k] = n[k] == 1 ? 0 : a->strides[nd - 1 - k];
        perm[k] = k;
    }
    for (int i0 = 1; i0 < nd; i0++) {
        int j0 = perm[i0], pos = i0;
        for (int i1 = i0 - 1; i1 >= 0; i1--) {
            int64_t s0 = s[j0], s1 = s[perm[i1]];
            if (s0 == 0 || s1 == 0) continue;
            if (llabs(s1) <= llabs(s0)) break;
            pos = i1;
        }
        for (int i1 = i0; i1 > pos; i1--) perm[i1] = perm[i1 - 1];
        perm[pos] = j0;
    }
    w->nd = 0;
    for (int k = 0; k < nd; k++) {
        int64_t nk = n[perm[k]], sk = s[perm[k]];
        if (w->nd > 0) {
            int64_t *pn = &w->n[w->nd - 1], *ps = &w->s[w->nd - 1];
            if (*pn == 1 || nk == 1 || *pn * *ps == sk) {
                if (*ps == 0) *ps = sk;
                *pn *= nk;
                continue;
            }
        }
        w->n[w->nd] = nk;
        w->s[w->nd] = sk;
        w->nd++;
    }
    if (w->nd == 0) {
        w->n[0] = 1;
        w->s[0] = 0;
        w->nd = 1;
    }
}

/* A cursor reads an array's elements one after another in walk order. */
typedef struct {
    const walk_t *w;
    const char *p;
    int d;
    int64_t idx[PYNJIT_MAX_DIMS];
} cursor_t;

static void cursor_start(cursor_t *c, const walk_t *w, const array_t *a, int d) {
    c->w = w;
    c->p = a->data;
    c->d = d;
    memset(c->idx, 0, sizeof c->idx);
}

static double next_f(cursor_t *c) {
    const walk_t *w = c->w;
    double x = load_f(c->p, c->d);
    for (int k = 0; k < w->nd; k++) {
        c->p += w->s[k];
        if (++c->idx[k] < w->n[k]) break;
        c->p -= w->n[k] * w->s[k];
        c->idx[k] = 0;
    }
    return x;
}

/* NumPy's ufunc reductions buffer BUFSIZE elements at a time */
enum { BUFSIZE = 8192 };

/* sum_runs finds the runs of elements NumPy 2's iterator hands the inner
 * loop of a sum (its npyiter_find_buffering_setup): the elements of the
 * innermost *block (a multiple of the sizes of the inner axes), in runs
 * of *run elements (the last run of a block may be shorter). One axis
 * read without a cast is one run, however long; otherwise the elements
 * go through a buffer of at most BUFSIZE, which the iterator sizes by the
 * cost it estimates for each choice of axes. A cast (an int array's
 * mean, in float64) is buffered throughout. */
static void sum_runs(const walk_t *w, int cast, int64_t *block, int64_t *run) {
    int cost = cast ? 2 : 1, best_cost = cost, best_dim = 0;
    int64_t size = w->n[0], best_size = size, best_core = 1;
    for (int k = 1; k < w->nd; k++) {
        if (size >= BUFSIZE && cost > 1) break;
        /* the axes do not merge (walk_axes merged those that do), so an
         * array read without a cast needs the buffer from here on */
        if (k == 1 && !cast) cost++;
        int64_t core = size;
        size *= w->n[k];
        int64_t bufsize = cost > 1 && size > BUFSIZE ? BUFSIZE : size;
        if ((double)cost * (double)best_size <= (double)best_cost * (double)bufsize) {
            best_cost = cost;
            best_core = core;
            best_size = size;
            best_dim = k;
        }
    }
    *block = 1;
    for (int k = 0; k <= best_dim; k++) *block *= w->n[k];
    if ((cast || best_dim > 0) && best_size > BUFSIZE) best_size = best_core * (BUFSIZE / best_core);
    *run = best_size;
}

/* NumPy's pairwise summation of the cursor's next n elements */
static double pairwise(cursor_t *c, int64_t n, int single) {
#define ROUND(x) (single ? (double)(float)(x) : (x))
    if (n < 8) {
        double r = 0.0;
        for (int64_t k = 0; k < n; k++) r = ROUND(r + next_f(c));
        return r;
    }
    if (n <= 128) {
        double r[8];
        for (int j = 0; j < 8; j++) r[j] = next_f(c);
        int64_t k = 8;
        for (; k < n - (n % 8); k += 8)
            for (int j = 0; j < 8; j++) r[j] = ROUND(r[j] + next_f(c));
        double res = ROUND(ROUND(ROUND(r[0] + r[1]) + ROUND(r[2] + r[3])) + ROUND(ROUND(r[4] + r[5]) + ROUND(r[6] + r[7])));
        for (; k < n; k++) res = ROUND(res + next_f(c));
        return res;
    }
    int64_t n2 = n / 2;
    n2 -= n2 % 8;
    double left = pairwise(c, n2, single);
    return ROUND(left + pairwise(c, n - n2, single));
#undef ROUND
}

/* pairwise() of n float64 (float32) elements that lie one stride s
 * apart from p, in the same order and groups, without the cursor: the
 * loop of a sum whose axes merge into one (any contiguous array, a 1-D
 * view), where the cursor's per-element step and type switch dominate. */
#define PAIRWISE_RUN(NAME, T)                                                             \
    static T NAME(const char *p, int64_t s, int64_t n) {                                 \
        if (n < 8) {                                                                      \
            T r = 0;                                                                      \
            for (int64_t k = 0; k < n; k++) r += *(const T *)(p + k * s);                 \
            return r;                                                                     \
        }                                                                                 \
        if (n <= 128) {                                                                   \
            T r[8];                                                                       \
            for (int j = 0; j < 8; j++) r[j] = *(const T *)(p + j * s);                   \
            int64_t k = 8;                                                                \
            for (; k < n - (n % 8); k += 8)                                               \
                for (int j = 0; j < 8; j++) r[j] += *(const T *)(p + (k + j) * s);        \
            T res = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]));    \
            for (; k < n; k++) res += *(const T *)(p + k * s);                            \
            return res;                                                                   \
        }                                                                                 \
        int64_t n2 = n / 2;                                                               \
        n2 -= n2 % 8;                                                                     \
        T left = NAME(p, s, n2);                                                          \
        return left + NAME(p + n2 * s, s, n - n2);                                        \
    }
PAIRWISE_RUN(pairwise_run_f64, double)
PAIRWISE_RUN(pairwise_run_f32, float)
#undef PAIRWISE_RUN

double pynjit_sum_f(const array_t *a, int64_t d) {
    int64_t n = array_size(a);
    if (n == 0) return 0.0;
    int single = d == D_F32;
    walk_t w;
    walk_axes(a, &w);
    int64_t block, run;
    sum_runs(&w, d != D_F64 && d != D_F32, &block, &run);
    if (w.nd == 1 && (d == D_F64 || d == D_F32)) {
        double r = 0.0;
        for (int64_t i = 0; i < n; i += run) {
            int64_t len = n - i < run ? n - i : run;
            const char *p = a->data + i * w.s[0];
            r = single ? (double)(float)(r + pairwise_run_f32(p, w.s[0], len)) : r + pairwise_run_f64(p, w.s[0], len);
        }
        return r;
    }
    cursor_t c;
    cursor_start(&c, &w, a, (int)d);
    double r = 0.0;
    for (int64_t b = 0; b < n; b += block) {
        for (int64_t i = 0; i < block; i += run) {
            double x = pairwise(&c, block - i < run ? block - i : run, single);
            r = single ? (double)(float)(r + x) : r + x;
        }
    }
    return r;
}

int64_t pynjit_sum_i(const array_t *a, int64_t d) {
    int64_t n = array_size(a);
    uint64_t r = 0;
    for (int64_t i = 0; i < n; i++) r += (uint64_t)get_i(a, i, (int)d);
    return (int64_t)r;
}

/* a product multiplies in walk order, one element after another */
double pynjit_prod_f(const array_t *a, int64_t d) {
    int64_t n = array_size(a);
    walk_t w;
    walk_axes(a, &w);
    cursor_t c;
    cursor_start(&c, &w, a, (int)d);
    double r = 1.0;
    for (int64_t i = 0; i < n; i++) {
        r *= next_f(&c);
        if (d == D_F32) r = (float)r;
    }
    return r;
}

int64_t pynjit_prod_i(const array_t *a, int64_t d) {
    int64_t n = array_size(a);
    uint64_t r = 1;
    for (int64_t i = 0; i < n; i++) r *= (uint64_t)get_i(a, i, (int)d);
    return (int64_t)r;
}

static int empty_reduction(const char *op) {
    return pynjit_raisef("ValueError", "zero-size array to reduction operation %s which has no identity", op);
}

/* min (which = 0) or max (1) of a float array; NaN wins */
int pynjit_minmax_f(const array_t *a, int64_t d, int64_t which, double *out) {
    int64_t n = array_size(a);
    if (n == 0) return empty_reduction(which ? "maximum" : "minimum");
    double r = get_f(a, 0, (int)d);
    for (int64_t i = 1; i < n; i++) {
        double x = get_f(a, i, (int)d);
        /* NumPy keeps the later of equal values (so -0.0 and 0.0 order
         * matters) and lets NaN win */
        if (which ? !(r > x || isnan(r)) : !(r < x || isnan(r))) r = x;
    }
    *out = r;
    return 0;
}

int pynjit_minmax_i(const array_t *a, int64_t d, int64_t which, int64_t *out) {
    int64_t n = array_size(a);
    if (n == 0) return empty_reduction(which ? "maximum" : "minimum");
    int unsig = d == D_U64;
    int64_t r = get_i(a, 0, (int)d);
    for (int64_t i = 1; i < n; i++) {
        int64_t x = get_i(a, i, (int)d);
        int less = unsig ? (uint64_t)x < (uint64_t)r : x < r;
        int more = unsig ? (uint64_t)x > (uint64_t)r : x > r;
        if (which ? more : less) r = x;
    }
    *out = r;
    return 0;
}

/* argmin (which = 0) or argmax (1): the first index of the extreme, or
 * of the first NaN */
int pynjit_arg_f(const array_t *a, int64_t d, int64_t which, int64_t *out) {
    int64_t n = array_size(a);
    if (n == 0) return raise("ValueError", which ? "attempt to get argmax of an empty sequence" : "attempt to get argmin of an empty sequence");
    double m = get_f(a, 0, (int)d);
    int64_t best = 0;
    if (!isnan(m)) {
        for (int64_t i = 1; i < n; i++) {
            double x = get_f(a, i, (int)d);
            if (which ? !(x <= m) : !(x >= m)) {
                m = x;
                best = i;
                if (isnan(m)) break;
            }
        }
    }
    *out = best;
    return 0;
}

int pynjit_arg_i(const array_t *a, int64_t d, int64_t which, int64_t *out) {
    int64_t n = array_size(a);
    if (n == 0) return raise("ValueError", which ? "attempt to get argmax of an empty sequence" : "attempt to get argmin of an empty sequence");
    int unsig = d == D_U64;
    int64_t m = get_i(a, 0, (int)d), best = 0;
    for (int64_t i = 1; i < n; i++) {
        int64_t x = get_i(a, i, (int)d);
        int better = which ? (unsig ? (uint64_t)x > (uint64_t)m : x > m) : (unsig ? (uint64_t)x < (uint64_t)m : x < m);
        if (better) {
            m = x;
            best = i;
        }
    }
    *out = best;
    return 0;
}

static int not_aligned(const array_t *a, const array_t *b, int64_t k1, int64_t k2, int matmul);

/* NumPy's np.dot multiplies an operand of one element ((1,) or (1, 1))
 * as a scalar, and when the result has one element too it is that
 * product, -0.0 kept; every other product sums from +0.0 (as a @ b
 * always does). A sum from -0.0 is the bare product. */
static double dot_start(int64_t as_dot, int64_t k, int64_t size) { return as_dot && k == 1 && size == 1 ? -0.0 : 0.0; }

/* np.dot (as_dot) or a @ b of two 1-D arrays, summed in order */
int pynjit_dot_f(const array_t *a, int64_t da, const array_t *b, int64_t db, int64_t as_dot, double *out) {
    if (a->shape[0] != b->shape[0]) return not_aligned(a, b, a->shape[0], b->shape[0], 0);
    double r = dot_start(as_dot, a->shape[0], 1);
    for (int64_t i = 0; i < a->shape[0]; i++) r += get_f(a, i, (int)da) * get_f(b, i, (int)db);
    *out = r;
    return 0;
}

int pynjit_dot_i(const array_t *a, int64_t da, const array_t *b, int64_t db, int64_t *out) {
    if (a->shape[0] != b->shape[0]) return not_aligned(a, b, a->shape[0], b->shape[0], 0);
    uint64_t r = 0;
    for (int64_t i = 0; i < a->shape[0]; i++) r += (uint64_t)get_i(a, i, (int)da) * (uint64_t)get_i(b, i, (int)db);
    *out = (int64_t)r;
    return 0;
}

/* the length of np.arange(start, stop, step): ceil((stop - start) /
 * step), at least 0, with NumPy's errors for a length that is not a
 * number or is beyond +-2**63 (NumPy 1.24 converts exactly 2**63 to
 * the int64 -2**63, so an empty array: so does this) */
int pynjit_arange_len(double start, double stop, double step, int64_t *out) {
    if (step == 0) return raise("ZeroDivisionError", "division by zero");
    double n = ceil((stop - start) / step);
    if (isnan(n)) return raise("ValueError", "arange: cannot compute length");
    if (!(n >= -9223372036854775808.0 && n <= 9223372036854775808.0)) return raise("ValueError", "Maximum allowed size exceeded");
    *out = n > 0 && n < 9223372036854775808.0 ? (int64_t)n : 0;
    return 0;
}

/* np.linspace(start, stop, num): i * step + start, the last exactly stop */
void pynjit_linspace_fill(double start, double stop, int64_t num, double *out) {
    if (num == 0) return;
    int64_t div = num - 1;
    double delta = stop - start;
    if (div == 0) {
        out[0] = start;
        return;
    }
    double step = delta / div;
    for (int64_t i = 0; i < num; i++) out[i] = step == 0 ? (double)i / div * delta + start : (double)i * step + start;
    out[num - 1] = stop;
}

/* Elementwise arithmetic as NumPy does it: no ZeroDivisionError. */
double pynjit_np_floordiv_f(double a, double b) {
    if (b == 0) return a / b;
    double mod = fmod(a, b), div = (a - mod) / b;
    if (mod != 0 && ((b < 0) != (mod < 0))) div -= 1.0;
    if (div != 0) {
        double fl = floor(div);
        if (div - fl > 0.5) fl += 1.0;
        return fl;
    }
    return copysign(0.0, a / b);
}

double pynjit_np_mod_f(double a, double b) {
    if (b == 0) return fmod(a, b);
    double mod = fmod(a, b);
    if (mod != 0) {
        if ((b < 0) != (mod < 0)) mod += b;
    } else {
        mod = copysign(0.0, b);
    }
    return mod;
}

int64_t pynjit_np_floordiv_i(int64_t a, int64_t b) {
    if (b == 0) return 0;
    if (a == INT64_MIN && b == -1) return INT64_MIN;
    int64_t q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0))) q -= 1;
    return q;
}

int64_t pynjit_np_mod_i(int64_t a, int64_t b) {
    if (b == 0 || b == -1) return 0;
    int64_t r = a % b;
    if (r != 0 && ((r < 0) != (b < 0))) r += b;
    return r;
}

int pynjit_np_pow_i(int64_t a, int64_t b, int64_t *out) {
    if (b < 0) return raise("ValueError", "Integers to negative integer powers are not allowed.");
    uint64_t r = 1, base = (uint64_t)a;
    while (b) {
        if (b & 1) r *= base;
        base *= base;
        b >>= 1;
    }
    *out = (int64_t)r;
    return 0;
}

/* SHAPE_TEXT holds a shape as NumPy's messages write it, "(3,4)" or
 * "(3,)": PYNJIT_MAX_DIMS dimensions of at most 20 characters and a
 * comma each, the parentheses and the NUL */
enum { SHAPE_TEXT = PYNJIT_MAX_DIMS * 21 + 3 };

static void shape_text(char dst[SHAPE_TEXT], const array_t *a) {
    int ndim = a->ndim < 0 ? 0 : a->ndim > PYNJIT_MAX_DIMS ? PYNJIT_MAX_DIMS : (int)a->ndim;
    char *d = dst;
    *d++ = '(';
    for (int k = 0; k < ndim; k++) {
        d += sprintf(d, "%lld", (long long)a->shape[k]);
        if (k + 1 < ndim || ndim == 1) *d++ = ',';
    }
    strcpy(d, ")");
}

/* An array assigned to a view of as many dimensions (v[1:] = w) has each
 * dimension the view's or 1, which broadcasts; else NumPy's error. */
int pynjit_check_assign(const array_t *src, const array_t *dst) {
    for (int k = 0; k < dst->ndim; k++) {
        if (src->shape[k] != dst->shape[k] && src->shape[k] != 1) {
            char s[SHAPE_TEXT], d[SHAPE_TEXT];
            shape_text(s, src);
            shape_text(d, dst);
            return pynjit_raisef("ValueError", "could not broadcast input array from shape %s into shape %s", s, d);
        }
    }
    return 0;
}

/* NumPy's error when shapes do not broadcast: the shapes of the n
 * operands, a scalar (NULL) as (), each followed by a space */
int pynjit_broadcast_error(int64_t n, const array_t *a, const array_t *b, const array_t *c) {
    const array_t *ops[3] = {a, b, c};
    char shapes[3][SHAPE_TEXT];
    for (int i = 0; i < 3; i++) {
        shapes[i][0] = 0;
        if (i < n) {
            if (ops[i]) shape_text(shapes[i], ops[i]);
            else strcpy(shapes[i], "()");
            strcat(shapes[i], " ");
        }
    }
    return pynjit_raisef("ValueError", "operands could not be broadcast together with shapes %s%s%s", shapes[0], shapes[1], shapes[2]);
}

/* element (i, j) of a 1-D or 2-D array seen as a matrix */
static const char *mat_at(const array_t *a, int64_t i, int64_t j) {
    if (a->ndim == 1) return a->data + (i + j) * a->strides[0];
    return a->data + i * a->strides[0] + j * a->strides[1];
}

static int not_aligned(const array_t *a, const array_t *b, int64_t k1, int64_t k2, int matmul) {
    if (matmul)
        return pynjit_raisef("ValueError", "matmul: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature (n?,k),(k,m?)->(n?,m?) (size %lld is different from %lld)",
                             (long long)k2, (long long)k1);
    char sa[SHAPE_TEXT], sb[SHAPE_TEXT];
    shape_text(sa, a);
    shape_text(sb, b);
    return pynjit_raisef("ValueError", "shapes %s and %s not aligned: %lld (dim %lld) != %lld (dim 0)", sa, sb, (long long)k1, (long long)(a->ndim - 1), (long long)k2);
}

/* the inner dimension of a product, after checking it agrees */
int pynjit_matmul_check(const array_t *a, const array_t *b, int64_t matmul) {
    int64_t k1 = a->shape[a->ndim - 1], k2 = b->shape[0];
    if (k1 != k2) return not_aligned(a, b, k1, k2, (int)matmul);
    return 0;
}

static double mat_f(const char *p, int64_t d) {
    switch (d) {
    case D_F64: return *(const double *)p;
    case D_F32: return *(const float *)p;
    case D_I32: return *(const int32_t *)p;
    }
    return (double)*(const int64_t *)p;
}

/* out = a @ b, or np.dot(a, b) (as_dot), for 1-D or 2-D operands (out
 * already shaped: 2-D when both are, else 1-D), summing over the inner
 * dimension in order; in float64 when is_float, else in wrapping int64 */
void pynjit_matmul_fill(const array_t *a, int64_t da, const array_t *b, int64_t db, array_t *out, int64_t is_float, int64_t as_dot) {
    int64_t n = a->ndim == 2 ? a->shape[0] : 1;
    int64_t k = a->shape[a->ndim - 1];
    int64_t m = b->ndim == 2 ? b->shape[1] : 1;
    double start = dot_start(as_dot, k, n * m);
    for (int64_t i = 0; i < n; i++) {
        for (int64_t j = 0; j < m; j++) {
            char *o = out->ndim == 2 ? out->data + i * out->strides[0] + j * out->strides[1]
                                     : out->data + (a->ndim == 2 ? i : j) * out->strides[0];
            double fs = start;
            uint64_t is = 0;
            for (int64_t t = 0; t < k; t++) {
                const char *pa = a->ndim == 2 ? mat_at(a, i, t) : mat_at(a, 0, t);
                const char *pb = b->ndim == 2 ? mat_at(b, t, j) : mat_at(b, t, 0);
                if (is_float) {
                    fs += mat_f(pa, da) * mat_f(pb, db);
                } else {
                    int64_t x = da == D_I32 ? *(const int32_t *)pa : *(const int64_t *)pa;
                    int64_t y = db == D_I32 ? *(const int32_t *)pb : *(const int64_t *)pb;
                    is += (uint64_t)x * (uint64_t)y;
                }
            }
            if (is_float) *(double *)o = fs;
            else *(int64_t *)o = (int64_t)is;
        }
    }
}
