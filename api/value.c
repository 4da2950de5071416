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

const jit_type *jit_value_type(jit_context *ctx, const jit_value *v)
{
    if (!v)
        return NULL;
    if (v->kind != JIT_TUPLE)
        return value_type(ctx, v, 0);
    if (!ctx)
        return NULL;
    pthread_mutex_lock(&ctx->compile_lock);
    const Type *t = value_type(ctx, v, 0);
    pthread_mutex_unlock(&ctx->compile_lock);
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
    }
    *v = jit_value_none();
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
