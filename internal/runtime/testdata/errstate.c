/* The exception state of the runtime, from C: messages of any length
 * come back whole (a cut inside a UTF-8 sequence would change the
 * exception Python raises), a message may be raised again from
 * pynjit_err_message() itself, pynjit_raisef formats long messages, and
 * each thread has its own state. Built with AddressSanitizer: a copy
 * not freed, or freed twice, fails the run. Prints "ok" and exits 0. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void pynjit_err_set(const char *type, const char *msg);
int pynjit_err_occurred(void);
const char *pynjit_err_type(void);
const char *pynjit_err_message(void);
void pynjit_err_clear(void);
int pynjit_raisef(const char *type, const char *fmt, ...);

static int failures;

static void expect(const char *what, const char *type, const char *msg) {
    if (!pynjit_err_occurred() || strcmp(pynjit_err_type(), type) != 0 || strcmp(pynjit_err_message(), msg) != 0) {
        printf("%s: got %s: %.60s... (%zu bytes)\n", what, pynjit_err_type() ? pynjit_err_type() : "(none)",
               pynjit_err_message() ? pynjit_err_message() : "", pynjit_err_message() ? strlen(pynjit_err_message()) : 0);
        failures++;
    }
}

/* repeat returns n copies of s, on the heap */
static char *repeat(const char *s, int n) {
    size_t k = strlen(s);
    char *p = malloc(k * n + 1);
    for (int i = 0; i < n; i++) memcpy(p + k * i, s, k);
    p[k * n] = 0;
    return p;
}

static void *worker(void *arg) {
    long id = (long)arg;
    char tag[32];
    snprintf(tag, sizeof tag, "thread %ld: ", id);
    for (int i = 0; i < 2000; i++) {
        int n = 1 + (i * 7 + (int)id) % 300;
        char *body = repeat("\xc3\xa9", n); /* é */
        char *msg = malloc(strlen(tag) + strlen(body) + 1);
        strcpy(msg, tag);
        strcat(msg, body);
        pynjit_err_set(i % 2 ? "ValueError" : "KeyError", msg);
        expect("thread", i % 2 ? "ValueError" : "KeyError", msg);
        if (i % 3 == 0) pynjit_err_clear();
        free(body);
        free(msg);
    }
    pynjit_err_clear();
    return NULL;
}

int main(void) {
    if (pynjit_err_occurred() || pynjit_err_type() || pynjit_err_message()) {
        printf("state set before any error\n");
        failures++;
    }
    /* lengths around the in-place buffer, and far beyond */
    for (int n = 1; n <= 2000; n = n < 140 ? n + 1 : n * 3) {
        char *msg = repeat("\xe2\x88\x9e", n); /* ∞: 3 bytes, so some lengths cut a character at any fixed size */
        pynjit_err_set("RuntimeError", msg);
        expect("long", "RuntimeError", msg);
        /* raised again from its own text */
        pynjit_err_set("ValueError", pynjit_err_message());
        expect("again", "ValueError", msg);
        free(msg);
    }
    pynjit_err_clear();
    if (pynjit_err_occurred() || pynjit_err_message()) {
        printf("clear left the error set\n");
        failures++;
    }
    pynjit_err_set("ZeroDivisionError", NULL);
    expect("no message", "ZeroDivisionError", "");

    char *big = repeat("x", 5000);
    pynjit_raisef("IndexError", "index %d: %s!", 7, big);
    char *want = malloc(6000);
    snprintf(want, 6000, "index 7: %s!", big);
    expect("raisef", "IndexError", want);
    free(want);
    free(big);
    pynjit_err_clear();

    pthread_t t[8];
    for (long i = 0; i < 8; i++) pthread_create(&t[i], NULL, worker, (void *)i);
    for (int i = 0; i < 8; i++) pthread_join(t[i], NULL);
    if (pynjit_err_occurred()) {
        printf("another thread's error is seen here\n");
        failures++;
    }
    if (failures) return 1;
    printf("ok\n");
    return 0;
}
