/* cli/main.c — the `pyjit` command: run / dump / check a Python file through
 * the public API (include/pyjit.h only). Exit codes: 0 ok, 1 Python
 * exception at run time, 2 compile error, 64 usage error. */
#include "args.h"
#include "pyjit.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

enum { EXIT_EXC = 1, EXIT_COMPILE = 2, EXIT_USAGE = 64 };

static const char *usage_text =
    "usage: pyjit run [options] FILE.py FUNC [ARG...]\n"
    "       pyjit dump --emit=KIND [options] FILE.py FUNC (--sig \"TYPE, ...\" | ARG...)\n"
    "       pyjit check [options] FILE.py\n"
    "       pyjit --help | --version\n";

static const char *help_text =
    "\n"
    "Compiles numeric Python functions with LLVM and runs them (a Numba-style @jit).\n"
    "\n"
    "commands:\n"
    "  run    compile FUNC for the types of the ARGs, call it, print repr(result)\n"
    "         (arrays as repr(a.tolist()))\n"
    "  dump   print an intermediate form of FUNC: --emit=bytecode|types|llvm|llvm-opt|asm\n"
    "  check  load FILE.py, compile every eagerly-signed function, print the\n"
    "         diagnostics of every jitted function (type errors need a call)\n"
    "\n"
    "arguments: Python literals: 42, -7, 0x1f, 2.5, 1e-3, inf, -inf, nan, True, False,\n"
    "  None, and tuples of these such as \"(1, 2.0)\" or \"(1,)\".\n"
    "\n"
    "options:\n"
    "  -O N            optimisation level 0-3 (default 3)\n"
    "  --fastmath      allow float reassociation (Numba's fastmath=True)\n"
    "  --boundscheck   raise IndexError on out-of-range indices\n"
    "  --time          print the per-phase compile times on stderr\n"
    "  -g              DWARF debug info: debug the kernel in gdb / VS Code (docs/debugging.md)\n"
    "  --perf-map      write /tmp/perf-PID.map for `perf report` (or PYJIT_PERF_MAP=1)\n"
    "  --bench N       (run) call FUNC N more times; print compile_ms, run_ms_min,\n"
    "                  run_ms_median on stderr\n"
    "  --emit=KIND     (dump) bytecode, types, llvm, llvm-opt or asm\n"
    "  --sig \"T, ...\"  (dump) argument types instead of ARGs, e.g. \"int64, float64\",\n"
    "                  arrays as \"float64[:]\" (any layout), \"float64[:, ::1]\" (C)\n"
    "  -h, --help      this text\n"
    "  --version       the pyjit and LLVM versions\n"
    "\n"
    "exit status: 0 success, 1 Python exception at run time (traceback on stderr),\n"
    "  2 compile error (file:line:col diagnostics on stderr), 64 usage error.\n";

static int usage_error(const char *fmt, const char *arg)
{
    fprintf(stderr, "pyjit: error: ");
    fprintf(stderr, fmt, arg);
    fprintf(stderr, "\n%s", usage_text);
    return EXIT_USAGE;
}

static double now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

typedef struct Cli {
    const char *cmd;
    jit_options opts;
    bool time;
    long bench; /* -1: no --bench */
    const char *emit;
    const char *sig;
    const char *file;
    const char *func;
    int nargs;
    char **args;
} Cli;

/* Prints e: compile errors and tracebacks as rendered; API/IO errors as
 * "pyjit: error: ...". Returns the exit code for it. */
static int report(jit_error *e)
{
    int code;
    const char *type = jit_error_type(e);
    if (jit_error_is_runtime(e)) {
        char *text = jit_error_render(e);
        fflush(stdout);
        fputs(text, stderr);
        jit_free(text);
        code = EXIT_EXC;
    } else if (strcmp(type, "InvalidArgument") == 0) {
        fprintf(stderr, "pyjit: error: %s\n", jit_error_message(e));
        code = EXIT_USAGE;
    } else if (!jit_error_file(e)) {
        fprintf(stderr, "pyjit: error: %s\n", jit_error_message(e));
        code = EXIT_COMPILE;
    } else {
        char *text = jit_error_render(e);
        fputs(text, stderr);
        jit_free(text);
        code = EXIT_COMPILE;
    }
    jit_error_free(e);
    return code;
}

static void print_times(const jit_compiled *c)
{
    jit_compile_times t;
    jit_compiled_times(c, &t);
    fprintf(stderr,
            "parse_ms: %.3f\nbytecode_ms: %.3f\ninfer_ms: %.3f\nlower_ms: %.3f\nopt_ms: %.3f\n"
            "mc_ms: %.3f\ntotal_ms: %.3f\n",
            t.parse_ms, t.bytecode_ms, t.infer_ms, t.lower_ms, t.opt_ms, t.mc_ms, t.total_ms);
}

static int parse_args(const Cli *cli, jit_value *vals)
{
    for (int i = 0; i < cli->nargs; i++) {
        char *msg = NULL;
        if (!cli_parse_value(cli->args[i], &vals[i], &msg)) {
            fprintf(stderr, "pyjit: error: %s\n%s", msg, usage_text);
            free(msg);
            for (int j = 0; j < i; j++)
                jit_value_clear(&vals[j]);
            return EXIT_USAGE;
        }
    }
    return 0;
}

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

static int load(jit_context *ctx, const Cli *cli, jit_module **mod, jit_function **fn)
{
    jit_error *err = NULL;
    *mod = jit_module_load_file(ctx, cli->file, &err);
    if (!*mod)
        return report(err);
    if (fn) {
        *fn = jit_module_function(*mod, cli->func);
        if (!*fn) {
            fprintf(stderr, "%s: error: no top-level function named '%s'\n", cli->file, cli->func);
            return EXIT_COMPILE;
        }
    }
    return 0;
}

static int cmd_run(jit_context *ctx, const Cli *cli)
{
    jit_module *mod;
    jit_function *fn;
    int rc = load(ctx, cli, &mod, &fn);
    if (rc)
        return rc;
    jit_value *vals = calloc((size_t)cli->nargs + 1, sizeof *vals);
    if ((rc = parse_args(cli, vals)) != 0) {
        free(vals);
        return rc;
    }
    jit_error *err = NULL;
    jit_compiled *c = jit_dispatch(fn, vals, (size_t)cli->nargs, &err);
    if (!c) {
        rc = report(err);
        goto out;
    }
    if (cli->time)
        print_times(c);
    jit_value ret;
    if (jit_call(fn, vals, (size_t)cli->nargs, &ret, &err) != 0) {
        rc = report(err);
        goto out;
    }
    char *text = jit_value_repr(&ret);
    jit_value_clear(&ret);
    fflush(stdout); /* the kernel's print() output comes first */
    printf("%s\n", text);
    fflush(stdout);
    jit_free(text);
    if (cli->bench >= 0) {
        double *ms = calloc((size_t)cli->bench + 1, sizeof *ms);
        for (long i = 0; i < cli->bench; i++) {
            double t0 = now_ms();
            int r = jit_call(fn, vals, (size_t)cli->nargs, &ret, &err);
            ms[i] = now_ms() - t0;
            jit_value_clear(&ret);
            if (r != 0) {
                free(ms);
                rc = report(err);
                goto out;
            }
        }
        jit_compile_times t;
        jit_compiled_times(c, &t);
        fprintf(stderr, "compile_ms: %.3f\n", t.total_ms);
        if (cli->bench > 0) {
            qsort(ms, (size_t)cli->bench, sizeof *ms, cmp_double);
            long n = cli->bench;
            double median = n % 2 ? ms[n / 2] : (ms[n / 2 - 1] + ms[n / 2]) / 2;
            fprintf(stderr, "run_ms_min: %.6f\nrun_ms_median: %.6f\n", ms[0], median);
        } else {
            fprintf(stderr, "run_ms_min: nan\nrun_ms_median: nan\n");
        }
        free(ms);
    }
out:
    for (int i = 0; i < cli->nargs; i++)
        jit_value_clear(&vals[i]);
    free(vals);
    return rc;
}

/* Splits "int64, (float64, int64)" at top-level commas into types. */
static int parse_sig(jit_context *ctx, const char *sig, const jit_type **types, int max, int *n)
{
    *n = 0;
    const char *p = sig;
    while (*p == ' ' || *p == '\t')
        p++;
    if (!*p)
        return 0;
    for (;;) {
        const char *start = p;
        int depth = 0;
        while (*p && !(depth == 0 && *p == ',')) {
            if (*p == '(' || *p == '[')
                depth++;
            else if (*p == ')' || *p == ']')
                depth--;
            p++;
        }
        size_t len = (size_t)(p - start);
        char *one = malloc(len + 1);
        memcpy(one, start, len);
        one[len] = '\0';
        jit_error *err = NULL;
        const jit_type *t = *n < max ? jit_type_parse(ctx, one, &err) : NULL;
        if (!t) {
            fprintf(stderr, "pyjit: error: bad --sig \"%s\": %s\n", sig,
                    err ? jit_error_message(err) : "too many types");
            jit_error_free(err);
            free(one);
            return EXIT_USAGE;
        }
        free(one);
        types[(*n)++] = t;
        if (!*p)
            return 0;
        p++;
    }
}

static int cmd_dump(jit_context *ctx, const Cli *cli)
{
    static const struct {
        const char *name;
        jit_dump_kind kind;
    } kinds[] = {{"bytecode", JIT_DUMP_BYTECODE},
                 {"types", JIT_DUMP_TYPES},
                 {"llvm", JIT_DUMP_LLVM},
                 {"llvm-opt", JIT_DUMP_LLVM_OPT},
                 {"asm", JIT_DUMP_ASM}};
    int k = -1;
    for (int i = 0; i < 5; i++)
        if (cli->emit && strcmp(cli->emit, kinds[i].name) == 0)
            k = i;
    if (k < 0)
        return usage_error("--emit must be bytecode, types, llvm, llvm-opt or asm (got '%s')",
                           cli->emit ? cli->emit : "nothing");
    if (cli->sig && cli->nargs > 0)
        return usage_error("give either --sig or arguments, not both%s", "");
    jit_module *mod;
    jit_function *fn;
    int rc = load(ctx, cli, &mod, &fn);
    if (rc)
        return rc;
    jit_error *err = NULL;
    jit_compiled *c = NULL;
    if (cli->sig) {
        const jit_type *types[256];
        int n = 0;
        if ((rc = parse_sig(ctx, cli->sig, types, 256, &n)) != 0)
            return rc;
        c = jit_compile(fn, types, (size_t)n, &err);
    } else {
        jit_value *vals = calloc((size_t)cli->nargs + 1, sizeof *vals);
        if ((rc = parse_args(cli, vals)) != 0) {
            free(vals);
            return rc;
        }
        c = jit_dispatch(fn, vals, (size_t)cli->nargs, &err);
        for (int i = 0; i < cli->nargs; i++)
            jit_value_clear(&vals[i]);
        free(vals);
    }
    if (!c)
        return report(err);
    if (cli->time)
        print_times(c);
    char *text = jit_compiled_dump(c, kinds[k].kind);
    if (!text) {
        fprintf(stderr, "pyjit: error: no %s dump is available for '%s'\n", kinds[k].name,
                cli->func);
        return EXIT_COMPILE;
    }
    fputs(text, stdout);
    if (*text && text[strlen(text) - 1] != '\n')
        putchar('\n');
    jit_free(text);
    return 0;
}

/* Loads the file (compiling eager signatures) and reports the body errors
 * of every jitted function, which a run would report only when called. */
static int cmd_check(jit_context *ctx, const Cli *cli)
{
    jit_module *mod;
    int rc = load(ctx, cli, &mod, NULL);
    if (rc)
        return rc;
    for (size_t i = 0; i < jit_module_nfunctions(mod); i++) {
        jit_function *fn = jit_module_function_at(mod, i);
        jit_error *err = NULL;
        if (jit_function_is_jitted(fn) && jit_function_check(fn, &err) != 0)
            rc = report(err);
    }
    return rc;
}

/* Parses the command line into *cli; returns 0, or an exit code (-1 for
 * --help/--version, which succeed). */
static int parse_cli(int argc, char **argv, Cli *cli)
{
    jit_options_init(&cli->opts);
    cli->bench = -1;
    cli->args = calloc((size_t)argc + 1, sizeof *cli->args);
    bool only_positional = false;
    int npos = 0;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        /* After FILE and FUNC, "-1" and "-inf" are arguments, not options. */
        bool maybe_arg = npos >= 2 && a[0] == '-' &&
                         (a[1] == '.' || (a[1] >= '0' && a[1] <= '9') || a[1] == 'i' ||
                          a[1] == 'n' || a[1] == '(' || a[1] == ' ');
        if (only_positional || a[0] != '-' || a[1] == '\0' || maybe_arg) {
            if (!cli->cmd)
                cli->cmd = a;
            else if (!cli->file)
                cli->file = a, npos = 1;
            else if (!cli->func && strcmp(cli->cmd, "check") != 0)
                cli->func = a, npos = 2;
            else
                cli->args[cli->nargs++] = argv[i];
            continue;
        }
        if (strcmp(a, "--") == 0) {
            only_positional = true;
        } else if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0) {
            printf("%s%s", usage_text, help_text);
            return -1;
        } else if (strcmp(a, "--version") == 0) {
            printf("pyjit %s\n", jit_version());
            return -1;
        } else if (strncmp(a, "-O", 2) == 0) {
            const char *v = a[2] ? a + 2 : (i + 1 < argc ? argv[++i] : NULL);
            if (!v || !(v[0] >= '0' && v[0] <= '3') || v[1])
                return usage_error("-O needs a level 0-3 (got '%s')", v ? v : "nothing");
            cli->opts.opt_level = v[0] - '0';
        } else if (strcmp(a, "--fastmath") == 0) {
            cli->opts.fastmath = true;
        } else if (strcmp(a, "--boundscheck") == 0) {
            cli->opts.boundscheck = true;
        } else if (strcmp(a, "--time") == 0) {
            cli->time = true;
        } else if (strcmp(a, "-g") == 0) {
            cli->opts.debug = true;
        } else if (strcmp(a, "--perf-map") == 0) {
            cli->opts.perf_map = true;
        } else if (strcmp(a, "--bench") == 0 || strncmp(a, "--bench=", 8) == 0) {
            const char *v = a[7] == '=' ? a + 8 : (i + 1 < argc ? argv[++i] : NULL);
            char *end = NULL;
            long n = v ? strtol(v, &end, 10) : -1;
            if (!v || !*v || *end || n < 0 || n > 100000000)
                return usage_error("--bench needs a count N >= 0 (got '%s')", v ? v : "nothing");
            cli->bench = n;
        } else if (strncmp(a, "--emit=", 7) == 0) {
            cli->emit = a + 7;
        } else if (strcmp(a, "--emit") == 0) {
            if (i + 1 >= argc)
                return usage_error("%s needs a value", a);
            cli->emit = argv[++i];
        } else if (strncmp(a, "--sig=", 6) == 0) {
            cli->sig = a + 6;
        } else if (strcmp(a, "--sig") == 0) {
            if (i + 1 >= argc)
                return usage_error("%s needs a value", a);
            cli->sig = argv[++i];
        } else {
            return usage_error("unknown option '%s'", a);
        }
    }
    if (!cli->cmd)
        return usage_error("no command given%s", "");
    bool is_check = strcmp(cli->cmd, "check") == 0;
    if (strcmp(cli->cmd, "run") != 0 && strcmp(cli->cmd, "dump") != 0 && !is_check)
        return usage_error("unknown command '%s' (run, dump or check)", cli->cmd);
    if (!cli->file)
        return usage_error("%s needs FILE.py", cli->cmd);
    if (!is_check && !cli->func)
        return usage_error("%s needs FILE.py and FUNC", cli->cmd);
    if (is_check && cli->nargs > 0)
        return usage_error("check takes only FILE.py (got '%s')", cli->args[0]);
    if (strcmp(cli->cmd, "dump") != 0 && (cli->emit || cli->sig))
        return usage_error("--emit and --sig belong to 'dump' (command '%s')", cli->cmd);
    if (strcmp(cli->cmd, "run") != 0 && cli->bench >= 0)
        return usage_error("--bench belongs to 'run' (command '%s')", cli->cmd);
    return 0;
}

int main(int argc, char **argv)
{
    Cli cli = {0};
    int rc = parse_cli(argc, argv, &cli);
    if (rc != 0) {
        free(cli.args);
        return rc < 0 ? 0 : rc;
    }
    jit_context *ctx = jit_context_new(&cli.opts);
    if (!ctx) {
        fprintf(stderr, "pyjit: error: LLVM cannot generate code for this host\n");
        free(cli.args);
        return EXIT_COMPILE;
    }
    if (strcmp(cli.cmd, "run") == 0)
        rc = cmd_run(ctx, &cli);
    else if (strcmp(cli.cmd, "dump") == 0)
        rc = cmd_dump(ctx, &cli);
    else
        rc = cmd_check(ctx, &cli);
    fflush(stdout);
    jit_context_free(ctx);
    free(cli.args);
    return rc;
}
