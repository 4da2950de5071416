/* fuzz/fuzz_pipeline.c — libFuzzer target: Python source → the whole
 * pipeline through the public API: load the module, compile every function
 * for several signatures (ints, floats, mixed, bools, tuples, arrays), call
 * each compiled one, render every error.
 * Calls that might not terminate (loops, recursion, iterating builtins) run
 * in a forked child with a time limit: a kernel that runs long is not a bug,
 * a child that dies of anything but the time limit is (a stack overflow
 * included: recursion must end in RecursionError). */
#include "frontend.h"
#include "fuzz.h"
#include "pyjit.h"

#include <signal.h>
#include <stdbool.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <pthread.h>

enum {
    MAX_SRC = 4000,   /* longer inputs are skipped: compile time stays bounded */
    MAX_FUNCS = 8,    /* functions compiled per input */
    MAX_PARAMS = 8,   /* functions with more parameters are only loaded */
    CHILD_MS = 1000,  /* time limit of one forked call */
    BUDGET_MS = 3000, /* total forked-call time per input (libFuzzer's -timeout is 10 s) */
    EXIT_STACK_OVERFLOW = 86,
};

static bool verbose;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    verbose = getenv("PYJIT_FUZZ_VERBOSE") != NULL;
    /* Kernels print(): keep libFuzzer's output (stderr) readable. */
    if (!verbose) {
        FILE *devnull = freopen("/dev/null", "w", stdout);
        (void)devnull;
    }
    return 0;
}

/* ---- what a function may do when run: from its bytecode ---- */

typedef struct FnInfo {
    bool loops;     /* a backward jump somewhere in what it can reach */
    bool recursive; /* it can reach a call cycle */
    bool risky;     /* it can reach a builtin that iterates or allocates */
} FnInfo;

static bool risky_name(const char *s)
{
    static const char *const names[] = {
        "sum",   "min",  "max",   "any",    "all",  "sorted", "tuple", "list",  "np", "numpy",
        "zeros", "ones", "empty", "arange", "full", "print",  "prod",  "range", "pow"};
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        if (strcmp(s, names[i]) == 0)
            return true;
    return false;
}

static int func_index(const FeModule *m, const FeFunction *f)
{
    for (int i = 0; i < m->nfuncs; i++)
        if (m->funcs[i] == f)
            return i;
    return -1;
}

/* Fills info[0..nfuncs) (nfuncs <= 64) by reachability over the call graph
 * of global function references. */
static void analyse(const FeModule *m, FnInfo *info)
{
    int n = m->nfuncs;
    static bool reach[64][64];
    bool self_loops[64] = {0}, self_risky[64] = {0};
    memset(reach, 0, sizeof reach);
    for (int i = 0; i < n; i++) {
        const FeFunction *fn = m->funcs[i];
        if (fn->diags.nerrors > 0)
            continue;
        for (int pc = 0; pc < fn->ncode; pc++) {
            const FeInstr *ins = &fn->code[pc];
            const FeOpInfo *oi = &fe_opinfo[ins->op];
            if ((oi->a == OPK_JUMP && ins->a <= pc) || (oi->b == OPK_JUMP && ins->b <= pc))
                self_loops[i] = true;
            if ((ins->op == OP_LOAD_GLOBAL || ins->op == OP_LOAD_ATTR) && ins->a >= 0 &&
                ins->a < fn->nnames) {
                const char *name = fn->names[ins->a];
                if (risky_name(name))
                    self_risky[i] = true;
                const FeGlobal *g = ins->op == OP_LOAD_GLOBAL ? fe_module_global(m, name) : NULL;
                if (g && g->kind == FG_FUNCTION) {
                    int j = func_index(m, g->func);
                    if (j >= 0)
                        reach[i][j] = true;
                }
                if (g && (g->kind == FG_MODULE || g->kind == FG_IMPORTED))
                    self_risky[i] = true;
            }
        }
    }
    for (int k = 0; k < n; k++)
        for (int i = 0; i < n; i++)
            if (reach[i][k])
                for (int j = 0; j < n; j++)
                    if (reach[k][j])
                        reach[i][j] = true;
    for (int i = 0; i < n; i++) {
        info[i] = (FnInfo){self_loops[i], reach[i][i], self_risky[i]};
        for (int j = 0; j < n; j++)
            if (reach[i][j]) {
                info[i].loops |= self_loops[j];
                info[i].risky |= self_risky[j];
                info[i].recursive |= reach[j][j];
            }
    }
}

/* ---- argument sets ---- */

static double host_f64[2][6] = {{1.5, -2.0, 0.25, 3.0, -0.5, 8.0},
                                {1.5, -2.0, 0.25, 3.0, -0.5, 8.0}};
static int64_t host_i64[2][6] = {{3, -1, 4, 1, -5, 9}, {3, -1, 4, 1, -5, 9}};
static jit_array arr_f64[MAX_PARAMS], arr_i64[MAX_PARAMS];
static jit_value tuple_items[MAX_PARAMS][2];

enum { SET_INT, SET_FLOAT, SET_MIXED, SET_BOOL, SET_TUPLE, SET_ARRAY_F, SET_ARRAY_I2, NSETS };

/* Argument k of set s. Arrays are fresh views of fresh host memory, so a
 * kernel that writes them cannot change the next call's input. */
static jit_value make_arg(int s, int k)
{
    static const int64_t ints[] = {3, -2, 5, 0, 7, 1, -9, 2};
    static const double floats[] = {2.5, -0.75, 3.0, 0.0, 1e-3, -4.5, 7.25, 1.0};
    switch (s) {
    case SET_INT:
        return jit_value_int(ints[k]);
    case SET_FLOAT:
        return jit_value_float(floats[k]);
    case SET_MIXED:
        return k % 2 ? jit_value_float(floats[k]) : jit_value_int(ints[k]);
    case SET_BOOL:
        return jit_value_bool(k % 2 == 0);
    case SET_TUPLE: {
        tuple_items[k][0] = jit_value_int(ints[k]);
        tuple_items[k][1] = jit_value_float(floats[k]);
        jit_value v;
        v.kind = JIT_TUPLE;
        v.v.tuple.items = tuple_items[k];
        v.v.tuple.n = 2;
        return v;
    }
    case SET_ARRAY_F: {
        int64_t shape[1] = {6};
        memcpy(host_f64[1], host_f64[0], sizeof host_f64[0]);
        jit_array_init(&arr_f64[k], host_f64[1], JIT_FLOAT64, 1, shape);
        jit_value v;
        v.kind = JIT_ARRAY;
        v.v.array = &arr_f64[k];
        return v;
    }
    default: {
        int64_t shape[2] = {2, 3};
        memcpy(host_i64[1], host_i64[0], sizeof host_i64[0]);
        jit_array_init(&arr_i64[k], host_i64[1], JIT_INT64, 2, shape);
        jit_value v;
        v.kind = JIT_ARRAY;
        v.v.array = &arr_i64[k];
        return v;
    }
    }
}

/* ---- calling ---- */

static void check_error(jit_error *err, const char *what)
{
    FUZZ_CHECK(err != NULL, "%s failed without a jit_error", what);
    FUZZ_CHECK(jit_error_type(err) && jit_error_message(err), "%s: error without type/message",
               what);
    char *text = jit_error_render(err);
    FUZZ_CHECK(text != NULL, "%s: jit_error_render returned NULL", what);
    if (verbose)
        fprintf(stderr, "  %s: %s\n", what, text);
    jit_free(text);
    jit_error_free(err);
}

static void call_once(jit_function *fn, const jit_value *args, size_t n)
{
    jit_value ret = jit_value_none();
    jit_error *err = NULL;
    if (jit_call(fn, args, n, &ret, &err) == 0) {
        FUZZ_CHECK(err == NULL, "jit_call succeeded and set an error");
        char *r = jit_value_repr(&ret);
        FUZZ_CHECK(r != NULL, "no repr of a result");
        if (verbose)
            fprintf(stderr, "  -> %s\n", r);
        jit_free(r);
        jit_value_clear(&ret);
    } else {
        check_error(err, "jit_call");
    }
}

/* One argument too many never runs; for a function whose body pyjit cannot
 * compile, the error is that body's error (what jit_function_check says),
 * whatever the arguments (`def f(*args)` has no arity to check). */
static void check_arity(jit_function *fn, int np)
{
    jit_value args[MAX_PARAMS + 1];
    for (int k = 0; k <= np; k++)
        args[k] = jit_value_int(k);
    jit_value ret = jit_value_none();
    jit_error *err = NULL, *body = NULL;
    FUZZ_CHECK(jit_call(fn, args, (size_t)np + 1, &ret, &err) != 0,
               "%s: a call with %d arguments for %d parameters succeeded", jit_function_name(fn),
               np + 1, np);
    FUZZ_CHECK(err != NULL, "%s: a failed call without an error", jit_function_name(fn));
    if (jit_function_check(fn, &body) != 0) {
        FUZZ_CHECK(body != NULL, "jit_function_check failed without an error");
        FUZZ_CHECK(strcmp(jit_error_message(err), jit_error_message(body)) == 0,
                   "%s: a call with too many arguments says '%s', not the body's error '%s'",
                   jit_function_name(fn), jit_error_message(err), jit_error_message(body));
        jit_error_free(body);
    }
    check_error(err, "jit_call (too many arguments)");
}

/* The main thread's stack, to tell a stack overflow from another SIGSEGV. */
static char *stack_lo;

static void segv_handler(int sig, siginfo_t *si, void *uc)
{
    (void)uc;
    char *a = si->si_addr;
    if (stack_lo && a >= stack_lo - (1 << 20) && a < stack_lo + (64 << 10))
        _exit(EXIT_STACK_OVERFLOW);
    signal(sig, SIG_DFL);
    raise(sig);
}

static void on_stack_overflow_exit(void)
{
    static char altstack[1 << 16];
    stack_t ss = {.ss_sp = altstack, .ss_size = sizeof altstack, .ss_flags = 0};
    sigaltstack(&ss, NULL);
    pthread_attr_t attr;
    if (pthread_getattr_np(pthread_self(), &attr) == 0) {
        void *lo;
        size_t size;
        pthread_attr_getstack(&attr, &lo, &size);
        (void)size;
        stack_lo = lo;
        pthread_attr_destroy(&attr);
    }
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = segv_handler;
    sa.sa_flags = SA_SIGINFO | SA_ONSTACK;
    sigaction(SIGSEGV, &sa, NULL);
    sigaction(SIGBUS, &sa, NULL);
}

static double now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

static double budget_left;

static void call_forked(jit_function *fn, const jit_value *args, size_t n)
{
    if (budget_left <= 0)
        return;
    fflush(NULL);
    double t0 = now_ms();
    pid_t pid = fork();
    FUZZ_CHECK(pid >= 0, "fork failed");
    if (pid == 0) {
        signal(SIGALRM, SIG_DFL); /* libFuzzer's handler would let us run on */
        struct itimerval it = {{0, 0}, {CHILD_MS / 1000, (CHILD_MS % 1000) * 1000}};
        setitimer(ITIMER_REAL, &it, NULL);
        on_stack_overflow_exit();
        call_once(fn, args, n);
        _exit(0);
    }
    int st = 0;
    while (waitpid(pid, &st, 0) < 0)
        ;
    budget_left -= now_ms() - t0;
    if (WIFEXITED(st) && WEXITSTATUS(st) == 0)
        return;
    if (WIFSIGNALED(st) && WTERMSIG(st) == SIGALRM) {
        if (verbose)
            fprintf(stderr, "  (still running after %d ms: stopped)\n", CHILD_MS);
        return; /* ran past the limit: long-running kernels are fine */
    }
    if (WIFEXITED(st) && WEXITSTATUS(st) == EXIT_STACK_OVERFLOW) {
        /* Compiled code checks its stack before recursive calls and raises
         * RecursionError: an overflow means that guard failed. */
        fuzz_report("call of %s overflowed the stack (no RecursionError)", jit_function_name(fn));
        abort();
    }
    fuzz_report("call of %s died in the child: %s %d (rerun with PYJIT_FUZZ_VERBOSE=1)",
                jit_function_name(fn), WIFSIGNALED(st) ? "signal" : "exit status",
                WIFSIGNALED(st) ? WTERMSIG(st) : WEXITSTATUS(st));
    abort();
}

/* ---- a Python-aware mutator (libFuzzer builds only) ----
 * Byte-level mutations mostly break the syntax; these keep it: replace a
 * number, operator or name by another of its kind, or duplicate, delete,
 * swap or insert a line at the same indentation. Half of the mutations
 * are still libFuzzer's own (with fuzz/python.dict). */
#ifdef PYJIT_LIBFUZZER
size_t LLVMFuzzerMutate(uint8_t *data, size_t size, size_t max_size);
size_t LLVMFuzzerCustomMutator(uint8_t *data, size_t size, size_t max_size, unsigned int seed);

static const char *const lit_pool[] = {"0",
                                       "1",
                                       "-1",
                                       "2",
                                       "3",
                                       "7",
                                       "-3",
                                       "10",
                                       "255",
                                       "1000",
                                       "2.5",
                                       "0.0",
                                       "-0.0",
                                       "1e308",
                                       "-1e-308",
                                       "0.1",
                                       "9223372036854775807",
                                       "(-9223372036854775807 - 1)",
                                       "True",
                                       "False",
                                       "None",
                                       "(1, 2.5)",
                                       "(1,)",
                                       "()",
                                       "math.inf",
                                       "math.nan",
                                       "2**62",
                                       "-7.5",
                                       "1 << 63",
                                       "0x7f"};
static const char *const op_pool[] = {
    "+", "-",  "*", "/",  "//", "%",  "**",  "<<", ">>", "&",  "|",      "^",
    "<", "<=", ">", ">=", "==", "!=", "and", "or", "is", "in", "not in", "@"};
static const char *const name_pool[] = {
    "abs",      "min",        "max",      "len",      "int",       "float",      "bool",
    "round",    "divmod",     "range",    "pow",      "math.sqrt", "math.floor", "math.exp",
    "math.log", "math.isnan", "np.zeros", "np.empty", "np.arange", "np.sqrt",    "enumerate",
    "zip",      "sum",        "print",    "tuple",    "ValueError"};
static const char *const stmt_pool[] = {
    "x = 1",         "return 0",   "return a",  "a = a + 1",
    "a, b = b, a",   "t = (a, b)", "assert a",  "raise ValueError('v')",
    "print(a)",      "if a:",      "else:",     "for i in range(3):",
    "while a > 0:",  "break",      "continue",  "pass",
    "a += 1.5",      "a = -a",     "y = t[0]",  "a = b // a",
    "z = a % 0",     "n = len(t)", "def g(u):", "return g(a)",
    "return (a, b)", "a = a[0]",   "a[0] = 1",  "s = 0\n    for v in a:\n        s += v",
    "import math",   "@jit"};

#define PICK(pool, r) pool[(r) % (sizeof pool / sizeof pool[0])]

static bool is_ident(int c)
{
    return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

/* Replaces [b, e) of data (size *size) by text, if it fits in max_size. */
static bool splice(uint8_t *data, size_t *size, size_t max_size, size_t b, size_t e,
                   const char *text)
{
    size_t n = strlen(text);
    if (*size - (e - b) + n > max_size)
        return false;
    memmove(data + b + n, data + e, *size - e);
    memcpy(data + b, text, n);
    *size = *size - (e - b) + n;
    return true;
}

static size_t line_start(const uint8_t *d, size_t i)
{
    while (i > 0 && d[i - 1] != '\n')
        i--;
    return i;
}

static size_t line_end(const uint8_t *d, size_t size, size_t i)
{
    while (i < size && d[i] != '\n')
        i++;
    return i < size ? i + 1 : i;
}

size_t LLVMFuzzerCustomMutator(uint8_t *data, size_t size, size_t max_size, unsigned int seed)
{
    unsigned r = seed;
    if (size == 0 || rand_r(&r) % 2)
        return LLVMFuzzerMutate(data, size, max_size);
    size_t pos = (size_t)rand_r(&r) % size;
    int kind = rand_r(&r) % 6;
    if (kind <= 2) { /* a token at or after pos */
        while (pos < size && !is_ident(data[pos]) && !strchr("+-*/%<>=!&|^@", data[pos]))
            pos++;
        if (pos == size)
            return LLVMFuzzerMutate(data, size, max_size);
        size_t e = pos;
        const char *repl;
        if (is_ident(data[pos])) {
            while (pos > 0 && is_ident(data[pos - 1]))
                pos--;
            while (e < size && (is_ident(data[e]) || data[e] == '.'))
                e++;
            repl = data[pos] >= '0' && data[pos] <= '9' ? PICK(lit_pool, rand_r(&r))
                   : kind == 0                          ? PICK(lit_pool, rand_r(&r))
                                                        : PICK(name_pool, rand_r(&r));
        } else {
            while (e < size && strchr("+-*/%<>=!&|^@", data[e]))
                e++;
            if (e - pos == 1 && data[pos] == '=')
                return LLVMFuzzerMutate(data, size, max_size); /* keep assignments */
            repl = PICK(op_pool, rand_r(&r));
        }
        if (splice(data, &size, max_size, pos, e, repl))
            return size;
        return LLVMFuzzerMutate(data, size, max_size);
    }
    size_t b = line_start(data, pos), e = line_end(data, size, pos);
    if (kind == 3 && size + (e - b) <= max_size) { /* duplicate the line */
        memmove(data + e + (e - b), data + e, size - e);
        memmove(data + e, data + b, e - b);
        return size + (e - b);
    }
    if (kind == 4 && e - b < size) { /* delete the line */
        memmove(data + b, data + e, size - e);
        return size - (e - b);
    }
    /* Insert a statement at this line's indentation. */
    size_t ind = b;
    while (ind < size && (data[ind] == ' ' || data[ind] == '\t'))
        ind++;
    char stmt[256];
    int n = snprintf(stmt, sizeof stmt, "%.*s%s\n", (int)(ind - b), (const char *)data + b,
                     PICK(stmt_pool, rand_r(&r)));
    if (n > 0 && (size_t)n < sizeof stmt && splice(data, &size, max_size, b, b, stmt))
        return size;
    return LLVMFuzzerMutate(data, size, max_size);
}
#endif

/* ---- the target ---- */

static uint32_t hash(const uint8_t *d, size_t n)
{
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < n; i++)
        h = (h ^ d[i]) * 16777619u;
    return h;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > MAX_SRC)
        return 0;
    char *src = fuzz_cstring(data, size);
    uint32_t h = hash(data, size);

    /* The frontend's view: function names and what running them may do. */
    Interner in;
    interner_init(&in);
    DiagList diags;
    diag_init(&diags);
    FeModule *fem = fe_load_module("fuzz.py", src, &in, &diags);
    FnInfo info[64];
    if (fem && fem->nfuncs <= 64)
        analyse(fem, info);

    jit_options opts;
    jit_options_init(&opts);
    opts.opt_level = (int)(h % 4);
    opts.boundscheck = (h >> 2) & 1;
    opts.fastmath = ((h >> 3) & 7) == 0;
    jit_context *ctx = jit_context_new(&opts);
    FUZZ_CHECK(ctx != NULL, "jit_context_new failed");
    jit_error *err = NULL;
    jit_module *m = jit_module_load_string(ctx, "fuzz.py", src, &err);
    FUZZ_CHECK((m == NULL) == (fem == NULL) || m == NULL,
               "the API loaded a module the frontend refused");
    budget_left = BUDGET_MS;
    if (!m) {
        check_error(err, "jit_module_load_string");
    } else if (fem && fem->nfuncs <= 64) {
        FUZZ_CHECK(err == NULL, "load succeeded and set an error");
        int done = 0;
        for (int i = 0; i < fem->nfuncs && done < MAX_FUNCS; i++) {
            const FeFunction *ff = fem->funcs[i];
            if (fe_module_function(fem, ff->name) != ff)
                continue; /* redefined later: the API sees the later def */
            jit_function *fn = jit_module_function(m, ff->name);
            FUZZ_CHECK(fn != NULL, "jit_module_function(%s) is NULL", ff->name);
            int np = jit_function_nparams(fn);
            if (np > MAX_PARAMS)
                continue;
            check_arity(fn, np);
            if (ff->diags.nerrors > 0)
                continue;
            done++;
            bool fork_it = info[i].loops || info[i].recursive || info[i].risky;
            /* Two fixed sets and one chosen by the input. */
            int sets[3] = {SET_INT, SET_FLOAT, 2 + (int)((h >> 5) % (NSETS - 2))};
            for (int s = 0; s < 3; s++) {
                jit_value args[MAX_PARAMS];
                for (int k = 0; k < np; k++)
                    args[k] = make_arg(sets[s], k);
                if (verbose)
                    fprintf(stderr, "%s set %d (%s)\n", ff->name, sets[s],
                            fork_it ? "forked" : "in process");
                jit_error *cerr = NULL;
                jit_compiled *c = jit_dispatch(fn, args, (size_t)np, &cerr);
                if (!c) {
                    check_error(cerr, "jit_dispatch");
                    continue;
                }
                FUZZ_CHECK(cerr == NULL, "jit_dispatch succeeded and set an error");
                FUZZ_CHECK(jit_compiled_nargs(c) <= (size_t)np, "compiled nargs > nparams");
                char *dump =
                    jit_compiled_dump(c, (h >> 6) % 2 ? JIT_DUMP_TYPES : JIT_DUMP_BYTECODE);
                jit_free(dump);
                if (fork_it)
                    call_forked(fn, args, (size_t)np);
                else
                    call_once(fn, args, (size_t)np);
            }
        }
    }
    jit_context_free(ctx);
    if (fem)
        fe_module_free(fem);
    diag_free(&diags);
    interner_free(&in);
    free(src);
    return 0;
}
