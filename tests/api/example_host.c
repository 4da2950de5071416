/* tests/api/example_host.c — the example host program of docs/c-api.md
 * (kept in sync by hand; built and run as the `api-example` test). */
#include <pyjit.h>
#include <stdio.h>

static const char *source = "from pyjit import jit\n"
                            "\n"
                            "@jit\n"
                            "def hypot2(x, y):\n"
                            "    return x * x + y * y\n"
                            "\n"
                            "@jit\n"
                            "def safe_div(a, b):\n"
                            "    return a // b\n";

static int fail(jit_error *err)
{
    char *text = jit_error_render(err); /* file:line:col + caret, or a traceback */
    fputs(text, stderr);
    jit_free(text);
    jit_error_free(err);
    return 1;
}

int main(void)
{
    jit_context *ctx = jit_context_new(NULL); /* defaults: -O3, no fastmath */
    jit_error *err = NULL;
    jit_module *mod = jit_module_load_string(ctx, "kernels.py", source, &err);
    if (!mod)
        return fail(err);

    /* 1. Compile for explicit types and call through a typed pointer. */
    jit_function *hyp = jit_module_function(mod, "hypot2");
    const jit_type *ff[] = {jit_type_float64(), jit_type_float64()};
    jit_compiled *c = jit_compile(hyp, ff, 2, &err);
    if (!c)
        return fail(err);
    double (*hypot2)(double, double) = (double (*)(double, double))jit_compiled_address(c);
    printf("hypot2(3.0, 4.0) = %g\n", hypot2(3.0, 4.0));

    /* 2. A kernel that raises: the error is pending until jit_take_error. */
    jit_function *sd = jit_module_function(mod, "safe_div");
    const jit_type *ii[] = {jit_type_int64(), jit_type_int64()};
    jit_compiled *d = jit_compile(sd, ii, 2, &err);
    if (!d)
        return fail(err);
    int64_t (*safe_div)(int64_t, int64_t) = (int64_t(*)(int64_t, int64_t))jit_compiled_address(d);
    safe_div(1, 0);
    jit_error *exc = jit_take_error();
    if (exc) {
        printf("raised %s: %s (line %d)\n", jit_error_type(exc), jit_error_message(exc),
               jit_error_line(exc));
        jit_error_free(exc);
    }

    /* 3. The dynamic dispatcher: types from the values, compiled on first use. */
    jit_value args[] = {jit_value_int(7), jit_value_int(2)};
    jit_value ret;
    if (jit_call(sd, args, 2, &ret, &err) != 0)
        return fail(err);
    char *repr = jit_value_repr(&ret);
    printf("safe_div(7, 2) = %s\n", repr);
    jit_free(repr);
    jit_value_clear(&ret);

    jit_context_free(ctx); /* frees modules, functions and machine code */
    return 0;
}
