/* tests/stress/contexts.c — jit_context_free releases everything: creates
 * and frees N contexts (default 1,000), each loading a module and compiling
 * and calling a few functions (scalars, a tuple result, a raised exception),
 * and checks that the resident set size stays flat after a warm-up (in
 * sanitizer builds, 200 contexts and LeakSanitizer instead of RSS).
 * Usage: contexts [N [MAX_GROWTH_KB]] */
#include "pyjit.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static const char *src = "from pyjit import jit\n"
                         "import math\n"
                         "\n"
                         "@jit\n"
                         "def poly(x, n):\n"
                         "    s = 0.0\n"
                         "    for i in range(n):\n"
                         "        s = s * x + math.sqrt(i + 1.0)\n"
                         "    return s\n"
                         "\n"
                         "@jit\n"
                         "def pair(a, b):\n"
                         "    return (a + b, a * b)\n"
                         "\n"
                         "@jit\n"
                         "def div(a, b):\n"
                         "    return a // b\n";

static long rss_kb(void)
{
    long pages = 0, resident = 0;
    FILE *f = fopen("/proc/self/statm", "r");
    if (!f)
        return -1;
    if (fscanf(f, "%ld %ld", &pages, &resident) != 2)
        resident = -1;
    fclose(f);
    return resident < 0 ? -1 : resident * (sysconf(_SC_PAGESIZE) / 1024);
}

static int fail(const char *what, jit_error *err)
{
    char *r = err ? jit_error_render(err) : NULL;
    fprintf(stderr, "contexts: %s%s%s\n", what, r ? ": " : "", r ? r : "");
    jit_free(r);
    jit_error_free(err);
    return 1;
}

/* One context's whole life. */
static int one_context(void)
{
    jit_context *ctx = jit_context_new(NULL);
    if (!ctx)
        return fail("jit_context_new failed", NULL);
    jit_error *err = NULL;
    jit_module *m = jit_module_load_string(ctx, "ctx.py", src, &err);
    if (!m)
        return fail("load failed", err);
    jit_value ret;
    jit_value a[2] = {jit_value_float(0.5), jit_value_int(10)};
    if (jit_call(jit_module_function(m, "poly"), a, 2, &ret, &err) != 0)
        return fail("poly failed", err);
    if (ret.kind != JIT_FLOAT64)
        return fail("poly: not a float", NULL);
    jit_value p[2] = {jit_value_int(6), jit_value_int(7)};
    if (jit_call(jit_module_function(m, "pair"), p, 2, &ret, &err) != 0)
        return fail("pair failed", err);
    if (ret.kind != JIT_TUPLE || ret.v.tuple.n != 2 || ret.v.tuple.items[0].v.i != 13 ||
        ret.v.tuple.items[1].v.i != 42)
        return fail("pair: wrong result", NULL);
    jit_value_clear(&ret);
    jit_value d[2] = {jit_value_int(1), jit_value_int(0)};
    if (jit_call(jit_module_function(m, "div"), d, 2, &ret, &err) == 0 || !err ||
        strcmp(jit_error_type(err), "ZeroDivisionError") != 0)
        return fail("div(1, 0): expected ZeroDivisionError", err);
    jit_error_free(err);
    jit_context_free(ctx);
    return 0;
}

int main(int argc, char **argv)
{
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
    int n = argc > 1 ? atoi(argv[1]) : 200; /* leaks, not RSS: see the end */
#else
    int n = argc > 1 ? atoi(argv[1]) : 1000;
#endif
    long max_growth_kb = argc > 2 ? atol(argv[2]) : 4096;
    int warmup = n / 10 < 50 ? n / 10 : 50;
    long base = -1;
    for (int i = 0; i < n; i++) {
        if (one_context() != 0)
            return 1;
        if (i + 1 == warmup)
            base = rss_kb();
    }
    long end = rss_kb();
    printf("contexts: %d contexts, RSS after %d: %ld kB, after %d: %ld kB (growth %ld kB, limit "
           "%ld kB)\n",
           n, warmup, base, n, end, end - base, max_growth_kb);
    if (base < 0 || end < 0) {
        printf("contexts: /proc/self/statm unreadable: RSS not checked\n");
        return 77;
    }
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
    /* ASan holds freed memory in its quarantine (and TSan in its own
     * allocator), so RSS grows without a leak; LeakSanitizer checks leaks
     * at exit instead. The RSS bound holds in unsanitised builds. */
    printf("contexts: sanitizer build: RSS growth reported, not checked\n");
    return 0;
#else
    return end - base > max_growth_kb ? 1 : 0;
#endif
}
