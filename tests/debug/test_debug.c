/* tests/debug/test_debug.c — debugging and profiling through the public API:
 * DWARF in the IR of -g compiles (and none without), debug compiles give the
 * same answers at every -O, the decorator's debug=True, the perf map file,
 * the compile-time report, and print() ordering with the host's stdout. */
#include "pyjit.h"

#include <criterion/criterion.h>
#include <criterion/redirect.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static jit_context *ctx_with(int opt, bool debug, bool perf)
{
    jit_options o;
    jit_options_init(&o);
    o.opt_level = opt;
    o.debug = debug;
    o.perf_map = perf;
    jit_context *ctx = jit_context_new(&o);
    cr_assert_not_null(ctx);
    return ctx;
}

static jit_module *load(jit_context *ctx)
{
    jit_error *err = NULL;
    jit_module *m = jit_module_load_file(ctx, DBG_KERNEL, &err);
    cr_assert_not_null(m, "%s", err ? jit_error_message(err) : "?");
    return m;
}

static jit_compiled *compile_accumulate(jit_module *m)
{
    const jit_type *at[2] = {jit_type_float64(), jit_type_int64()};
    jit_error *err = NULL;
    jit_compiled *c = jit_compile(jit_module_function(m, "accumulate"), at, 2, &err);
    cr_assert_not_null(c, "%s", err ? jit_error_message(err) : "?");
    return c;
}

/* Body of `define ... @<name>(` in IR text (malloc'd), or NULL. */
static char *function_body(const char *ir, const char *name)
{
    char key[256];
    snprintf(key, sizeof key, "@%s(", name);
    const char *p = ir;
    while ((p = strstr(p, key))) {
        const char *ls = p;
        while (ls > ir && ls[-1] != '\n')
            ls--;
        if (strncmp(ls, "define ", 7) == 0)
            break;
        p++;
    }
    if (!p)
        return NULL;
    const char *end = strstr(p, "\n}\n");
    cr_assert_not_null(end);
    return strndup(p, (size_t)(end - p));
}

Test(debug, dwarf_in_ir)
{
    jit_context *ctx = ctx_with(0, true, false);
    jit_compiled *c = compile_accumulate(load(ctx));
    char *ir = jit_compiled_dump(c, JIT_DUMP_LLVM);
    cr_assert_not_null(ir);
    cr_expect(strstr(ir, "!DICompileUnit(language: DW_LANG_Python"), "no Python compile unit");
    cr_expect(strstr(ir, "filename: \"dbg_kernel.py\""), "no DIFile for the source");
    cr_expect(strstr(ir, "!DISubprogram(name: \"accumulate\", linkageName: \"accumulate(float64, "
                         "int64)\""),
              "no subprogram named by its signature");
    cr_expect(strstr(ir, "!DISubprogram(name: \"scale\", linkageName: \"scale(int64)\""),
              "no subprogram for the callee");
    cr_expect(strstr(ir, "!DILocalVariable(name: \"x\", arg: 1"), "parameter x");
    cr_expect(strstr(ir, "!DILocalVariable(name: \"n\", arg: 2"), "parameter n");
    const char *locals[] = {"total", "count", "pair", "i", "term", "big"};
    for (size_t i = 0; i < sizeof locals / sizeof *locals; i++) {
        char want[64];
        snprintf(want, sizeof want, "!DILocalVariable(name: \"%s\", scope:", locals[i]);
        cr_expect(strstr(ir, want), "local %s not described", locals[i]);
    }
    cr_expect(strstr(ir, "name: \"float64\", size: 64, encoding: DW_ATE_float"));
    cr_expect(strstr(ir, "name: \"int64\", size: 64, encoding: DW_ATE_signed"));
    cr_expect(strstr(ir, "name: \"bool\", size: 8, encoding: DW_ATE_boolean"));
    cr_expect(strstr(ir, "!DICompositeType(tag: DW_TAG_structure_type"), "tuple as a struct");
    cr_expect(!strstr(ir, "name: \"$"), "hidden '$' locals must stay hidden");

    /* Every instruction of the kernel's body carries a location. */
    char *body = function_body(ir, "accumulate.float64.int64.impl");
    cr_assert_not_null(body, "no .impl function in:\n%s", ir);
    int ninst = 0;
    for (char *line = strtok(body, "\n"); line; line = strtok(NULL, "\n")) {
        if (strncmp(line, "  ", 2) != 0 || strstr(line, "#dbg_"))
            continue;
        ninst++;
        cr_expect(strstr(line, "!dbg !"), "instruction without a location: %s", line);
    }
    cr_expect(ninst > 20);
    free(body);
    jit_free(ir);
    jit_context_free(ctx);
}

Test(debug, no_dwarf_without_g)
{
    jit_context *ctx = ctx_with(0, false, false);
    jit_compiled *c = compile_accumulate(load(ctx));
    char *ir = jit_compiled_dump(c, JIT_DUMP_LLVM);
    cr_assert_not_null(ir);
    cr_expect(!strstr(ir, "DISubprogram") && !strstr(ir, "!dbg"), "debug info without -g");
    jit_free(ir);
    jit_context_free(ctx);
}

Test(debug, decorator_debug_true)
{
    jit_context *ctx = ctx_with(2, false, false);
    jit_error *err = NULL;
    jit_module *m = jit_module_load_string(ctx, "deco.py",
                                           "from pyjit import jit\n"
                                           "@jit(debug=True)\n"
                                           "def f(x):\n"
                                           "    y = x + 1\n"
                                           "    return y\n",
                                           &err);
    cr_assert_not_null(m, "%s", err ? jit_error_message(err) : "?");
    const jit_type *at[1] = {jit_type_int64()};
    jit_compiled *c = jit_compile(jit_module_function(m, "f"), at, 1, &err);
    cr_assert_not_null(c);
    char *ir = jit_compiled_dump(c, JIT_DUMP_LLVM);
    cr_expect(strstr(ir, "linkageName: \"f(int64)\""), "debug=True ignored:\n%s", ir);
    jit_free(ir);
    int64_t (*f)(int64_t) = (int64_t(*)(int64_t))jit_compiled_address(c);
    cr_expect_eq(f(41), 42);
    jit_context_free(ctx);
}

/* A debug build must never change an answer: the same calls with and
 * without -g, at every optimisation level, give the non-debug -O3 result. */
Test(debug, same_results_at_every_level)
{
    jit_context *ref_ctx = ctx_with(3, false, false);
    jit_compiled *ref = compile_accumulate(load(ref_ctx));
    double (*rf)(double, int64_t) = (double (*)(double, int64_t))jit_compiled_address(ref);
    for (int opt = 0; opt <= 3; opt++) {
        jit_context *ctx = ctx_with(opt, true, false);
        jit_compiled *c = compile_accumulate(load(ctx));
        double (*f)(double, int64_t) = (double (*)(double, int64_t))jit_compiled_address(c);
        for (int64_t n = 0; n < 12; n++)
            cr_expect_eq(f(0.25 * (double)n - 1.0, n), rf(0.25 * (double)n - 1.0, n),
                         "-g -O%d differs for n=%lld", opt, (long long)n);
        jit_context_free(ctx);
    }
    jit_context_free(ref_ctx);
}

/* ---- perf map ---- */

static char *read_map(void)
{
    char path[64];
    snprintf(path, sizeof path, "/tmp/perf-%ld.map", (long)getpid());
    FILE *fp = fopen(path, "r");
    if (!fp)
        return strdup("");
    char *buf = calloc(1, 1 << 20);
    size_t n = fread(buf, 1, (1 << 20) - 1, fp);
    buf[n] = 0;
    fclose(fp);
    return buf;
}

static void remove_map(void)
{
    char path[64];
    snprintf(path, sizeof path, "/tmp/perf-%ld.map", (long)getpid());
    unlink(path);
}

/* The "ADDR SIZE name" line whose name is exactly `name`: address and size. */
static bool map_entry(const char *map, const char *name, unsigned long long *addr,
                      unsigned long long *size)
{
    for (const char *l = map; *l;) {
        const char *nl = strchr(l, '\n');
        size_t len = nl ? (size_t)(nl - l) : strlen(l);
        unsigned long long a, s;
        int off = 0;
        if (sscanf(l, "%llx %llx %n", &a, &s, &off) == 2 && off > 0 &&
            len - (size_t)off == strlen(name) && strncmp(l + off, name, strlen(name)) == 0) {
            *addr = a;
            *size = s;
            return true;
        }
        l += len + (nl ? 1 : 0);
    }
    return false;
}

Test(perf, map_has_every_function)
{
    remove_map();
    unsetenv("PYJIT_PERF_MAP");
    jit_context *ctx = ctx_with(0, false, true);
    jit_compiled *c = compile_accumulate(load(ctx));
    char *map = read_map();
    unsigned long long a, s;
    cr_assert(map_entry(map, "pyjit:accumulate(float64, int64) [C ABI entry]", &a, &s),
              "no C ABI entry in:\n%s", map);
    cr_expect_eq(a, (unsigned long long)(uintptr_t)jit_compiled_address(c));
    cr_expect(s > 0 && s < 4096);
    unsigned long long a2, s2;
    cr_expect(map_entry(map, "pyjit:accumulate(float64, int64)", &a2, &s2) && s2 > 16,
              "kernel body missing:\n%s", map);
    /* entries do not overlap */
    cr_expect(a + s <= a2 || a2 + s2 <= a, "C ABI entry and body overlap:\n%s", map);
    cr_expect(map_entry(map, "pyjit:scale(int64)", &a, &s) && s > 0, "callee missing:\n%s", map);
    /* the status-returning entry is not exported by default (codegen.h) */
    cr_expect(!map_entry(map, "pyjit:accumulate(float64, int64) [status entry]", &a, &s),
              "status entry in:\n%s", map);
    free(map);
    jit_context_free(ctx);
    remove_map();
}

Test(perf, env_variable_and_off)
{
    remove_map();
    unsetenv("PYJIT_PERF_MAP");
    jit_context *ctx = ctx_with(3, false, false);
    compile_accumulate(load(ctx));
    char *map = read_map();
    cr_expect_str_empty(map, "perf map written without the option:\n%s", map);
    free(map);
    jit_context_free(ctx);

    setenv("PYJIT_PERF_MAP", "1", 1);
    ctx = ctx_with(3, false, false);
    jit_compiled *c = compile_accumulate(load(ctx));
    map = read_map();
    unsigned long long a, s;
    cr_expect(map_entry(map, "pyjit:accumulate(float64, int64) [C ABI entry]", &a, &s) &&
                  a == (unsigned long long)(uintptr_t)jit_compiled_address(c),
              "PYJIT_PERF_MAP=1 ignored:\n%s", map);
    free(map);
    jit_context_free(ctx);
    unsetenv("PYJIT_PERF_MAP");
    remove_map();
}

/* ---- time report ---- */

Test(report, phases)
{
    jit_context *ctx = ctx_with(2, false, false);
    jit_compiled *c = compile_accumulate(load(ctx));
    jit_compile_times t;
    jit_compiled_times(c, &t);
    cr_expect(t.parse_ms >= 0 && t.bytecode_ms >= 0 && t.infer_ms >= 0 && t.lower_ms >= 0 &&
              t.opt_ms > 0 && t.mc_ms > 0);
    char *r = jit_compiled_time_report(c);
    cr_assert_not_null(r);
    const char *rows[] = {"accumulate(float64, int64)",
                          "parse",
                          "bytecode",
                          "type inference",
                          "lowering",
                          "optimisation",
                          "machine code",
                          "total"};
    for (size_t i = 0; i < sizeof rows / sizeof *rows; i++)
        cr_expect(strstr(r, rows[i]), "report lacks '%s':\n%s", rows[i], r);
    char want[64];
    snprintf(want, sizeof want, "%-20s %10.3f", "optimisation", t.opt_ms);
    cr_expect(strstr(r, want), "report lacks '%s':\n%s", want, r);
    jit_free(r);
    cr_expect_null(jit_compiled_time_report(NULL));
    jit_context_free(ctx);
}

/* ---- print() in compiled code vs the host's stdout ---- */

static const char *talk_src = "from pyjit import jit\n"
                              "@jit\n"
                              "def talk(n):\n"
                              "    for i in range(n):\n"
                              "        print('step', i, i * 0.5)\n"
                              "    return n\n";

/* What CPython prints for: print("host before"); talk(3); print("host after"). */
static char *cpython_output(void)
{
    FILE *fp = fopen("/tmp/pyjit-talk-ref.py", "w");
    cr_assert_not_null(fp);
    fprintf(fp,
            "import sys, types\n"
            "m = types.ModuleType('pyjit'); m.jit = lambda f: f; sys.modules['pyjit'] = m\n"
            "%s"
            "print('host before')\ntalk(3)\nprint('host after')\n",
            talk_src);
    fclose(fp);
    FILE *p = popen("/usr/bin/python3 /tmp/pyjit-talk-ref.py", "r");
    cr_assert_not_null(p);
    char *buf = calloc(1, 4096);
    size_t n = fread(buf, 1, 4095, p);
    buf[n] = 0;
    cr_assert_eq(pclose(p), 0, "CPython failed");
    unlink("/tmp/pyjit-talk-ref.py");
    return buf;
}

static char *expected_order;

static void init_order(void)
{
    if (access("/usr/bin/python3", X_OK) != 0)
        cr_skip_test("no /usr/bin/python3 for the expected output");
    expected_order = cpython_output();
    cr_redirect_stdout();
}

Test(print, ordered_with_host_stdout, .init = init_order)
{
    jit_context *ctx = ctx_with(3, false, false);
    jit_error *err = NULL;
    jit_module *m = jit_module_load_string(ctx, "talk.py", talk_src, &err);
    cr_assert_not_null(m);
    /* stdout is a pipe here: fully buffered, the case that reorders output
     * when two layers buffer separately. */
    printf("host before\n");
    jit_value arg = jit_value_int(3), ret;
    cr_assert_eq(jit_call(jit_module_function(m, "talk"), &arg, 1, &ret, &err), 0);
    printf("host after\n");
    fflush(stdout);
    cr_assert_stdout_eq_str(expected_order);
    free(expected_order);
    jit_context_free(ctx);
}
