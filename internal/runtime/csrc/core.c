/* The core of pynjit's runtime, linked into every library: the
 * thread-local exception state behind pynjit_err_*, the stack guard of
 * recursive functions, the reference-counted memory of arrays, and the
 * checks of indexes, slices and sizes. */

#define _GNU_SOURCE /* pthread_getattr_np */
#include "runtime.h"
#include <pthread.h>
#include <setjmp.h>
#include <stdarg.h>
#include <sys/syscall.h>
#include <unistd.h>

/* weak: a program linked without libpthread where the C library lacks
 * them (glibc before 2.34) runs without the stack guard */
#pragma weak pthread_getattr_np
#pragma weak pthread_attr_getstack

/* The exception state, one per thread. The message is kept whole, as
 * Python keeps it: in place when it is short, else in a heap copy that
 * the next exception or pynjit_err_clear frees. (A thread that ends
 * with a long message set leaves that one copy behind.)
 *
 * The state is the one thing runtimes share: it is defined weak and
 * exported, so that where the linkers see several pynjit libraries or
 * objects at once (a C program linking two, or a library loaded with
 * RTLD_GLOBAL before another) all resolve it to one definition, and the
 * pynjit_err_* a program calls, whichever library's it binds to, sees
 * what any of them raised. Where they do not (ctypes loads each library
 * with RTLD_LOCAL) each library has its own. Its name carries the
 * version of its layout: another layout would be another state. */
struct pynjit_err_state_v1 {
    int set;
    const char *type;
    char *long_msg;
    char short_msg[128];
};
__attribute__((visibility("default"), weak)) _Thread_local struct pynjit_err_state_v1 pynjit_err_state_v1;
#define err pynjit_err_state_v1

void pynjit_err_set(const char *type, const char *msg) {
    if (!msg) msg = "";
    size_t n = strlen(msg);
    char *old = err.long_msg;
    err.long_msg = NULL;
    if (n < sizeof err.short_msg) {
        memmove(err.short_msg, msg, n + 1); /* msg may be the message already set */
    } else if ((err.long_msg = malloc(n + 1)) != NULL) {
        memcpy(err.long_msg, msg, n + 1);
    } else {
        type = "MemoryError";
        err.short_msg[0] = 0;
    }
    free(old); /* only now: msg may have been the old copy */
    err.set = 1;
    err.type = type ? type : "SystemError";
}
void pynjit_err_reset(void) {
    free(err.long_msg);
    err.long_msg = NULL;
    err.set = 0;
    err.type = NULL;
    err.short_msg[0] = 0;
}
PYNJIT_API int pynjit_err_occurred(void) { return err.set; }
PYNJIT_API const char *pynjit_err_type(void) { return err.set ? err.type : NULL; }
PYNJIT_API const char *pynjit_err_message(void) { return err.set ? (err.long_msg ? err.long_msg : err.short_msg) : NULL; }
PYNJIT_API void pynjit_err_clear(void) { pynjit_err_reset(); }

/* pynjit_raisef sets an exception whose message printf formats, however
 * long it is, and returns 1. */
int pynjit_raisef(const char *type, const char *fmt, ...) {
    char buf[256];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    if (n < 0) return raise(type, "");
    if ((size_t)n < sizeof buf) return raise(type, buf);
    char *p = malloc((size_t)n + 1);
    if (!p) return raise("MemoryError", "");
    va_start(ap, fmt);
    vsnprintf(p, (size_t)n + 1, fmt, ap);
    va_end(ap);
    raise(type, p);
    free(p);
    return 1;
}

/* The stack guard of recursive functions: Python raises RecursionError
 * where compiled code would run off its thread's stack. A function in a
 * cycle of the call graph starts with
 *
 *     if (frame address - pynjit_stack_base >= pynjit_stack_span   (unsigned)
 *         && pynjit_stack_check())
 *         return 1;   (RecursionError is set)
 *
 * or calls pynjit_stack_check() alone, which starts with the same test.
 * The test is the main thread's: its stack, where compiled code mostly
 * runs, less a margin at the bottom, is [base, base + span), known once
 * the main thread has called pynjit_stack_check (0 and 0 before, which
 * no address passes). Elsewhere pynjit_stack_check finds the thread's
 * own stack, once per thread, and raises when sp is in its margin: room
 * for the callees that do not test (other compiled functions, the
 * runtime, the C library) and for raising.
 *
 * No thread-local variable is read on the main thread's path, and none
 * has the initial-exec model: that would take static TLS, of which a
 * process has a few hundred bytes to share among all the libraries it
 * loads (a Python process failed to load its ninth module). The globals
 * are hidden: each library has its own, read without the GOT. */
__attribute__((visibility("hidden"))) uintptr_t pynjit_stack_base, pynjit_stack_span;
static _Thread_local uintptr_t stack_low;                 /* the thread's stack bottom; 0 until known */
static _Thread_local uintptr_t stack_limit = UINTPTR_MAX; /* sp below it (and above stack_low) raises */

/* stack_margin is the room kept below the limit: a quarter of the stack,
 * at most 256 KiB. */
static uintptr_t stack_margin(uintptr_t size) { return size / 4 < 256 * 1024 ? size / 4 : 256 * 1024; }

/* is_main_thread tells whether this is the process's first thread,
 * whose stack lasts as long as the process (a thread's may be unmapped
 * and its addresses reused) */
static int is_main_thread(void) {
#if defined(__linux__)
    return syscall(SYS_gettid) == getpid();
#elif defined(__APPLE__)
    return pthread_main_np() == 1;
#else
    return 0;
#endif
}

/* find_stack sets stack_low and stack_limit for this thread, and the
 * globals on the main thread; the limit is 0 (no guard) where the stack
 * cannot be known. */
static void find_stack(void) {
    uintptr_t low = 0, size = 0;
#if defined(__linux__)
    pthread_attr_t attr;
    void *addr;
    size_t n;
    if (pthread_getattr_np && pthread_attr_getstack && pthread_getattr_np(pthread_self(), &attr) == 0) {
        if (pthread_attr_getstack(&attr, &addr, &n) == 0) {
            low = (uintptr_t)addr;
            size = n;
        }
        pthread_attr_destroy(&attr);
    }
#elif defined(__APPLE__)
    size = pthread_get_stacksize_np(pthread_self());
    low = (uintptr_t)pthread_get_stackaddr_np(pthread_self()) - size;
#endif
    if (low == 0 || size == 0) {
        stack_low = 1;
        stack_limit = 0;
        return;
    }
    stack_low = low;
    stack_limit = low + stack_margin(size);
    if (is_main_thread()) {
        /* the span last: a reader that sees it sees the base */
        __atomic_store_n(&pynjit_stack_base, stack_limit, __ATOMIC_RELAXED);
        __atomic_store_n(&pynjit_stack_span, low + size - stack_limit, __ATOMIC_RELEASE);
    }
}

/* stack_exhausted is pynjit_stack_check below the thread's limit, or
 * the first time in a thread. A stack that is not the thread's own (a
 * coroutine's, on the heap) is not guarded. */
__attribute__((noinline)) static int stack_exhausted(uintptr_t sp) {
    if (stack_low == 0) {
        find_stack();
        if (sp >= stack_limit) return 0;
    }
    if (sp >= stack_low) return raise("RecursionError", "maximum recursion depth exceeded");
    return 0;
}

/* pynjit_stack_check returns 0 while the stack has room, else raises
 * RecursionError and returns 1. */
int pynjit_stack_check(void) {
    uintptr_t sp = (uintptr_t)__builtin_frame_address(0);
    uintptr_t span = __atomic_load_n(&pynjit_stack_span, __ATOMIC_ACQUIRE);
    if (__builtin_expect(sp - __atomic_load_n(&pynjit_stack_base, __ATOMIC_RELAXED) < span, 1)) return 0;
    if (__builtin_expect(sp >= stack_limit, 1)) return 0;
    return stack_exhausted(sp);
}

/* The unwinding stack guard. A recursive function through whose callers
 * no array reference can be held (codegen's unwinding) starts with
 *
 *     if (frame address - pynjit_stack_base >= pynjit_stack_span)   (unsigned)
 *         pynjit_stack_unwind();
 *
 * and returns no status for it: on a stack past its limit,
 * pynjit_stack_unwind raises RecursionError and jumps back to the
 * pynjit_catch that the exported function (or the executable's main)
 * called the compiled code through, skipping frames that have nothing
 * to release. So a function like fib keeps no test after its calls, and
 * LLVM optimizes it as C's, except that no call becomes a jump (codegen
 * disables tail calls in it): a recursion deeper than the stack raises
 * RecursionError, as in CPython, rather than run as a loop.
 * catcher is that pynjit_catch's buffer, NULL outside one; a thread
 * reads it only in pynjit_catch and on the way to RecursionError. */
static _Thread_local sigjmp_buf *catcher;

/* pynjit_catch calls body(ctx) and returns 0, or 1 when
 * pynjit_stack_unwind raised RecursionError inside it. */
int pynjit_catch(void (*body)(void *), void *ctx) {
    sigjmp_buf here;
    sigjmp_buf *outer = catcher;
    catcher = &here;
    if (sigsetjmp(here, 0)) {
        catcher = outer;
        return 1;
    }
    body(ctx);
    catcher = outer;
    return 0;
}

/* pynjit_stack_unwind returns while the stack has room (as
 * pynjit_stack_check), else raises RecursionError and jumps to the
 * innermost pynjit_catch. (Compiled code that calls it is only entered
 * through one: without, the process aborts rather than run off the
 * stack.) */
__attribute__((cold)) void pynjit_stack_unwind(void);
void pynjit_stack_unwind(void) {
    if (!pynjit_stack_check()) return;
    if (!catcher) abort();
    siglongjmp(*catcher, 1);
}

/* The reference-counted memory of arrays made by compiled code (Numba
 * calls its equivalent NRT). An array's owner points at a meminfo at
 * the start of a 64-byte aligned block; the data starts 64 bytes in. */
typedef struct {
    int64_t refcount;
    int64_t size;
} meminfo;

/* The count of live arrays, shared as the exception state is. */
__attribute__((visibility("default"), weak)) int64_t pynjit_nrt_live_v1;
#define nrt_live pynjit_nrt_live_v1

/* pynjit_nrt_alloc returns a meminfo with one reference, and its data
 * through *data: ValueError for a negative size, MemoryError when the
 * memory cannot be had (as NumPy; a size whose computation overflowed is
 * the caller's to refuse, with NumPy's "array is too big"). */
int pynjit_nrt_alloc(int64_t nbytes, void **owner, void **data) {
    if (nbytes < 0) return raise("ValueError", "negative dimensions are not allowed");
    void *m;
    if ((uint64_t)nbytes > SIZE_MAX - 64 || posix_memalign(&m, 64, 64 + (size_t)nbytes) != 0) return raise("MemoryError", "");
    ((meminfo *)m)->refcount = 1;
    ((meminfo *)m)->size = nbytes;
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
PYNJIT_API void pynjit_array_release(array_t *a) {
    pynjit_nrt_decref(a->owner);
    a->owner = NULL;
}

/* pynjit_nrt_live counts the arrays alive: tests use it to find leaks. */
PYNJIT_API int64_t pynjit_nrt_live(void) { return __atomic_load_n(&nrt_live, __ATOMIC_RELAXED); }

/* NumPy's errors for sizes */
int pynjit_check_dim(int64_t n) {
    if (n < 0) return raise("ValueError", "negative dimensions are not allowed");
    return 0;
}

int pynjit_check_num(int64_t n) {
    if (n < 0) return pynjit_raisef("ValueError", "Number of samples, %lld, must be non-negative.", (long long)n);
    return 0;
}

/* start, step and length of a slice over a dimension of the given
 * length, as CPython's PySlice_Unpack and PySlice_AdjustIndices give
 * them (a step below -INT64_MAX counts as -INT64_MAX, so that it can be
 * negated); flags say whether start (1) and stop (2) were given. */
int pynjit_slice_adjust(int64_t length, int64_t start, int64_t stop, int64_t step, int64_t flags, int64_t *out) {
    if (step == 0) return raise("ValueError", "slice step cannot be zero");
    if (step < -INT64_MAX) step = -INT64_MAX;
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
    if (i < -n || i >= n)
        return pynjit_raisef("IndexError", "index %lld is out of bounds for axis %lld with size %lld", (long long)i, (long long)axis, (long long)n);
    return 0;
}

