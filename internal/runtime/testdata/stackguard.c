/* The stack guard (pynjit_stack_check, and the inline test of
 * pynjit_stack_base and pynjit_stack_span), from C functions shaped as
 * compiled code is: a status returned, the result written through a
 * pointer, the guard first. run_scenario runs one scenario and prints
 * what happened; main runs the one named by argv[1]. Built with
 * -DLOADER, main loads the shared objects argv[3...] first, as Python
 * loads compiled modules, and runs the scenario of the last one from
 * the main thread (argv[2] "now") or from a thread started before the
 * loads ("early"). */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#ifndef LOADER
#include <ucontext.h>

int pynjit_stack_check(void);
const char *pynjit_err_type(void);
const char *pynjit_err_message(void);
void pynjit_err_clear(void);
extern uintptr_t pynjit_stack_base, pynjit_stack_span;

static _Thread_local int64_t deepest; /* the deepest n reached */

/* rec(n) = n, n calls deep, checking in a call */
__attribute__((noinline)) static int rec(int64_t n, int64_t *out) {
    if (pynjit_stack_check()) return 1;
    deepest = n;
    if (n == 0) {
        *out = 0;
        return 0;
    }
    int64_t r;
    if (rec(n - 1, &r)) return 1;
    *out = r + 1;
    return 0;
}

/* the same, testing the main thread's room in place first, as generated
 * code may */
__attribute__((noinline)) static int rec_inline(int64_t n, int64_t *out) {
    uintptr_t span = __atomic_load_n(&pynjit_stack_span, __ATOMIC_ACQUIRE);
    if ((uintptr_t)__builtin_frame_address(0) - __atomic_load_n(&pynjit_stack_base, __ATOMIC_RELAXED) >= span && pynjit_stack_check()) return 1;
    deepest = n;
    if (n == 0) {
        *out = 0;
        return 0;
    }
    int64_t r;
    if (rec_inline(n - 1, &r)) return 1;
    *out = r + 1;
    return 0;
}

/* call runs f(n) and prints its result or its exception, with how deep
 * it went */
static void call(const char *name, int (*f)(int64_t, int64_t *), int64_t n) {
    int64_t r = -1;
    deepest = n;
    if (f(n, &r)) {
        printf("%s(%lld): %s: %s after %lld calls\n", name, (long long)n, pynjit_err_type(), pynjit_err_message(), (long long)(n - deepest));
        pynjit_err_clear();
    } else {
        printf("%s(%lld) = %lld\n", name, (long long)n, (long long)r);
    }
}

/* each scenario: deep recursion raises, twice (the state is kept and
 * cleared), and recursion within the stack does not */
static void both(int64_t shallow) {
    call("rec", rec, 10000000);
    call("rec", rec, 10000000);
    call("rec", rec, shallow);
    call("rec_inline", rec_inline, 10000000);
    call("rec_inline", rec_inline, shallow);
}

static void *thread_main(void *arg) {
    both((int64_t)(intptr_t)arg);
    return NULL;
}

/* in_thread runs both() in a thread with a stack of the given size */
static void in_thread(size_t stack, int64_t shallow) {
    pthread_attr_t attr;
    pthread_t t;
    pthread_attr_init(&attr);
    pthread_attr_setstacksize(&attr, stack);
    if (pthread_create(&t, &attr, thread_main, (void *)(intptr_t)shallow) != 0) {
        printf("pthread_create failed\n");
        return;
    }
    pthread_join(t, NULL);
    pthread_attr_destroy(&attr);
}

static ucontext_t main_ctx, co_ctx;

static void co_main(void) { call("rec", rec, 1000); }

/* on_heap_stack recurses on a coroutine's stack allocated on the heap,
 * below the thread's own: not the thread's stack, so not guarded, and
 * never a false RecursionError */
static void on_heap_stack(void) {
    size_t size = 1 << 20;
    char *stack = malloc(size);
    getcontext(&co_ctx);
    co_ctx.uc_stack.ss_sp = stack;
    co_ctx.uc_stack.ss_size = size;
    co_ctx.uc_link = &main_ctx;
    makecontext(&co_ctx, co_main, 0);
    swapcontext(&main_ctx, &co_ctx);
    free(stack);
}

int run_scenario(const char *name) {
    if (strcmp(name, "main") == 0) both(100000);
    else if (strcmp(name, "thread") == 0) in_thread(8 << 20, 100000);
    else if (strcmp(name, "small") == 0) in_thread(256 << 10, 1000);
    else if (strcmp(name, "large") == 0) in_thread(256 << 20, 3000000);
    else if (strcmp(name, "heap") == 0) on_heap_stack();
    else return 1;
    fflush(stdout);
    return 0;
}
#endif

#ifndef LIBRARY
#ifdef LOADER
#include <dlfcn.h>

static int (*scenario)(const char *);
static const char *which;
static pthread_barrier_t loaded;

static void *early(void *arg) {
    (void)arg;
    pthread_barrier_wait(&loaded);
    scenario(which);
    return NULL;
}

int main(int argc, char **argv) {
    if (argc < 4) return 2;
    which = argv[1];
    int early_thread = strcmp(argv[2], "early") == 0;
    pthread_t t;
    pthread_barrier_init(&loaded, NULL, 2);
    if (early_thread) pthread_create(&t, NULL, early, NULL);
    for (int i = 3; i < argc; i++) {
        void *lib = dlopen(argv[i], RTLD_NOW | RTLD_LOCAL);
        if (!lib) {
            printf("dlopen: %s\n", dlerror());
            return 1;
        }
        scenario = (int (*)(const char *))dlsym(lib, "run_scenario");
    }
    if (early_thread) {
        pthread_barrier_wait(&loaded);
        pthread_join(t, NULL);
        return 0;
    }
    return scenario(which);
}
#else
int main(int argc, char **argv) { return argc == 2 ? run_scenario(argv[1]) : 2; }
#endif
#endif
