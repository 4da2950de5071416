/* bench/compile_latency.c — compile latency of kernels through the C API.
 * For each FILE.py given, compiles FUNC (default "run") for int64 in a
 * fresh context REPS times and reports the first compile of the process
 * and the median of the later ones, per phase (ms). LLVM initialisation
 * (jit_context_new of the first context) is measured separately.
 * usage: compile_latency [-r REPS] [-f FUNC] [-O LEVEL] FILE.py...       */
#include <pyjit.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static double now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

static double median(double *v, int n)
{
    qsort(v, (size_t)n, sizeof *v, cmp_double);
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

int main(int argc, char **argv)
{
    int reps = 11;
    const char *func = "run";
    jit_options opts;
    jit_options_init(&opts);
    int i = 1;
    for (; i < argc && argv[i][0] == '-'; i++) {
        if (!strcmp(argv[i], "-r") && i + 1 < argc)
            reps = atoi(argv[++i]);
        else if (!strcmp(argv[i], "-f") && i + 1 < argc)
            func = argv[++i];
        else if (!strcmp(argv[i], "-O") && i + 1 < argc)
            opts.opt_level = atoi(argv[++i]);
        else {
            fprintf(stderr, "usage: compile_latency [-r REPS] [-f FUNC] [-O LEVEL] FILE.py...\n");
            return 64;
        }
    }
    if (reps < 2 || i >= argc) {
        fprintf(stderr, "usage: compile_latency [-r REPS>=2] [-f FUNC] [-O LEVEL] FILE.py...\n");
        return 64;
    }
    double t0 = now_ms();
    jit_context *warm = jit_context_new(&opts);
    double init_ms = now_ms() - t0;
    jit_context_free(warm);
    printf("llvm_init_ms %.3f\n", init_ms);
    printf("%-20s %10s %10s %10s %10s %10s\n", "kernel", "first_ms", "median_ms", "infer", "opt",
           "machine");
    int status = 0;
    for (; i < argc; i++) {
        double *total = calloc((size_t)reps, sizeof *total);
        double *opt = calloc((size_t)reps, sizeof *opt);
        double *mc = calloc((size_t)reps, sizeof *mc);
        double *inf = calloc((size_t)reps, sizeof *inf);
        int ok = 1;
        for (int r = 0; r < reps && ok; r++) {
            jit_context *ctx = jit_context_new(&opts);
            jit_error *err = NULL;
            double a = now_ms();
            jit_module *m = jit_module_load_file(ctx, argv[i], &err);
            jit_function *fn = m ? jit_module_function(m, func) : NULL;
            const jit_type *t[] = {jit_type_int64()};
            jit_compiled *c = fn ? jit_compile(fn, t, 1, &err) : NULL;
            double b = now_ms();
            if (!c) {
                char *msg = err ? jit_error_render(err) : strdup("function not found\n");
                fprintf(stderr, "%s: %s", argv[i], msg);
                jit_free(msg);
                jit_error_free(err);
                ok = 0;
                status = 1;
            } else {
                jit_compile_times ct;
                jit_compiled_times(c, &ct);
                total[r] = b - a;
                opt[r] = ct.opt_ms;
                mc[r] = ct.mc_ms;
                inf[r] = ct.infer_ms;
            }
            jit_context_free(ctx);
        }
        if (ok) {
            const char *base = strrchr(argv[i], '/');
            double first = total[0];
            /* medians over the repetitions after the first */
            printf("%-20s %10.3f %10.3f %10.3f %10.3f %10.3f\n", base ? base + 1 : argv[i], first,
                   median(total + 1, reps - 1), median(inf + 1, reps - 1),
                   median(opt + 1, reps - 1), median(mc + 1, reps - 1));
        }
        free(total);
        free(opt);
        free(mc);
        free(inf);
    }
    return status;
}
