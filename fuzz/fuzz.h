/* fuzz/fuzz.h — helpers shared by the libFuzzer targets and by the replay
 * driver (fuzz/replay.c) that runs the same targets in the gcc build.
 * A target aborts (FUZZ_CHECK) when a property fails: libFuzzer records the
 * input as a crash, the replay test fails. */
#ifndef PYJIT_FUZZ_H
#define PYJIT_FUZZ_H

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerInitialize(int *argc, char ***argv);

/* data as a malloc'd C string (an embedded NUL ends it, as in a C host). */
static inline char *fuzz_cstring(const uint8_t *data, size_t size)
{
    char *s = malloc(size + 1);
    if (!s)
        abort();
    if (size)
        memcpy(s, data, size);
    s[size] = 0;
    return s;
}

__attribute__((format(printf, 1, 2))) static inline void fuzz_report(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fputs("FUZZ FAILURE: ", stderr);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
}

#define FUZZ_CHECK(cond, ...)                                                                      \
    do {                                                                                           \
        if (!(cond)) {                                                                             \
            fuzz_report(__VA_ARGS__);                                                              \
            abort();                                                                               \
        }                                                                                          \
    } while (0)

#endif
