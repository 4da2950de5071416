/* tests/api/example_arrays.c — the array example of docs/c-api.md (keep the
 * two identical): host memory in, a strided view through jit_call, an array
 * result through a typed pointer. */
#include <pyjit.h>
#include <stdio.h>

static const char *source = "import numpy as np\n"
                            "from pyjit import jit\n"
                            "\n"
                            "@jit\n"
                            "def axpy(a, x, y):\n"
                            "    for i in range(len(x)):\n"
                            "        y[i] += a * x[i]\n"
                            "\n"
                            "@jit\n"
                            "def column_sums(m):\n"
                            "    out = np.zeros(m.shape[1])\n"
                            "    for i in range(m.shape[0]):\n"
                            "        for j in range(m.shape[1]):\n"
                            "            out[j] += m[i, j]\n"
                            "    return out\n";

static int fail(jit_error *err)
{
    char *text = jit_error_render(err);
    fputs(text, stderr);
    jit_free(text);
    jit_error_free(err);
    return 1;
}

int main(void)
{
    jit_context *ctx = jit_context_new(NULL);
    jit_error *err = NULL;
    jit_module *mod = jit_module_load_string(ctx, "arrays.py", source, &err);
    if (!mod)
        return fail(err);

    /* 1. Host memory through a typed pointer: y += 2 * x, in place. */
    double x[4] = {1, 2, 3, 4}, y[4] = {10, 20, 30, 40};
    jit_array xa, ya;
    jit_array_init(&xa, x, JIT_FLOAT64, 1, (int64_t[]){4}); /* no copy */
    jit_array_init(&ya, y, JIT_FLOAT64, 1, (int64_t[]){4});
    const jit_type *vec = jit_type_array(ctx, JIT_FLOAT64, 1, 'C'); /* float64[::1] */
    const jit_type *t[] = {jit_type_float64(), vec, vec};
    jit_compiled *c = jit_compile(jit_module_function(mod, "axpy"), t, 3, &err);
    if (!c)
        return fail(err);
    void (*axpy)(double, const jit_array *, const jit_array *) =
        (void (*)(double, const jit_array *, const jit_array *))jit_compiled_address(c);
    axpy(2.0, &xa, &ya);
    printf("y = [%g, %g, %g, %g]\n", y[0], y[1], y[2], y[3]); /* [12, 24, 36, 48] */

    /* 2. jit_call with a strided view (rows 0 and 2 of a 4x3 matrix): the
     *    dispatcher sees non-contiguous strides and compiles for layout A. */
    double m[4][3] = {{1, 2, 3}, {4, 5, 6}, {7, 8, 9}, {10, 11, 12}};
    jit_array ma;
    jit_array_init(&ma, m, JIT_FLOAT64, 2, (int64_t[]){2, 3});
    ma.strides[0] = 2 * sizeof m[0]; /* skip every other row */
    jit_function *cs = jit_module_function(mod, "column_sums");
    jit_value arg = {.kind = JIT_ARRAY, .v.array = &ma}, ret;
    if (jit_call(cs, &arg, 1, &ret, &err) != 0)
        return fail(err);
    char *repr = jit_value_repr(&ret);          /* repr(a.tolist()) */
    printf("column_sums(m[::2]) = %s\n", repr); /* [8.0, 10.0, 12.0] */
    jit_free(repr);
    jit_value_clear(&ret); /* drops the array's reference */

    /* 3. An array result through a typed pointer: the out-pointer comes first,
     *    and the caller owns the result. */
    const jit_type *mt[] = {jit_type_array(ctx, JIT_FLOAT64, 2, 'C')};
    jit_compiled *k = jit_compile(cs, mt, 1, &err);
    if (!k)
        return fail(err);
    void (*column_sums)(jit_array *, const jit_array *) =
        (void (*)(jit_array *, const jit_array *))jit_compiled_address(k);
    jit_array_init(&ma, m, JIT_FLOAT64, 2, (int64_t[]){4, 3});
    jit_array sums;
    column_sums(&sums, &ma);
    jit_error *exc = jit_take_error(); /* MemoryError is possible */
    if (exc)
        return fail(exc);
    const double *s = sums.data;
    printf("column_sums(m) = [%g, %g, %g]\n", s[0], s[1], s[2]); /* [22, 26, 30] */
    jit_array_release(&sums);

    jit_context_free(ctx);
    return 0;
}
