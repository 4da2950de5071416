/* tests/api/test_arrays.c — the C host side of arrays (issue 3): host memory
 * (C-contiguous, strided, negative and zero strides) through jit_call and
 * through typed function pointers, layout selection by the dispatcher,
 * returned arrays and tuples holding arrays, ownership (rt_nrt_live back to
 * its start), repr(a.tolist()) printing, and flat memory over a 1,000,000-
 * iteration allocating loop. Expected values come from CPython + NumPy. */
#include "pyjit.h"

#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <unistd.h>

int64_t rt_nrt_live(void); /* runtime/runtime.h: pyjit's live allocations */

static const char *kernels = "import numpy as np\n"
                             "from pyjit import jit\n"
                             "\n"
                             "@jit\n"
                             "def total(a):\n"
                             "    s = 0.0\n"
                             "    for i in range(a.shape[0]):\n"
                             "        s += a[i]\n"
                             "    return s\n"
                             "\n"
                             "@jit\n"
                             "def weighted2(a):\n"
                             "    s = 0.0\n"
                             "    for i in range(a.shape[0]):\n"
                             "        for j in range(a.shape[1]):\n"
                             "            s += a[i, j] * (i + 1) * (j + 3)\n"
                             "    return s\n"
                             "\n"
                             "@jit\n"
                             "def scale(a, k):\n"
                             "    for i in range(len(a)):\n"
                             "        a[i] = a[i] * k\n"
                             "\n"
                             "@jit\n"
                             "def squares(n):\n"
                             "    a = np.arange(n)\n"
                             "    for i in range(n):\n"
                             "        a[i] = a[i] * a[i]\n"
                             "    return a\n"
                             "\n"
                             "@jit\n"
                             "def grid(n, m):\n"
                             "    g = np.zeros((n, m), np.int32)\n"
                             "    for i in range(n):\n"
                             "        for j in range(m):\n"
                             "            g[i, j] = i * m + j\n"
                             "    return g\n"
                             "\n"
                             "@jit\n"
                             "def pair(a, n):\n"
                             "    b = a.copy()\n"
                             "    return (b, n, a[::-1])\n"
                             "\n"
                             "@jit\n"
                             "def rev(a):\n"
                             "    return a[::-1]\n"
                             "\n"
                             "@jit\n"
                             "def call_total(a):\n"
                             "    return total(a) + 1.0\n"
                             "\n"
                             "@jit(boundscheck=True)\n"
                             "def fail_half(a, n):\n"
                             "    t = np.zeros(n)\n"
                             "    u = a.copy()\n"
                             "    t[n] = u[0]\n"
                             "    return t\n"
                             "\n"
                             "@jit\n"
                             "def tsum(t):\n"
                             "    a, k = t\n"
                             "    s = 0.0\n"
                             "    for x in a:\n"
                             "        s += x * k\n"
                             "    return s\n"
                             "\n"
                             "@jit\n"
                             "def zeros(n):\n"
                             "    return np.zeros(n)\n"
                             "\n"
                             "@jit\n"
                             "def churn(n):\n"
                             "    s = 0.0\n"
                             "    for i in range(n):\n"
                             "        t = np.ones(32)\n"
                             "        t[i % 32] = i\n"
                             "        s += t[i % 32] + t[31 - i % 32]\n"
                             "    return s\n";

static jit_context *ctx;
static jit_module *mod;
static int64_t live0;

static void setup(void)
{
    ctx = jit_context_new(NULL);
    cr_assert_not_null(ctx);
    jit_error *err = NULL;
    mod = jit_module_load_string(ctx, "arrays.py", kernels, &err);
    if (!mod) {
        char *text = jit_error_render(err);
        cr_log_error("%s", text);
        jit_free(text);
        jit_error_free(err);
    }
    cr_assert_not_null(mod);
    live0 = rt_nrt_live();
}

static void teardown(void)
{
    jit_context_free(ctx);
}

TestSuite(arrays, .init = setup, .fini = teardown, .timeout = 120);

static jit_function *fn(const char *name)
{
    jit_function *f = jit_module_function(mod, name);
    cr_assert_not_null(f, "no function %s", name);
    return f;
}

/* What CPython + NumPy print for `expr` evaluated after `source` (with
 * @jit a no-op): repr(result) with arrays as repr(a.tolist()), as `pyjit run`
 * prints (tests/gen_expected.py format_result). Caller frees. */
static char *cpython_with(const char *source, const char *expr)
{
    if (access("/usr/bin/python3", X_OK) != 0)
        cr_skip_test("no /usr/bin/python3");
    char path[] = "/tmp/pyjit_arrays_XXXXXX";
    int fd = mkstemp(path);
    cr_assert(fd >= 0);
    FILE *f = fdopen(fd, "w");
    fputs("import sys\nsys.modules['pyjit'] = type(sys)('pyjit')\n"
          "sys.modules['pyjit'].jit = lambda f=None, **k: f if callable(f) else (lambda g: g)\n",
          f);
    fputs(source, f);
    fprintf(f,
            "def fmt(v):\n"
            "    if isinstance(v, tuple):\n"
            "        s = [fmt(x) for x in v]\n"
            "        return '(' + ', '.join(s) + (',' if len(s) == 1 else '') + ')'\n"
            "    if isinstance(v, np.ndarray):\n"
            "        return repr(v.tolist())\n"
            "    if isinstance(v, np.generic):\n"
            "        return repr(v.item())\n"
            "    return repr(v)\n"
            "try:\n"
            "    r = fmt(%s)\n"
            "except Exception as e:\n"
            "    r = type(e).__name__ + ': ' + str(e)\n"
            "print(r)\n",
            expr);
    fclose(f);
    char cmd[256];
    snprintf(cmd, sizeof cmd, "/usr/bin/python3 %s", path);
    FILE *p = popen(cmd, "r");
    cr_assert_not_null(p);
    size_t cap = 1 << 16, n = 0;
    char *out = calloc(1, cap);
    size_t k;
    while ((k = fread(out + n, 1, cap - 1 - n, p)) > 0)
        n += k;
    int rc = pclose(p);
    unlink(path);
    cr_assert_eq(rc, 0, "python failed on %s", expr);
    while (n > 0 && out[n - 1] == '\n')
        out[--n] = '\0';
    return out;
}

static char *type_colon_message(const char *type, const char *msg)
{
    size_t n = strlen(type) + strlen(msg) + 3;
    char *s = malloc(n);
    snprintf(s, n, *msg ? "%s: %s" : "%s%s", type, msg);
    return s;
}

static char *cpython(const char *expr)
{
    return cpython_with(kernels, expr);
}

static void expect_repr(const jit_value *v, const char *expr)
{
    char *want = cpython(expr);
    char *got = jit_value_repr(v);
    cr_expect_str_eq(got, want, "%s", expr);
    jit_free(got);
    free(want);
}

/* err is the Python exception `want` ("Type: message"); frees err. */
static void expect_error(jit_error *err, const char *want)
{
    cr_assert_not_null(err, "no error; expected %s", want);
    char *got = type_colon_message(jit_error_type(err), jit_error_message(err));
    cr_expect(jit_error_is_runtime(err));
    cr_expect_str_eq(got, want);
    free(got);
    jit_error_free(err);
}

static jit_value arr(jit_array *a)
{
    jit_value v;
    v.kind = JIT_ARRAY;
    v.v.array = a;
    return v;
}

/* Calls fn and fails the test with the rendered error if it raises. */
static jit_value call_ok(const char *name, const jit_value *args, size_t n)
{
    jit_value ret;
    jit_error *err = NULL;
    if (jit_call(fn(name), args, n, &ret, &err) != 0) {
        char *text = jit_error_render(err);
        cr_log_error("%s", text);
        jit_free(text);
        jit_error_free(err);
        cr_assert_fail("%s raised or did not compile", name);
    }
    return ret;
}

static const char *arg_type(const char *name, const jit_value *args, size_t n)
{
    jit_error *err = NULL;
    jit_compiled *c = jit_dispatch(fn(name), args, n, &err);
    cr_assert_not_null(c, "%s: %s", name, err ? jit_error_message(err) : "");
    return jit_type_name(jit_compiled_arg_type(c, 0));
}

/* ---- printing and layout selection (no compiled code) ---- */

Test(arrays, repr_is_tolist_repr)
{
    double f64[] = {0.1, 1e16, -0.0, 1.0 / 0.0, 2.5, 1e-7};
    jit_array a;
    jit_array_init(&a, f64, JIT_FLOAT64, 1, (int64_t[]){6});
    jit_value v = arr(&a);
    expect_repr(&v, "np.array([0.1, 1e16, -0.0, np.inf, 2.5, 1e-7])");
    float f32[] = {0.1f, 1.0f / 3.0f, -2.0f, 16777217.0f};
    jit_array_init(&a, f32, JIT_FLOAT32, 1, (int64_t[]){4});
    expect_repr(&v, "np.array([0.1, 1/3, -2.0, 16777217.0], dtype=np.float32)");
    int8_t i8[] = {-128, 127, -1, 0};
    jit_array_init(&a, i8, JIT_INT8, 2, (int64_t[]){2, 2});
    expect_repr(&v, "np.array([[-128, 127], [-1, 0]], dtype=np.int8)");
    uint64_t u64[] = {UINT64_MAX, 0, 1u << 31};
    jit_array_init(&a, u64, JIT_UINT64, 1, (int64_t[]){3});
    expect_repr(&v, "np.array([2**64 - 1, 0, 2**31], dtype=np.uint64)");
    int64_t i64[] = {INT64_MIN, INT64_MAX};
    jit_array_init(&a, i64, JIT_INT64, 1, (int64_t[]){2});
    expect_repr(&v, "np.array([-2**63, 2**63 - 1], dtype=np.int64)");
    bool b[] = {true, false, true};
    jit_array_init(&a, b, JIT_BOOL, 1, (int64_t[]){3});
    expect_repr(&v, "np.array([True, False, True])");
    uint8_t u8[] = {255, 0, 7};
    jit_array_init(&a, u8, JIT_UINT8, 3, (int64_t[]){1, 3, 1});
    expect_repr(&v, "np.array([255, 0, 7], dtype=np.uint8).reshape(1, 3, 1)");
    int16_t i16[] = {-300, 300};
    jit_array_init(&a, i16, JIT_INT16, 1, (int64_t[]){2});
    expect_repr(&v, "np.array([-300, 300], dtype=np.int16)");
    uint16_t u16[] = {65535};
    jit_array_init(&a, u16, JIT_UINT16, 1, (int64_t[]){1});
    expect_repr(&v, "np.array([65535], dtype=np.uint16)");
    int32_t i32[] = {0, 1, 2, 3, 4, 5};
    uint32_t u32[] = {4000000000u};
    jit_array_init(&a, u32, JIT_UINT32, 1, (int64_t[]){1});
    expect_repr(&v, "np.array([4000000000], dtype=np.uint32)");

    /* strided views: transposed, reversed, every other, broadcast (stride 0) */
    jit_array_init(&a, i32, JIT_INT32, 2, (int64_t[]){3, 2});
    a.strides[0] = 4, a.strides[1] = 12;
    expect_repr(&v, "np.arange(6, dtype=np.int32).reshape(2, 3).T");
    jit_array_init(&a, i32 + 5, JIT_INT32, 1, (int64_t[]){3});
    a.strides[0] = -8;
    expect_repr(&v, "np.arange(6, dtype=np.int32)[::-2]");
    jit_array_init(&a, i32 + 2, JIT_INT32, 2, (int64_t[]){2, 3});
    a.strides[0] = 0;
    expect_repr(&v, "np.broadcast_to(np.arange(2, 5, dtype=np.int32), (2, 3))");

    /* empty arrays */
    jit_array_init(&a, NULL, JIT_FLOAT64, 1, (int64_t[]){0});
    expect_repr(&v, "np.zeros(0)");
    jit_array_init(&a, NULL, JIT_FLOAT64, 2, (int64_t[]){2, 0});
    expect_repr(&v, "np.zeros((2, 0))");
    jit_array_init(&a, NULL, JIT_FLOAT64, 2, (int64_t[]){0, 3});
    expect_repr(&v, "np.zeros((0, 3))");

    /* inside a tuple */
    jit_array_init(&a, i32, JIT_INT32, 1, (int64_t[]){2});
    jit_value items[] = {arr(&a), jit_value_float(0.1)};
    jit_value t = {.kind = JIT_TUPLE, .v.tuple = {items, 2}};
    expect_repr(&t, "(np.arange(2, dtype=np.int32), 0.1)");
    jit_value one = {.kind = JIT_TUPLE, .v.tuple = {items, 1}};
    expect_repr(&one, "(np.arange(2, dtype=np.int32),)");

    /* malformed: no crash */
    jit_array bad = a;
    bad.ndim = 0;
    v = arr(&bad);
    char *text = jit_value_repr(&v);
    cr_expect_str_eq(text, "<invalid array>");
    jit_free(text);
}

Test(arrays, dispatcher_picks_the_layout)
{
    double d[12] = {0};
    jit_array a;
    jit_value v = arr(&a);
    jit_array_init(&a, d, JIT_FLOAT64, 2, (int64_t[]){3, 4});
    cr_expect_str_eq(jit_type_name(jit_value_type(ctx, &v)), "array(float64, 2d, C)");
    cr_expect_eq(jit_value_type(ctx, &v), jit_type_array(ctx, JIT_FLOAT64, 2, 'C'));
    a.strides[0] = 8, a.strides[1] = 24; /* transposed */
    a.shape[0] = 4, a.shape[1] = 3;
    cr_expect_str_eq(jit_type_name(jit_value_type(ctx, &v)), "array(float64, 2d, A)");
    jit_array_init(&a, d + 11, JIT_FLOAT64, 1, (int64_t[]){12});
    a.strides[0] = -8;
    cr_expect_eq(jit_value_type(ctx, &v), jit_type_array(ctx, JIT_FLOAT64, 1, 'A'));
    a.strides[0] = 0;
    cr_expect_eq(jit_value_type(ctx, &v), jit_type_array(ctx, JIT_FLOAT64, 1, 'A'));
    /* NumPy's rule: dimensions of length 1 (any stride) and empty arrays are
     * still C-contiguous. */
    jit_array_init(&a, d, JIT_FLOAT64, 3, (int64_t[]){3, 1, 4});
    a.strides[1] = 12345;
    cr_expect_eq(jit_value_type(ctx, &v), jit_type_array(ctx, JIT_FLOAT64, 3, 'C'));
    jit_array_init(&a, d, JIT_UINT8, 2, (int64_t[]){0, 4});
    a.strides[1] = 7;
    cr_expect_eq(jit_value_type(ctx, &v), jit_type_array(ctx, JIT_UINT8, 2, 'C'));
    /* invalid arrays are rejected, not guessed */
    jit_array_init(&a, d, JIT_FLOAT64, 1, (int64_t[]){-1});
    cr_expect_null(jit_value_type(ctx, &v));
    jit_array_init(&a, d, JIT_NONE, 1, (int64_t[]){1});
    cr_expect_null(jit_value_type(ctx, &v));
    jit_error *err = NULL;
    jit_value ret;
    cr_expect_eq(jit_call(fn("total"), &v, 1, &ret, &err), -1);
    cr_expect_str_eq(jit_error_type(err), "InvalidArgument");
    jit_error_free(err);
    /* array types by name, as --sig spells them */
    cr_expect_eq(jit_type_parse(ctx, "float64[:, ::1]", NULL),
                 jit_type_array(ctx, JIT_FLOAT64, 2, 'C'));
    cr_expect_eq(jit_type_parse(ctx, "int32[:]", NULL), jit_type_array(ctx, JIT_INT32, 1, 'A'));
    cr_expect_eq(jit_type_parse(ctx, "uint8[::1]", NULL), jit_type_array(ctx, JIT_UINT8, 1, 'C'));
    cr_expect_null(jit_type_array(ctx, JIT_TUPLE, 1, 'C'));
    cr_expect_null(jit_type_array(ctx, JIT_FLOAT64, 0, 'C'));
    cr_expect_null(jit_type_array(ctx, JIT_FLOAT64, 1, 'F'));
    cr_expect_eq(jit_kind_size(JIT_UINT16), 2);
    cr_expect_eq(jit_kind_size(JIT_TUPLE), 0);
}

/* ---- host memory through jit_call ---- */

Test(arrays, host_memory_through_jit_call)
{
    double d[12];
    for (int i = 0; i < 12; i++)
        d[i] = i * 0.5 + 0.25;
    jit_array a;
    jit_value v = arr(&a);

    jit_array_init(&a, d, JIT_FLOAT64, 1, (int64_t[]){12});
    cr_expect_str_eq(arg_type("total", &v, 1), "array(float64, 1d, C)");
    jit_value r = call_ok("total", &v, 1);
    expect_repr(&r, "total(np.arange(12) * 0.5 + 0.25)");

    a.shape[0] = 6, a.strides[0] = 16; /* every other element */
    cr_expect_str_eq(arg_type("total", &v, 1), "array(float64, 1d, A)");
    r = call_ok("total", &v, 1);
    expect_repr(&r, "total((np.arange(12) * 0.5 + 0.25)[::2])");

    a.data = d + 11, a.shape[0] = 4, a.strides[0] = -24; /* negative stride */
    r = call_ok("total", &v, 1);
    expect_repr(&r, "total((np.arange(12) * 0.5 + 0.25)[::-3])");

    a.data = d + 3, a.shape[0] = 5, a.strides[0] = 0; /* zero stride */
    r = call_ok("total", &v, 1);
    expect_repr(&r, "total(np.broadcast_to(1.75, (5,)))");

    jit_array_init(&a, d, JIT_FLOAT64, 2, (int64_t[]){3, 4});
    r = call_ok("weighted2", &v, 1);
    expect_repr(&r, "weighted2((np.arange(12) * 0.5 + 0.25).reshape(3, 4))");
    a.shape[0] = 4, a.shape[1] = 3, a.strides[0] = 8, a.strides[1] = 32; /* transposed */
    cr_expect_str_eq(arg_type("weighted2", &v, 1), "array(float64, 2d, A)");
    r = call_ok("weighted2", &v, 1);
    expect_repr(&r, "weighted2((np.arange(12) * 0.5 + 0.25).reshape(3, 4).T)");

    /* an array passed on to a jitted callee */
    jit_array_init(&a, d, JIT_FLOAT64, 1, (int64_t[]){12});
    r = call_ok("call_total", &v, 1);
    expect_repr(&r, "call_total(np.arange(12) * 0.5 + 0.25)");

    /* writes land in host memory, in place, through a strided view */
    int32_t x[6] = {1, 2, 3, 4, 5, 6};
    jit_array_init(&a, x + 5, JIT_INT32, 1, (int64_t[]){3});
    a.strides[0] = -8;
    jit_value args[] = {v, {.kind = JIT_INT32, .v.i = 10}};
    r = call_ok("scale", args, 2);
    cr_expect_eq(r.kind, JIT_NONE);
    jit_array all;
    jit_array_init(&all, x, JIT_INT32, 1, (int64_t[]){6});
    jit_value allv = arr(&all);
    expect_repr(&allv, "(lambda x: (scale(x[::-2], np.int32(10)), x)[1])"
                       "(np.arange(1, 7, dtype=np.int32))");
    /* a tuple argument holding an array (and an empty array without data) */
    jit_array_init(&a, d, JIT_FLOAT64, 1, (int64_t[]){12});
    jit_value items[] = {v, jit_value_int(3)};
    jit_value t = {.kind = JIT_TUPLE, .v.tuple = {items, 2}};
    r = call_ok("tsum", &t, 1);
    expect_repr(&r, "tsum((np.arange(12) * 0.5 + 0.25, 3))");
    jit_array_init(&a, NULL, JIT_FLOAT64, 1, (int64_t[]){0});
    r = call_ok("tsum", &t, 1);
    expect_repr(&r, "tsum((np.zeros(0), 3))");
    cr_expect_eq(rt_nrt_live(), live0, "host arrays never allocate");
}

Test(arrays, returned_arrays_belong_to_the_caller)
{
    jit_value n = jit_value_int(7);
    jit_value r = call_ok("squares", &n, 1);
    cr_assert_eq(r.kind, JIT_ARRAY);
    cr_expect_eq(r.v.array->dtype, JIT_INT64);
    cr_expect_eq(r.v.array->ndim, 1);
    cr_expect_eq(r.v.array->shape[0], 7);
    cr_expect_eq(r.v.array->strides[0], 8);
    cr_expect_not_null(r.v.array->owner);
    cr_expect_eq(rt_nrt_live(), live0 + 1);
    expect_repr(&r, "squares(7)");
    jit_value_clear(&r);
    cr_expect_eq(r.kind, JIT_NONE);
    cr_expect_eq(rt_nrt_live(), live0);

    jit_value nm[] = {jit_value_int(3), jit_value_int(4)};
    r = call_ok("grid", nm, 2);
    cr_assert_eq(r.kind, JIT_ARRAY);
    cr_expect_eq(r.v.array->dtype, JIT_INT32);
    cr_expect_eq(r.v.array->strides[0], 16);
    expect_repr(&r, "grid(3, 4)");
    /* the caller may keep the array and drop the value wrapper itself */
    jit_array keep = *r.v.array;
    free(r.v.array);
    cr_expect_eq(((int32_t *)keep.data)[11], 11);
    jit_array_release(&keep);
    jit_array_release(&keep); /* twice is safe */
    cr_expect_eq(rt_nrt_live(), live0);

    /* empty result */
    n = jit_value_int(0);
    r = call_ok("squares", &n, 1);
    expect_repr(&r, "squares(0)");
    jit_value_clear(&r);

    /* a view of host memory comes back without an owner */
    int64_t h[4] = {1, 2, 3, 4};
    jit_array a;
    jit_array_init(&a, h, JIT_INT64, 1, (int64_t[]){4});
    jit_value v = arr(&a);
    r = call_ok("rev", &v, 1);
    cr_assert_eq(r.kind, JIT_ARRAY);
    cr_expect_null(r.v.array->owner);
    cr_expect_eq(r.v.array->data, (void *)(h + 3));
    cr_expect_eq(r.v.array->strides[0], -8);
    expect_repr(&r, "rev(np.array([1, 2, 3, 4]))");
    jit_value_clear(&r);

    /* a tuple holding arrays */
    jit_value args[] = {v, jit_value_int(5)};
    r = call_ok("pair", args, 2);
    cr_assert_eq(r.kind, JIT_TUPLE);
    cr_assert_eq(r.v.tuple.n, 3);
    cr_expect_eq(r.v.tuple.items[0].kind, JIT_ARRAY);
    cr_expect_not_null(r.v.tuple.items[0].v.array->owner);
    cr_expect_null(r.v.tuple.items[2].v.array->owner);
    expect_repr(&r, "pair(np.array([1, 2, 3, 4]), 5)");
    cr_expect_eq(rt_nrt_live(), live0 + 1);
    jit_value_clear(&r);
    cr_expect_eq(rt_nrt_live(), live0);
}

Test(arrays, raising_halfway_frees_its_arrays)
{
    double d[3] = {1, 2, 3};
    jit_array a;
    jit_array_init(&a, d, JIT_FLOAT64, 1, (int64_t[]){3});
    jit_value args[] = {arr(&a), jit_value_int(4)};
    jit_value ret;
    jit_error *err = NULL;
    char *want = cpython("fail_half(np.array([1.0, 2.0, 3.0]), 4)");
    for (int k = 0; k < 3; k++) {
        cr_assert_eq(jit_call(fn("fail_half"), args, 2, &ret, &err), -1);
        expect_error(err, want);
        err = NULL;
        cr_expect_eq(ret.kind, JIT_NONE);
        cr_expect_eq(rt_nrt_live(), live0, "temporaries freed on the exception path");
    }
    free(want);
    /* negative size: ValueError, no allocation left */
    args[1] = jit_value_int(-1);
    cr_assert_eq(jit_call(fn("zeros"), &args[1], 1, &ret, &err), -1);
    want = cpython("zeros(-1)");
    expect_error(err, want);
    err = NULL;
    free(want);
    cr_expect_eq(rt_nrt_live(), live0);
}

/* ---- typed function pointers (the natural C ABI) ---- */

typedef struct {
    jit_array copy;
    int64_t n;
    jit_array reversed;
} PairResult;

Test(arrays, typed_function_pointers)
{
    jit_error *err = NULL;
    const jit_type *c1[] = {jit_type_array(ctx, JIT_FLOAT64, 1, 'C')};
    const jit_type *a1[] = {jit_type_array(ctx, JIT_FLOAT64, 1, 'A')};
    jit_compiled *tc = jit_compile(fn("total"), c1, 1, &err);
    jit_compiled *ta = jit_compile(fn("total"), a1, 1, &err);
    cr_assert(tc && ta, "%s", err ? jit_error_message(err) : "");
    double (*total_c)(const jit_array *) = (double (*)(const jit_array *))jit_compiled_address(tc);
    double (*total_a)(const jit_array *) = (double (*)(const jit_array *))jit_compiled_address(ta);
    double d[8];
    for (int i = 0; i < 8; i++)
        d[i] = i * i * 0.125;
    jit_array a;
    jit_array_init(&a, d, JIT_FLOAT64, 1, (int64_t[]){8});
    jit_value r = jit_value_float(total_c(&a));
    cr_expect_null(jit_take_error());
    expect_repr(&r, "total(np.arange(8) ** 2 * 0.125)");
    a.data = d + 7, a.strides[0] = -16, a.shape[0] = 4;
    r = jit_value_float(total_a(&a));
    expect_repr(&r, "total((np.arange(8) ** 2 * 0.125)[::-2])");

    /* array result through the out-pointer */
    const jit_type *i64[] = {jit_type_int64()};
    jit_compiled *sq = jit_compile(fn("squares"), i64, 1, &err);
    jit_compiled *zc = jit_compile(fn("zeros"), i64, 1, &err);
    cr_assert_not_null(zc);
    void (*zeros)(jit_array *, int64_t) = (void (*)(jit_array *, int64_t))jit_compiled_address(zc);
    cr_assert_not_null(sq);
    cr_expect_str_eq(jit_type_name(jit_compiled_return_type(sq)), "array(int64, 1d, C)");
    void (*squares)(jit_array *, int64_t) =
        (void (*)(jit_array *, int64_t))jit_compiled_address(sq);
    jit_array out;
    memset(&out, 0xAB, sizeof out);
    squares(&out, 5);
    cr_assert_null(jit_take_error());
    cr_expect_eq(out.ndim, 1);
    cr_expect_eq(out.dtype, JIT_INT64);
    jit_value rv = arr(&out);
    expect_repr(&rv, "squares(5)");
    cr_expect_eq(rt_nrt_live(), live0 + 1);
    jit_array_release(&out);
    cr_expect_eq(rt_nrt_live(), live0);

    /* exception: the out struct stays zeroed, nothing allocated */
    zeros(&out, -3);
    char *want = cpython("zeros(-3)");
    expect_error(jit_take_error(), want);
    free(want);
    cr_expect_null(out.data);
    cr_expect_null(out.owner);
    cr_expect_eq(rt_nrt_live(), live0);

    /* tuple result with arrays inline */
    const jit_type *pt[] = {jit_type_array(ctx, JIT_INT64, 1, 'C'), jit_type_int64()};
    jit_compiled *pc = jit_compile(fn("pair"), pt, 2, &err);
    cr_assert_not_null(pc, "%s", err ? jit_error_message(err) : "");
    void (*pair)(PairResult *, const jit_array *, int64_t) =
        (void (*)(PairResult *, const jit_array *, int64_t))jit_compiled_address(pc);
    int64_t h[3] = {7, 8, 9};
    jit_array_init(&a, h, JIT_INT64, 1, (int64_t[]){3});
    PairResult pr;
    pair(&pr, &a, 42);
    cr_assert_null(jit_take_error());
    cr_expect_eq(pr.n, 42);
    cr_expect_neq(pr.copy.data, (void *)h);
    cr_expect_eq(((int64_t *)pr.copy.data)[2], 9);
    cr_expect_eq(pr.reversed.data, (void *)(h + 2));
    cr_expect_eq(pr.reversed.strides[0], -8);
    jit_array_release(&pr.copy);
    jit_array_release(&pr.reversed);
    cr_expect_eq(rt_nrt_live(), live0);

    /* tuple argument: a pointer to the C struct, array inline */
    const jit_type *it[] = {jit_type_array(ctx, JIT_FLOAT64, 1, 'C'), jit_type_int64()};
    const jit_type *tt[] = {jit_type_tuple(ctx, it, 2)};
    jit_compiled *tc2 = jit_compile(fn("tsum"), tt, 1, &err);
    cr_assert_not_null(tc2, "%s", err ? jit_error_message(err) : "");
    struct {
        jit_array a;
        int64_t k;
    } targ;
    double e[3] = {0.5, 0.25, 0.125};
    jit_array_init(&targ.a, e, JIT_FLOAT64, 1, (int64_t[]){3});
    targ.k = 4;
    double (*tsum)(const void *) = (double (*)(const void *))jit_compiled_address(tc2);
    r = jit_value_float(tsum(&targ));
    cr_expect_null(jit_take_error());
    expect_repr(&r, "tsum((np.array([0.5, 0.25, 0.125]), 4))");
}

/* ---- eager signatures with array types ---- */

Test(arrays, eager_array_signatures)
{
    const char *src = "import numpy as np\n"
                      "from pyjit import jit\n"
                      "\n"
                      "@jit(\"float64[:](int64)\")\n"
                      "def ones(n):\n"
                      "    return np.ones(n)\n"
                      "\n"
                      "@jit(\"float64(float64[:])\")\n"
                      "def esum(a):\n"
                      "    s = 0.0\n"
                      "    for x in a:\n"
                      "        s += x\n"
                      "    return s\n";
    jit_error *err = NULL;
    jit_module *m = jit_module_load_string(ctx, "eager.py", src, &err);
    if (!m) {
        char *text = jit_error_render(err);
        cr_log_error("%s", text);
        jit_free(text);
        jit_error_free(err);
    }
    cr_assert_not_null(m);
    /* a C-contiguous host array goes to the declared A signature */
    double d[5] = {0.5, 1.5, 2.5, 3.5, 4.5};
    jit_array a;
    jit_array_init(&a, d, JIT_FLOAT64, 1, (int64_t[]){5});
    jit_value v = arr(&a), r;
    cr_assert_eq(jit_call(jit_module_function(m, "esum"), &v, 1, &r, &err), 0);
    char *want = cpython_with(src, "esum(np.array([0.5, 1.5, 2.5, 3.5, 4.5]))");
    char *got = jit_value_repr(&r);
    cr_expect_str_eq(got, want);
    jit_free(got);
    free(want);
    /* the declared return type (layout A) wraps the inferred C result: the
     * array's reference reaches the caller exactly once */
    jit_function *ones = jit_module_function(m, "ones");
    jit_value n = jit_value_int(3);
    cr_assert_eq(jit_call(ones, &n, 1, &r, &err), 0);
    cr_assert_eq(r.kind, JIT_ARRAY);
    cr_expect_not_null(r.v.array->owner);
    cr_expect_eq(rt_nrt_live(), live0 + 1);
    want = cpython_with(src, "ones(3)");
    got = jit_value_repr(&r);
    cr_expect_str_eq(got, want);
    jit_free(got);
    free(want);
    jit_value_clear(&r);
    cr_expect_eq(rt_nrt_live(), live0);
    const jit_type *i64[] = {jit_type_int64()};
    jit_compiled *c = jit_compile(ones, i64, 1, &err);
    cr_assert_not_null(c);
    cr_expect_str_eq(jit_type_name(jit_compiled_return_type(c)), "array(float64, 1d, A)");
    void (*f)(jit_array *, int64_t) = (void (*)(jit_array *, int64_t))jit_compiled_address(c);
    jit_array out;
    f(&out, 4);
    cr_assert_null(jit_take_error());
    cr_expect_eq(out.shape[0], 4);
    cr_expect_eq(((double *)out.data)[3], 1.0);
    cr_expect_eq(rt_nrt_live(), live0 + 1);
    jit_array_release(&out);
    cr_expect_eq(rt_nrt_live(), live0);
}

/* ---- memory stays flat ---- */

static long peak_rss_kb(void)
{
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    return ru.ru_maxrss;
}

Test(arrays, allocating_loop_keeps_rss_flat)
{
    /* ASan's quarantine and valgrind's freed-block queue hold on to freed
     * memory on purpose: RSS means nothing there (their leak checks run). */
#if defined(__SANITIZE_ADDRESS__)
    cr_skip_test("RSS is not meaningful under AddressSanitizer");
#endif
    const char *pre = getenv("LD_PRELOAD");
    if (pre && strstr(pre, "vgpreload"))
        cr_skip_test("RSS is not meaningful under valgrind");
    jit_value n = jit_value_int(1000);
    jit_value r = call_ok("churn", &n, 1); /* compiles; warms up */
    long before = peak_rss_kb();
    n = jit_value_int(1000000);
    r = call_ok("churn", &n, 1);
    long after = peak_rss_kb();
    expect_repr(&r, "churn(1000000)");
    cr_expect_lt(after - before, 50 * 1024, "peak RSS grew by %ld kB over 1,000,000 allocations",
                 after - before);
    cr_expect_eq(rt_nrt_live(), live0);
    cr_log_info("peak RSS growth over 1,000,000 allocating iterations: %ld kB", after - before);
}
