/* What every unit of pynjit's C runtime shares: the headers it needs,
 * the layout of arrays, and raise(). Package runtime puts this text in
 * place of the #include "runtime.h" of each unit; each unit is compiled
 * on its own, and a library links the units its code calls. */
#include <errno.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* Python's float arithmetic rounds every operation: never fuse a * b + c
 * into one fma, even when the target CPU has it. */
#pragma STDC FP_CONTRACT OFF

/* An array, laid out as the C ABI's pynjit_array. PYNJIT_MAX_DIMS is
 * types.MaxDims, the most dimensions an array has: package runtime
 * defines it before this text. */
typedef struct {
    void *owner;
    char *data;
    int64_t ndim, itemsize;
    int64_t shape[PYNJIT_MAX_DIMS], strides[PYNJIT_MAX_DIMS];
} array_t;

/* Every function and variable of the runtime is hidden (it is compiled
 * with -fvisibility=hidden): a library, executable or object binds its
 * own, which no other one in the process or program sees or interposes
 * (a library's exported pynjit_nrt_decref once took the calls of every
 * library loaded after it). PYNJIT_API marks the C API the header
 * declares: exported, protected where the object format has it (the
 * library's own calls stay its own), and weak, so that a program linking
 * two pynjit objects keeps one of each. */
#if defined(__ELF__)
#define PYNJIT_API __attribute__((visibility("protected"), weak))
#else
#define PYNJIT_API __attribute__((visibility("default"), weak))
#endif

/* the exception state (core.c); pynjit_err_reset is pynjit_err_clear for
 * the runtime's own use */
void pynjit_err_set(const char *type, const char *msg);
void pynjit_err_reset(void);
int pynjit_err_occurred(void);
const char *pynjit_err_type(void);
const char *pynjit_err_message(void);
void pynjit_err_clear(void);
int pynjit_raisef(const char *type, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* raise sets the exception and returns 1, the status of a failed call. */
static inline int raise(const char *type, const char *msg) {
    pynjit_err_set(type, msg);
    return 1;
}
