/* typeinfer/types.c — interned (hash-consed) types, unification, builtin table.
 * Input: type constructors' arguments → one canonical Type per distinct type,
 * so pointer equality is type equality. Scalars and range are process-wide
 * immutable statics; composite types live in a TiTypes table. */
#include "internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct TiTypes {
    Arena arena;
    Map map;        /* key bytes -> Type* */
    Interner names; /* exception class names, module names */
};

/* ---- statics ---- */

static const Type scalar_types[] = {
#define X(e, s) [e] = {.kind = e, .name = s},
#include "types.def"
#undef X
};

static const Type range_type = {.kind = TY_RANGE, .name = "range"};

const Type *ti_scalar(TypeKind k)
{
    if (k < TY_BOOL || k > TY_NONE)
        return NULL;
    return &scalar_types[k];
}

const Type *ti_range(void)
{
    return &range_type;
}

const TiBuiltinInfo ti_builtin_info[BI__COUNT] = {
#define X(id, mod, name, libm) [id] = {mod, name, libm},
#include "builtins.def"
#undef X
};

/* ---- the table ---- */

TiTypes *ti_types_new(void)
{
    TiTypes *tt = sup_calloc(1, sizeof *tt);
    arena_init(&tt->arena);
    interner_init(&tt->names);
    return tt;
}

void ti_types_free(TiTypes *tt)
{
    if (!tt)
        return;
    map_free(&tt->map);
    interner_free(&tt->names);
    arena_free(&tt->arena);
    free(tt);
}

/* Looks up `key` (sb contents); on a miss, stores `proto` (with name) as a
 * fresh arena copy. Consumes sb. */
static const Type *intern_type(TiTypes *tt, StrBuf *key, const Type *proto, const char *name)
{
    Type *t = map_get_bytes(&tt->map, key->data, key->len);
    if (!t) {
        t = ARENA_NEW(&tt->arena, Type);
        *t = *proto;
        t->name = arena_strdup(&tt->arena, name);
        map_put_bytes(&tt->map, key->data, key->len, t);
    }
    sb_free(key);
    return t;
}

/* intern_type with a name built in a StrBuf (freed, like the key). */
static const Type *intern_named(TiTypes *tt, StrBuf *key, const Type *proto, StrBuf *name)
{
    const Type *r = intern_type(tt, key, proto, name->data ? name->data : "");
    sb_free(name);
    return r;
}

static bool tuple_is_uniform(int n, const Type *const *items)
{
    if (n < 2)
        return false;
    for (int i = 1; i < n; i++)
        if (items[i] != items[0])
            return false;
    return true;
}

const Type *ti_tuple(TiTypes *tt, int n, const Type *const *items)
{
    StrBuf key = {0}, name = {0};
    sb_printf(&key, "T%d", n);
    for (int i = 0; i < n; i++)
        sb_printf(&key, ",%p", (const void *)items[i]);
    Type *t = map_get_bytes(&tt->map, key.data, key.len);
    if (t) {
        sb_free(&key);
        return t;
    }
    if (tuple_is_uniform(n, items)) {
        sb_printf(&name, "UniTuple(%s, %d)", items[0]->name, n);
    } else {
        sb_putc(&name, '(');
        for (int i = 0; i < n; i++)
            sb_printf(&name, "%s%s", i ? ", " : "", items[i]->name);
        sb_puts(&name, n == 1 ? ",)" : ")");
    }
    Type proto = {.kind = TY_TUPLE, .nitems = n};
    const Type **its = ARENA_NEWN(&tt->arena, const Type *, n > 0 ? n : 1);
    for (int i = 0; i < n; i++)
        its[i] = items[i];
    proto.items = its;
    return intern_named(tt, &key, &proto, &name);
}

const Type *ti_array(TiTypes *tt, const Type *dtype, int ndim, char layout)
{
    StrBuf key = {0};
    sb_printf(&key, "A%p,%d,%c", (const void *)dtype, ndim, layout);
    char name[128];
    snprintf(name, sizeof name, "array(%s, %dd, %c)", dtype->name, ndim, layout);
    Type proto = {.kind = TY_ARRAY, .dtype = dtype, .ndim = ndim, .layout = layout};
    return intern_type(tt, &key, &proto, name);
}

const Type *ti_iter(TiTypes *tt, const Type *of)
{
    StrBuf key = {0}, name = {0};
    sb_printf(&key, "I%p", (const void *)of);
    sb_printf(&name, "iter(%s)", of->name);
    Type proto = {.kind = TY_ITER, .of = of};
    return intern_named(tt, &key, &proto, &name);
}

const Type *ti_enumerate(TiTypes *tt, const Type *of)
{
    StrBuf key = {0}, name = {0};
    sb_printf(&key, "N%p", (const void *)of);
    sb_printf(&name, "enumerate(%s)", of->name);
    Type proto = {.kind = TY_ENUMERATE, .of = of};
    return intern_named(tt, &key, &proto, &name);
}

const Type *ti_zip(TiTypes *tt, int n, const Type *const *items)
{
    StrBuf key = {0}, name = {0};
    sb_printf(&key, "Z%d", n);
    sb_puts(&name, "zip(");
    for (int i = 0; i < n; i++) {
        sb_printf(&key, ",%p", (const void *)items[i]);
        sb_printf(&name, "%s%s", i ? ", " : "", items[i]->name);
    }
    sb_putc(&name, ')');
    Type *t = map_get_bytes(&tt->map, key.data, key.len);
    if (t) {
        sb_free(&key);
        sb_free(&name);
        return t;
    }
    Type proto = {.kind = TY_ZIP, .nitems = n};
    const Type **its = ARENA_NEWN(&tt->arena, const Type *, n > 0 ? n : 1);
    for (int i = 0; i < n; i++)
        its[i] = items[i];
    proto.items = its;
    return intern_named(tt, &key, &proto, &name);
}

const Type *ti_strlit(TiTypes *tt, const char *text)
{
    StrBuf key = {0};
    sb_printf(&key, "S%s", text);
    Type proto = {.kind = TY_STRLIT};
    Type *t = map_get_bytes(&tt->map, key.data, key.len);
    if (t) {
        sb_free(&key);
        return t;
    }
    proto.str = intern(&tt->names, text);
    return intern_type(tt, &key, &proto, "str");
}

const Type *ti_function(TiTypes *tt, const FeFunction *fn)
{
    StrBuf key = {0}, name = {0};
    sb_printf(&key, "F%p", (const void *)fn);
    sb_printf(&name, "function(%s)", fn->name);
    Type proto = {.kind = TY_FUNCTION, .func = fn};
    return intern_named(tt, &key, &proto, &name);
}

const Type *ti_builtin(TiTypes *tt, TiBuiltin b)
{
    StrBuf key = {0}, name = {0};
    sb_printf(&key, "B%d", (int)b);
    const TiBuiltinInfo *bi = &ti_builtin_info[b];
    sb_printf(&name, "builtin_function(%s%s)",
              bi->module == BM_MATH    ? "math."
              : bi->module == BM_NUMPY ? "numpy."
              : bi->module == BM_ARRAY ? "array."
                                       : "",
              bi->name);
    Type proto = {.kind = TY_BUILTIN, .builtin = b};
    return intern_named(tt, &key, &proto, &name);
}

const Type *ti_module(TiTypes *tt, const char *modname)
{
    StrBuf key = {0}, name = {0};
    sb_printf(&key, "M%s", modname);
    sb_printf(&name, "module(%s)", modname);
    Type proto = {.kind = TY_MODULE, .str = intern(&tt->names, modname)};
    return intern_named(tt, &key, &proto, &name);
}

const Type *ti_exc_class(TiTypes *tt, const char *cls)
{
    StrBuf key = {0}, name = {0};
    sb_printf(&key, "C%s", cls);
    sb_printf(&name, "class(%s)", cls);
    Type proto = {.kind = TY_EXC_CLASS, .str = intern(&tt->names, cls)};
    return intern_named(tt, &key, &proto, &name);
}

const Type *ti_exc(TiTypes *tt, const char *cls, const char *msg)
{
    StrBuf key = {0}, name = {0};
    /* length-prefixed so ("A", "B:c") and ("A:B", "c") differ */
    sb_printf(&key, "E%zu:%s:%d:%s", strlen(cls), cls, msg != NULL, msg ? msg : "");
    sb_printf(&name, "%s(%s)", cls, msg ? "..." : "");
    Type proto = {.kind = TY_EXC, .str = intern(&tt->names, cls)};
    if (msg)
        proto.msg = intern(&tt->names, msg);
    return intern_named(tt, &key, &proto, &name);
}

const Type *ti_dtype(TiTypes *tt, const Type *dtype)
{
    StrBuf key = {0}, name = {0};
    sb_printf(&key, "D%p", (const void *)dtype);
    sb_printf(&name, "dtype(%s)", dtype->name);
    Type proto = {.kind = TY_DTYPE, .dtype = dtype};
    return intern_named(tt, &key, &proto, &name);
}

const Type *ti_slice(TiTypes *tt)
{
    StrBuf key = {0};
    sb_puts(&key, "L");
    Type proto = {.kind = TY_SLICE};
    return intern_type(tt, &key, &proto, "slice");
}

const Type *ti_method(TiTypes *tt, TiBuiltin m, const Type *recv)
{
    StrBuf key = {0}, name = {0};
    sb_printf(&key, "m%d,%p", (int)m, (const void *)recv);
    sb_printf(&name, "method(%s.%s)", recv->name, ti_builtin_info[m].name);
    Type proto = {.kind = TY_METHOD, .builtin = m, .of = recv};
    return intern_named(tt, &key, &proto, &name);
}

/* ---- predicates ---- */

bool ti_is_int(const Type *t)
{
    return t && t->kind >= TY_INT8 && t->kind <= TY_UINT64;
}

bool ti_is_signed(const Type *t)
{
    return t && t->kind >= TY_INT8 && t->kind <= TY_INT64;
}

bool ti_is_float(const Type *t)
{
    return t && (t->kind == TY_FLOAT32 || t->kind == TY_FLOAT64);
}

bool ti_is_number(const Type *t)
{
    return t && t->kind >= TY_BOOL && t->kind <= TY_FLOAT64;
}

int ti_bits(const Type *t)
{
    switch (t->kind) {
    case TY_BOOL:
        return 1;
    case TY_INT8:
    case TY_UINT8:
        return 8;
    case TY_INT16:
    case TY_UINT16:
        return 16;
    case TY_INT32:
    case TY_UINT32:
    case TY_FLOAT32:
        return 32;
    case TY_INT64:
    case TY_UINT64:
    case TY_FLOAT64:
        return 64;
    default:
        return 0;
    }
}

static const Type *int_of(int bits, bool is_signed)
{
    switch (bits) {
    case 8:
        return ti_scalar(is_signed ? TY_INT8 : TY_UINT8);
    case 16:
        return ti_scalar(is_signed ? TY_INT16 : TY_UINT16);
    case 32:
        return ti_scalar(is_signed ? TY_INT32 : TY_UINT32);
    default:
        return ti_scalar(is_signed ? TY_INT64 : TY_UINT64);
    }
}

/* NumPy's promote_types on scalars (what Numba's unification does too). */
static const Type *unify_numbers(const Type *a, const Type *b)
{
    if (a->kind == TY_BOOL)
        return b;
    if (b->kind == TY_BOOL)
        return a;
    if (ti_is_float(a) || ti_is_float(b)) {
        const Type *f = ti_is_float(a) ? a : b, *o = f == a ? b : a;
        if (ti_is_float(o))
            return ti_bits(a) >= ti_bits(b) ? a : b;
        /* int with float32: exact only for ints of at most 16 bits */
        if (f->kind == TY_FLOAT32 && ti_bits(o) <= 16)
            return f;
        return ti_scalar(TY_FLOAT64);
    }
    bool sa = ti_is_signed(a), sb = ti_is_signed(b);
    int ba = ti_bits(a), bb = ti_bits(b);
    if (sa == sb)
        return ba >= bb ? a : b;
    const Type *s = sa ? a : b, *u = sa ? b : a;
    if (ti_bits(s) > ti_bits(u))
        return s;
    if (ti_bits(u) >= 64)
        return ti_scalar(TY_FLOAT64);
    return int_of(ti_bits(u) * 2, true);
}

const Type *ti_unify(TiTypes *tt, const Type *a, const Type *b)
{
    if (!a)
        return b;
    if (!b || a == b)
        return a;
    if (ti_is_number(a) && ti_is_number(b))
        return unify_numbers(a, b);
    if (a->kind == TY_TUPLE && b->kind == TY_TUPLE) {
        if (a->nitems != b->nitems)
            return NULL;
        const Type *items[a->nitems > 0 ? a->nitems : 1];
        for (int i = 0; i < a->nitems; i++) {
            items[i] = ti_unify(tt, a->items[i], b->items[i]);
            if (!items[i])
                return NULL;
        }
        return ti_tuple(tt, a->nitems, items);
    }
    if (a->kind == TY_ARRAY && b->kind == TY_ARRAY) {
        if (a->dtype != b->dtype || a->ndim != b->ndim)
            return NULL;
        return ti_array(tt, a->dtype, a->ndim, a->layout == b->layout ? a->layout : 'A');
    }
    return NULL;
}

/* NumPy 1.24 scalar arithmetic: promote_types (Python ints are int64),
 * except that bool with bool (and a lone bool) gives int64 as in Python. */
const Type *ti_int_result(const Type *a, const Type *b)
{
    if (!b)
        return a->kind == TY_BOOL ? ti_scalar(TY_INT64) : a;
    if (a->kind == TY_BOOL && b->kind == TY_BOOL)
        return ti_scalar(TY_INT64);
    return unify_numbers(a, b);
}

const Type *ti_promote(const Type *a, const Type *b)
{
    return unify_numbers(a, b);
}

bool ti_is_compile_time(const Type *t)
{
    switch (t->kind) {
    case TY_NONE:
    case TY_STRLIT:
    case TY_FUNCTION:
    case TY_BUILTIN:
    case TY_MODULE:
    case TY_EXC_CLASS:
    case TY_EXC:
    case TY_DTYPE:
        return true;
    default:
        return false;
    }
}
