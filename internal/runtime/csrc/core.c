/* The core of pynjit's runtime, linked into every library: the
 * thread-local exception state behind pynjit_err_*, the reference-counted
 * memory of arrays, and the checks of indexes, slices and sizes. */

#include "runtime.h"

static _Thread_local int err_set;
static _Thread_local const char *err_type;
static _Thread_local char err_msg[256];

void pynjit_err_set(const char *type, const char *msg) {
    err_set = 1;
    err_type = type;
    snprintf(err_msg, sizeof err_msg, "%s", msg ? msg : "");
}
int pynjit_err_occurred(void) { return err_set; }
const char *pynjit_err_type(void) { return err_set ? err_type : NULL; }
const char *pynjit_err_message(void) { return err_set ? err_msg : NULL; }
void pynjit_err_clear(void) { err_set = 0; err_type = NULL; err_msg[0] = 0; }

/* The reference-counted memory of arrays made by compiled code (Numba
 * calls its equivalent NRT). An array's owner points at a meminfo; the
 * data follows it, 64-byte aligned. */
typedef struct {
    int64_t refcount;
    int64_t size;
} meminfo;

static int64_t nrt_live;

/* pynjit_nrt_alloc returns a meminfo with one reference, and its data
 * through *data; MemoryError when the allocation fails. */
int pynjit_nrt_alloc(int64_t nbytes, void **owner, void **data) {
    if (nbytes < 0) return raise("ValueError", "negative dimensions are not allowed");
    meminfo *m = malloc(64 + (size_t)nbytes);
    if (!m) return raise("MemoryError", "");
    m->refcount = 1;
    m->size = nbytes;
    __atomic_add_fetch(&nrt_live, 1, __ATOMIC_RELAXED);
    *owner = m;
    *data = (char *)m + 64;
    return 0;
}

void pynjit_nrt_incref(void *owner) {
    if (owner) __atomic_add_fetch(&((meminfo *)owner)->refcount, 1, __ATOMIC_RELAXED);
}

void pynjit_nrt_decref(void *owner) {
    if (owner && __atomic_sub_fetch(&((meminfo *)owner)->refcount, 1, __ATOMIC_ACQ_REL) == 0) {
        __atomic_sub_fetch(&nrt_live, 1, __ATOMIC_RELAXED);
        free(owner);
    }
}

/* pynjit_array_release gives back an array a compiled function returned
 * to C code. */
void pynjit_array_release(array_t *a) {
    pynjit_nrt_decref(a->owner);
    a->owner = NULL;
}

/* pynjit_nrt_live counts the arrays alive: tests use it to find leaks. */
int64_t pynjit_nrt_live(void) { return __atomic_load_n(&nrt_live, __ATOMIC_RELAXED); }

/* NumPy's errors for sizes */
int pynjit_check_dim(int64_t n) {
    if (n < 0) return raise("ValueError", "negative dimensions are not allowed");
    return 0;
}

int pynjit_check_num(int64_t n) {
    if (n < 0) {
        char msg[80];
        snprintf(msg, sizeof msg, "Number of samples, %lld, must be non-negative.", (long long)n);
        return raise("ValueError", msg);
    }
    return 0;
}

/* start, step and length of a slice over a dimension of the given
 * length, as CPython's PySlice_Unpack and PySlice_AdjustIndices give
 * them; flags say whether start (1) and stop (2) were given. */
int pynjit_slice_adjust(int64_t length, int64_t start, int64_t stop, int64_t step, int64_t flags, int64_t *out) {
    if (step == 0) return raise("ValueError", "slice step cannot be zero");
    int64_t lower = step < 0 ? -1 : 0, upper = step < 0 ? length - 1 : length;
    if (!(flags & 1)) start = step < 0 ? upper : lower;
    else if (start < 0) { start += length; if (start < lower) start = lower; }
    else if (start > upper) start = upper;
    if (!(flags & 2)) stop = step < 0 ? lower : upper;
    else if (stop < 0) { stop += length; if (stop < lower) stop = lower; }
    else if (stop > upper) stop = upper;
    int64_t n = 0;
    if (step > 0 && stop > start) n = (stop - start - 1) / step + 1;
    if (step < 0 && start > stop) n = (start - stop - 1) / (-step) + 1;
    out[0] = start;
    out[1] = step;
    out[2] = n;
    return 0;
}

/* IndexError for an array index out of range (with --boundscheck), in
 * NumPy's words. */
int pynjit_check_index(int64_t i, int64_t n, int64_t axis) {
    if (i < -n || i >= n) {
        char msg[120];
        snprintf(msg, sizeof msg, "index %lld is out of bounds for axis %lld with size %lld", (long long)i, (long long)axis, (long long)n);
        return raise("IndexError", msg);
    }
    return 0;
}

/* assigning an array to a view needs the same extent in every
 * dimension (no broadcasting yet) */
int pynjit_check_broadcast(int64_t src, int64_t dst) {
    if (src != dst) {
        char msg[160];
        snprintf(msg, sizeof msg, "could not broadcast input array from shape (%lld,) into shape (%lld,)", (long long)src, (long long)dst);
        return raise("ValueError", msg);
    }
    return 0;
}

