/* api/value.c — jit_value helpers (type of a value, CPython repr, clearing)
 * and the public type constructors / jit_type_parse. */
#include "internal.h"

#include <inttypes.h>
#include <stdlib.h>
#include <string.h>

const jit_type *jit_type_bool(void)
{
    return ti_scalar(TY_BOOL);
}
const jit_type *jit_type_int8(void)
{
    return ti_scalar(TY_INT8);
}
const jit_type *jit_type_int16(void)
{
    return ti_scalar(TY_INT16);
}
const jit_type *jit_type_int32(void)
{
    return ti_scalar(TY_INT32);
}
const jit_type *jit_type_int64(void)
{
    return ti_scalar(TY_INT64);
}
const jit_type *jit_type_uint8(void)
{
    return ti_scalar(TY_UINT8);
}
const jit_type *jit_type_uint16(void)
{
    return ti_scalar(TY_UINT16);
}
const jit_type *jit_type_uint32(void)
{
    return ti_scalar(TY_UINT32);
}
const jit_type *jit_type_uint64(void)
{
    return ti_scalar(TY_UINT64);
}
const jit_type *jit_type_float32(void)
{
    return ti_scalar(TY_FLOAT32);
}
const jit_type *jit_type_float64(void)
{
    return ti_scalar(TY_FLOAT64);
}
const jit_type *jit_type_none(void)
{
    return ti_scalar(TY_NONE);
}

const char *jit_type_name(const jit_type *t)
{
    return t ? t->name : NULL;
}

static const TypeKind kind_types[] = {
    [JIT_BOOL] = TY_BOOL,       [JIT_INT8] = TY_INT8,       [JIT_INT16] = TY_INT16,
    [JIT_INT32] = TY_INT32,     [JIT_INT64] = TY_INT64,     [JIT_UINT8] = TY_UINT8,
    [JIT_UINT16] = TY_UINT16,   [JIT_UINT32] = TY_UINT32,   [JIT_UINT64] = TY_UINT64,
    [JIT_FLOAT32] = TY_FLOAT32, [JIT_FLOAT64] = TY_FLOAT64,
};

static bool is_dtype(jit_kind k)
{
    return k >= JIT_BOOL && k <= JIT_FLOAT64;
}

size_t jit_kind_size(jit_kind k)
{
    static const size_t sizes[] = {
        [JIT_BOOL] = 1,   [JIT_INT8] = 1,    [JIT_INT16] = 2,  [JIT_INT32] = 4,
        [JIT_INT64] = 8,  [JIT_UINT8] = 1,   [JIT_UINT16] = 2, [JIT_UINT32] = 4,
        [JIT_UINT64] = 8, [JIT_FLOAT32] = 4, [JIT_FLOAT64] = 8};
    return is_dtype(k) ? sizes[k] : 0;
}

const jit_type *jit_type_array(jit_context *ctx, jit_kind dtype, int ndim, char layout)
{
    if (!ctx || !is_dtype(dtype) || ndim < 1 || ndim > JIT_MAX_NDIM ||
        (layout != 'C' && layout != 'A'))
        return NULL;
    pthread_mutex_lock(&ctx->compile_lock);
    const Type *t = ti_array(ctx->types, ti_scalar(kind_types[dtype]), ndim, layout);
    pthread_mutex_unlock(&ctx->compile_lock);
    return t;
}

void jit_array_init(jit_array *a, void *data, jit_kind dtype, int ndim, const int64_t *shape)
{
    if (!a)
        return;
    memset(a, 0, sizeof *a);
    a->data = data;
    a->dtype = dtype;
    a->ndim = ndim < 0 ? 0 : ndim > JIT_MAX_NDIM ? JIT_MAX_NDIM : ndim;
    int64_t stride = (int64_t)jit_kind_size(dtype);
    for (int i = a->ndim - 1; i >= 0; i--) {
        a->shape[i] = shape ? shape[i] : 0;
        a->strides[i] = stride;
        stride *= a->shape[i];
    }
}

void jit_array_release(jit_array *a)
{
    if (!a)
        return;
    rt_nrt_decref(a->owner);
    memset(a, 0, sizeof *a);
}

/* 'C' when the strides are those of a C-contiguous array, else 'A'.
 * NumPy's rule: a dimension of length 1 may have any stride, and an empty
 * array is contiguous. */
static char array_layout(const jit_array *a)
{
    for (int i = 0; i < a->ndim; i++)
        if (a->shape[i] == 0)
            return 'C';
    int64_t stride = (int64_t)jit_kind_size(a->dtype);
    for (int i = a->ndim - 1; i >= 0; i--) {
        if (a->shape[i] != 1 && a->strides[i] != stride)
            return 'A';
        stride *= a->shape[i];
    }
    return 'C';
}

static bool valid_array(const jit_array *a)
{
    if (!a || !is_dtype(a->dtype) || a->ndim < 1 || a->ndim > JIT_MAX_NDIM)
        return false;
    bool empty = false;
    for (int i = 0; i < a->ndim; i++) {
        if (a->shape[i] < 0)
            return false;
        empty |= a->shape[i] == 0;
    }
    return a->data || empty; /* elements need memory */
}

const jit_type *jit_type_tuple(jit_context *ctx, const jit_type *const *items, size_t n)
{
    if (!ctx || (n > 0 && !items) || n > 1024)
        return NULL;
    for (size_t i = 0; i < n; i++)
        if (!items[i])
            return NULL;
    pthread_mutex_lock(&ctx->compile_lock);
    const Type *t = ti_tuple(ctx->types, (int)n, items);
    pthread_mutex_unlock(&ctx->compile_lock);
    return t;
}

const jit_type *jit_type_parse(jit_context *ctx, const char *text, jit_error **err)
{
    if (!ctx || !text) {
        jit__invalid(err, "jit_type_parse: %s is NULL", !ctx ? "ctx" : "text");
        return NULL;
    }
    const Type *t = NULL;
    char *msg = NULL;
    int col = 0, nargs = 0;
    pthread_mutex_lock(&ctx->compile_lock);
    bool ok = ti_parse_signature(ctx->types, text, &t, NULL, &nargs, &msg, &col);
    pthread_mutex_unlock(&ctx->compile_lock);
    if (!ok || !t) {
        jit__set_error(err, jit__error_new("TypingError", NULL, 0, col,
                                           "invalid type \"%s\": %s (at column %d)", text,
                                           msg ? msg : "syntax error", col));
        free(msg);
        return NULL;
    }
    return t;
}

static const Type *value_type(jit_context *ctx, const jit_value *v, int depth)
{
    switch (v->kind) {
    case JIT_NONE:
        return ti_scalar(TY_NONE);
    case JIT_BOOL:
        return ti_scalar(TY_BOOL);
    case JIT_INT8:
        return ti_scalar(TY_INT8);
    case JIT_INT16:
        return ti_scalar(TY_INT16);
    case JIT_INT32:
        return ti_scalar(TY_INT32);
    case JIT_INT64:
        return ti_scalar(TY_INT64);
    case JIT_UINT8:
        return ti_scalar(TY_UINT8);
    case JIT_UINT16:
        return ti_scalar(TY_UINT16);
    case JIT_UINT32:
        return ti_scalar(TY_UINT32);
    case JIT_UINT64:
        return ti_scalar(TY_UINT64);
    case JIT_FLOAT32:
        return ti_scalar(TY_FLOAT32);
    case JIT_FLOAT64:
        return ti_scalar(TY_FLOAT64);
    case JIT_ARRAY:
        if (!ctx || !valid_array(v->v.array))
            return NULL;
        return ti_array(ctx->types, ti_scalar(kind_types[v->v.array->dtype]), v->v.array->ndim,
                        array_layout(v->v.array));
    case JIT_TUPLE: {
        size_t n = v->v.tuple.n;
        if (!ctx || depth > 32 || n > 1024 || (n > 0 && !v->v.tuple.items))
            return NULL;
        const Type *small[16];
        const Type **items = n <= 16 ? small : sup_calloc(n, sizeof *items);
        const Type *t = NULL;
        size_t i = 0;
        for (; i < n; i++)
            if (!(items[i] = value_type(ctx, &v->v.tuple.items[i], depth + 1)))
                break;
        if (i == n)
            t = ti_tuple(ctx->types, (int)n, items);
        if (items != small)
            free(items);
        return t;
    }
    }
    return NULL;
}

/* Appends the structure of v (kinds, tuple lengths) to a key; false if too
 * big or malformed. */
static bool shape_key(const jit_value *v, unsigned char *key, size_t *n, size_t cap, int depth)
{
    if (*n + 5 > cap || depth > 32)
        return false;
    key[(*n)++] = (unsigned char)v->kind;
    if (v->kind == JIT_ARRAY) {
        if (!valid_array(v->v.array))
            return false;
        key[(*n)++] = (unsigned char)v->v.array->dtype;
        key[(*n)++] = (unsigned char)v->v.array->ndim;
        key[(*n)++] = (unsigned char)array_layout(v->v.array);
        return true;
    }
    if (v->kind != JIT_TUPLE)
        return (unsigned)v->kind <= JIT_TUPLE;
    size_t len = v->v.tuple.n;
    if (len > 1024 || (len > 0 && !v->v.tuple.items))
        return false;
    memcpy(key + *n, &(uint32_t){(uint32_t)len}, 4);
    *n += 4;
    for (size_t i = 0; i < len; i++)
        if (!shape_key(&v->v.tuple.items[i], key, n, cap, depth + 1))
            return false;
    return true;
}

const jit_type *jit_value_type(jit_context *ctx, const jit_value *v)
{
    if (!v)
        return NULL;
    if (v->kind != JIT_TUPLE && v->kind != JIT_ARRAY)
        return value_type(ctx, v, 0);
    if (!ctx)
        return NULL;
    /* Tuple and array types are remembered by shape, so a call with a tuple argument
     * does not wait for the compile lock (held during other compiles). */
    unsigned char key[512];
    size_t n = 0;
    bool keyed = shape_key(v, key, &n, sizeof key, 0);
    if (keyed) {
        pthread_mutex_lock(&ctx->cache_lock);
        const Type *t = map_get_bytes(&ctx->value_types, key, n);
        pthread_mutex_unlock(&ctx->cache_lock);
        if (t)
            return t;
    }
    pthread_mutex_lock(&ctx->compile_lock);
    const Type *t = value_type(ctx, v, 0);
    pthread_mutex_unlock(&ctx->compile_lock);
    if (t && keyed) {
        pthread_mutex_lock(&ctx->cache_lock);
        map_put_bytes(&ctx->value_types, key, n, (void *)t);
        pthread_mutex_unlock(&ctx->cache_lock);
    }
    return t;
}

void jit_value_clear(jit_value *v)
{
    if (!v)
        return;
    if (v->kind == JIT_TUPLE) {
        for (size_t i = 0; i < v->v.tuple.n; i++)
            jit_value_clear(&v->v.tuple.items[i]);
        free(v->v.tuple.items);
    } else if (v->kind == JIT_ARRAY) {
        jit_array_release(v->v.array);
        free(v->v.array);
    }
    *v = jit_value_none();
}

/* One element as Python prints the item of a.tolist(): bools, ints, and
 * Python floats (a float32 element widened: 0.10000000149011612). */
static void element_repr(StrBuf *sb, jit_kind dtype, const char *p)
{
    char buf[64];
    switch (dtype) {
    case JIT_BOOL:
        sb_puts(sb, *(const uint8_t *)p ? "True" : "False");
        break;
    case JIT_INT8:
        sb_printf(sb, "%d", *(const int8_t *)p);
        break;
    case JIT_INT16:
        sb_printf(sb, "%d", *(const int16_t *)p);
        break;
    case JIT_INT32:
        sb_printf(sb, "%" PRId32, *(const int32_t *)p);
        break;
    case JIT_INT64:
        sb_printf(sb, "%" PRId64, *(const int64_t *)p);
        break;
    case JIT_UINT8:
        sb_printf(sb, "%u", *(const uint8_t *)p);
        break;
    case JIT_UINT16:
        sb_printf(sb, "%u", *(const uint16_t *)p);
        break;
    case JIT_UINT32:
        sb_printf(sb, "%" PRIu32, *(const uint32_t *)p);
        break;
    case JIT_UINT64:
        sb_printf(sb, "%" PRIu64, *(const uint64_t *)p);
        break;
    case JIT_FLOAT32:
        rt_format_float((double)*(const float *)p, buf, sizeof buf);
        sb_puts(sb, buf);
        break;
    case JIT_FLOAT64:
        rt_format_float(*(const double *)p, buf, sizeof buf);
        sb_puts(sb, buf);
        break;
    default:
        break;
    }
}

/* repr(a.tolist()) of dimension d onwards, starting at p. */
static void array_repr(StrBuf *sb, const jit_array *a, int d, const char *p)
{
    sb_putc(sb, '[');
    for (int64_t i = 0; i < a->shape[d]; i++) {
        if (i)
            sb_puts(sb, ", ");
        const char *q = p + i * a->strides[d];
        if (d + 1 < a->ndim)
            array_repr(sb, a, d + 1, q);
        else
            element_repr(sb, a->dtype, q);
    }
    sb_putc(sb, ']');
}

static void repr(StrBuf *sb, const jit_value *v)
{
    char buf[64];
    switch (v->kind) {
    case JIT_NONE:
        sb_puts(sb, "None");
        break;
    case JIT_BOOL:
        sb_puts(sb, v->v.b ? "True" : "False");
        break;
    case JIT_INT8:
    case JIT_INT16:
    case JIT_INT32:
    case JIT_INT64:
        sb_printf(sb, "%" PRId64, v->v.i);
        break;
    case JIT_UINT8:
    case JIT_UINT16:
    case JIT_UINT32:
    case JIT_UINT64:
        sb_printf(sb, "%" PRIu64, v->v.u);
        break;
    case JIT_FLOAT32:
        rt_format_float32((float)v->v.f, buf, sizeof buf);
        sb_puts(sb, buf);
        break;
    case JIT_FLOAT64:
        rt_format_float(v->v.f, buf, sizeof buf);
        sb_puts(sb, buf);
        break;
    case JIT_TUPLE:
        sb_putc(sb, '(');
        for (size_t i = 0; i < v->v.tuple.n; i++) {
            if (i)
                sb_puts(sb, ", ");
            repr(sb, &v->v.tuple.items[i]);
        }
        if (v->v.tuple.n == 1)
            sb_putc(sb, ',');
        sb_putc(sb, ')');
        break;
    case JIT_ARRAY:
        if (!valid_array(v->v.array)) {
            sb_puts(sb, "<invalid array>");
            break;
        }
        array_repr(sb, v->v.array, 0, (const char *)v->v.array->data);
        break;
    default:
        sb_puts(sb, "<invalid jit_value>");
        break;
    }
}

char *jit_value_repr(const jit_value *v)
{
    if (!v)
        return NULL;
    StrBuf sb = {0};
    sb_puts(&sb, "");
    repr(&sb, v);
    return sb_take(&sb);
}
