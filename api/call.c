/* api/call.c — jit_call, the dispatcher: jit_values → argument types →
 * cached jit_compiled → a call of its natural-C-ABI entry through a libffi
 * cif prepared once → the result as a jit_value (tuples malloc'd). */
#include "internal.h"

#include <stdlib.h>
#include <string.h>

/* ---- layout of values in the natural C ABI ---- */

static bool is_ctonly(const Type *t)
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

bool jit__abi_layout(const Type *t, AbiType *out)
{
    switch (t->kind) {
    case TY_BOOL:
    case TY_INT8:
    case TY_UINT8:
        *out = (AbiType){1, 1};
        return true;
    case TY_INT16:
    case TY_UINT16:
        *out = (AbiType){2, 2};
        return true;
    case TY_INT32:
    case TY_UINT32:
    case TY_FLOAT32:
        *out = (AbiType){4, 4};
        return true;
    case TY_INT64:
    case TY_UINT64:
    case TY_FLOAT64:
        *out = (AbiType){8, 8};
        return true;
    case TY_ARRAY:
        *out = (AbiType){sizeof(jit_array), _Alignof(jit_array)};
        return true;
    case TY_TUPLE: {
        /* A C struct of the items, natural alignment. */
        size_t off = 0, align = 1;
        for (int i = 0; i < t->nitems; i++) {
            AbiType it;
            if (!jit__abi_layout(t->items[i], &it))
                return false;
            off = (off + it.align - 1) / it.align * it.align + it.size;
            if (it.align > align)
                align = it.align;
        }
        *out = (AbiType){(off + align - 1) / align * align, align};
        return true;
    }
    default:
        if (is_ctonly(t)) {
            *out = (AbiType){0, 1};
            return true;
        }
        return false;
    }
}

static ffi_type *scalar_ffi(const Type *t)
{
    switch (t->kind) {
    case TY_BOOL:
        return &ffi_type_uint8;
    case TY_INT8:
        return &ffi_type_sint8;
    case TY_INT16:
        return &ffi_type_sint16;
    case TY_INT32:
        return &ffi_type_sint32;
    case TY_INT64:
        return &ffi_type_sint64;
    case TY_UINT8:
        return &ffi_type_uint8;
    case TY_UINT16:
        return &ffi_type_uint16;
    case TY_UINT32:
        return &ffi_type_uint32;
    case TY_UINT64:
        return &ffi_type_uint64;
    case TY_FLOAT32:
        return &ffi_type_float;
    case TY_FLOAT64:
        return &ffi_type_double;
    default:
        return NULL;
    }
}

bool jit__prepare_ffi(jit_compiled *c, jit_error **err)
{
    /* Builds into locals and publishes only on success, so a failed
     * preparation can be repeated (for its message) from any thread. */
    AbiType lay;
    const Type *rt = c->ret;
    if (!rt || !jit__abi_layout(rt, &lay) || (is_ctonly(rt) && rt->kind != TY_NONE)) {
        jit__set_error(err, jit__error_new("NotImplementedError", NULL, 0, 0,
                                           "jit_call cannot return a value of type %s",
                                           rt ? rt->name : "?"));
        return false;
    }
    for (int i = 0; i < c->nargs; i++) {
        if (!jit__abi_layout(c->argtypes[i], &lay)) {
            jit__set_error(err, jit__error_new("NotImplementedError", NULL, 0, 0,
                                               "jit_call cannot pass an argument of type %s; "
                                               "call jit_compiled_address() directly",
                                               c->argtypes[i]->name));
            return false;
        }
    }
    bool by_ptr = rt->kind == TY_TUPLE || rt->kind == TY_ARRAY;
    ffi_type **fargs = sup_calloc((size_t)c->nargs + 2, sizeof *fargs);
    int *map = sup_calloc((size_t)c->nargs + 2, sizeof *map);
    int k = 0;
    if (by_ptr) {
        map[k] = -1;
        fargs[k++] = &ffi_type_pointer;
    }
    for (int i = 0; i < c->nargs; i++) {
        const Type *t = c->argtypes[i];
        if (is_ctonly(t))
            continue; /* no run-time data: not a C parameter */
        map[k] = i;
        fargs[k++] = t->kind == TY_TUPLE || t->kind == TY_ARRAY ? &ffi_type_pointer : scalar_ffi(t);
    }
    ffi_type *fret = by_ptr || rt->kind == TY_NONE ? &ffi_type_void : scalar_ffi(rt);
    if (ffi_prep_cif(&c->cif, FFI_DEFAULT_ABI, (unsigned)k, fret, fargs) != FFI_OK) {
        free(fargs);
        free(map);
        jit__set_error(err, jit__error_new("InternalError", NULL, 0, 0, "ffi_prep_cif failed"));
        return false;
    }
    c->ret_by_pointer = by_ptr;
    c->ffi_args = fargs;
    c->ffi_argmap = map;
    c->ffi_ret = fret;
    c->nffi = k;
    return true;
}

void jit__free_ffi(jit_compiled *c)
{
    free(c->ffi_args);
    free(c->ffi_argmap);
    c->ffi_args = NULL;
    c->ffi_argmap = NULL;
}

/* ---- values <-> memory ---- */

static bool kind_is_uint(jit_kind k)
{
    return k >= JIT_UINT8 && k <= JIT_UINT64;
}
static bool kind_is_int(jit_kind k)
{
    return k >= JIT_INT8 && k <= JIT_INT64;
}
static bool kind_is_float(jit_kind k)
{
    return k == JIT_FLOAT32 || k == JIT_FLOAT64;
}

static int64_t as_i64(const jit_value *v)
{
    if (v->kind == JIT_BOOL)
        return v->v.b;
    if (kind_is_uint(v->kind))
        return (int64_t)v->v.u;
    if (kind_is_float(v->kind))
        return (int64_t)v->v.f;
    return v->v.i;
}

static double as_f64(const jit_value *v)
{
    if (v->kind == JIT_BOOL)
        return v->v.b;
    if (kind_is_uint(v->kind))
        return (double)v->v.u;
    if (kind_is_int(v->kind))
        return (double)v->v.i;
    return v->v.f;
}

/* Writes v (converted to t, whose layout is known) at p. */
static void write_value(char *p, const Type *t, const jit_value *v)
{
    switch (t->kind) {
    case TY_BOOL:
        *(uint8_t *)p = v->kind == JIT_BOOL ? v->v.b : as_i64(v) != 0;
        break;
    case TY_INT8:
        *(int8_t *)p = (int8_t)as_i64(v);
        break;
    case TY_INT16:
        *(int16_t *)p = (int16_t)as_i64(v);
        break;
    case TY_INT32:
        *(int32_t *)p = (int32_t)as_i64(v);
        break;
    case TY_INT64:
        *(int64_t *)p = as_i64(v);
        break;
    case TY_UINT8:
        *(uint8_t *)p = (uint8_t)as_i64(v);
        break;
    case TY_UINT16:
        *(uint16_t *)p = (uint16_t)as_i64(v);
        break;
    case TY_UINT32:
        *(uint32_t *)p = (uint32_t)as_i64(v);
        break;
    case TY_UINT64:
        *(uint64_t *)p = kind_is_uint(v->kind) ? v->v.u : (uint64_t)as_i64(v);
        break;
    case TY_FLOAT32:
        *(float *)p = (float)as_f64(v);
        break;
    case TY_FLOAT64:
        *(double *)p = as_f64(v);
        break;
    case TY_TUPLE: {
        size_t off = 0;
        for (int i = 0; i < t->nitems; i++) {
            AbiType it;
            jit__abi_layout(t->items[i], &it);
            off = (off + it.align - 1) / it.align * it.align;
            if (v->kind == JIT_TUPLE && (size_t)i < v->v.tuple.n)
                write_value(p + off, t->items[i], &v->v.tuple.items[i]);
            off += it.size;
        }
        break;
    }
    case TY_ARRAY:
        /* Inside a tuple: the jit_array struct inline (the host's memory). */
        if (v->kind == JIT_ARRAY && v->v.array)
            memcpy(p, v->v.array, sizeof(jit_array));
        break;
    default:
        break; /* no run-time data */
    }
}

static jit_value read_value(const char *p, const Type *t)
{
    jit_value v = jit_value_none();
    switch (t->kind) {
    case TY_BOOL:
        v = jit_value_bool(*(const uint8_t *)p != 0);
        break;
    case TY_INT8:
        v.kind = JIT_INT8;
        v.v.i = *(const int8_t *)p;
        break;
    case TY_INT16:
        v.kind = JIT_INT16;
        v.v.i = *(const int16_t *)p;
        break;
    case TY_INT32:
        v.kind = JIT_INT32;
        v.v.i = *(const int32_t *)p;
        break;
    case TY_INT64:
        v.kind = JIT_INT64;
        v.v.i = *(const int64_t *)p;
        break;
    case TY_UINT8:
        v.kind = JIT_UINT8;
        v.v.u = *(const uint8_t *)p;
        break;
    case TY_UINT16:
        v.kind = JIT_UINT16;
        v.v.u = *(const uint16_t *)p;
        break;
    case TY_UINT32:
        v.kind = JIT_UINT32;
        v.v.u = *(const uint32_t *)p;
        break;
    case TY_UINT64:
        v.kind = JIT_UINT64;
        v.v.u = *(const uint64_t *)p;
        break;
    case TY_FLOAT32:
        v.kind = JIT_FLOAT32;
        v.v.f = *(const float *)p;
        break;
    case TY_FLOAT64:
        v.kind = JIT_FLOAT64;
        v.v.f = *(const double *)p;
        break;
    case TY_TUPLE: {
        v.kind = JIT_TUPLE;
        v.v.tuple.n = (size_t)t->nitems;
        v.v.tuple.items = sup_calloc((size_t)(t->nitems ? t->nitems : 1), sizeof(jit_value));
        size_t off = 0;
        for (int i = 0; i < t->nitems; i++) {
            AbiType it;
            jit__abi_layout(t->items[i], &it);
            off = (off + it.align - 1) / it.align * it.align;
            v.v.tuple.items[i] = read_value(p + off, t->items[i]);
            off += it.size;
        }
        break;
    }
    case TY_ARRAY:
        /* The receiver owns the reference the array carries. */
        v.kind = JIT_ARRAY;
        v.v.array = sup_malloc(sizeof(jit_array));
        memcpy(v.v.array, p, sizeof(jit_array));
        break;
    default:
        break; /* none and other compile-time-only values */
    }
    return v;
}

/* Calls c's natural-ABI entry with avalues for its C parameters other than
 * the result out-pointer, and reads the result back as a jit_value. */
static jit_value call_raw(jit_compiled *c, void **avalues)
{
    void *all[260];
    void *retbuf = NULL;
    int k = 0;
    if (c->ret_by_pointer) {
        AbiType lay;
        jit__abi_layout(c->ret, &lay);
        retbuf = sup_calloc(1, lay.size ? lay.size : 1);
        all[k++] = &retbuf;
    }
    for (int i = 0; k < c->nffi; i++)
        all[k++] = avalues[i];
    union {
        ffi_arg a;
        ffi_sarg s;
        double d;
        float f;
        char pad[16];
    } rv;
    memset(&rv, 0, sizeof rv);
    ffi_call(&c->cif, FFI_FN(c->address), &rv, all);
    const Type *rt = c->ret;
    jit_value v = jit_value_none();
    if (c->ret_by_pointer) {
        v = read_value(retbuf, rt);
        free(retbuf);
    } else if (rt->kind != TY_NONE) {
        /* libffi widens small integer results to an ffi_arg. */
        char tmp[16];
        memset(tmp, 0, sizeof tmp);
        switch (rt->kind) {
        case TY_BOOL:
        case TY_UINT8:
            *(uint8_t *)tmp = (uint8_t)rv.a;
            break;
        case TY_INT8:
            *(int8_t *)tmp = (int8_t)rv.s;
            break;
        case TY_INT16:
            *(int16_t *)tmp = (int16_t)rv.s;
            break;
        case TY_UINT16:
            *(uint16_t *)tmp = (uint16_t)rv.a;
            break;
        case TY_INT32:
            *(int32_t *)tmp = (int32_t)rv.s;
            break;
        case TY_UINT32:
            *(uint32_t *)tmp = (uint32_t)rv.a;
            break;
        default:
            memcpy(tmp, &rv, 8);
            break;
        }
        v = read_value(tmp, rt);
    }
    return v;
}

/* ---- eager signatures with a declared return type that differs ----
 * The entry of the declared signature is a libffi closure that calls the
 * inferred entry and converts its result (safe conversions only). */

typedef struct RetConv {
    ffi_closure *closure;
    void *code;
    ffi_cif cif;
    ffi_type **args;
    jit_compiled *inner;
} RetConv;

/* Forgets the references the arrays in v hold (they were handed on). */
static void disown(jit_value *v)
{
    if (v->kind == JIT_ARRAY && v->v.array)
        v->v.array->owner = NULL;
    else if (v->kind == JIT_TUPLE)
        for (size_t i = 0; i < v->v.tuple.n; i++)
            disown(&v->v.tuple.items[i]);
}

static void retconv_handler(ffi_cif *cif, void *ret, void **args, void *user)
{
    jit_compiled *outer = user;
    RetConv *rc = outer->conv;
    const Type *want = outer->ret;
    void **inner_args = outer->ret_by_pointer ? args + 1 : args;
    jit_value v = call_raw(rc->inner, inner_args);
    if (outer->ret_by_pointer) {
        write_value(*(char **)args[0], want, &v);
        disown(&v); /* the caller of the entry owns the arrays now */
    } else if (want->kind == TY_FLOAT32 || want->kind == TY_FLOAT64) {
        write_value(ret, want, &v);
    } else if (want->kind != TY_NONE) {
        /* Integral results are returned widened to an ffi_arg. */
        char tmp[16];
        memset(tmp, 0, sizeof tmp);
        write_value(tmp, want, &v);
        ffi_sarg w = 0;
        switch (want->kind) {
        case TY_BOOL:
        case TY_UINT8:
            w = *(uint8_t *)tmp;
            break;
        case TY_INT8:
            w = *(int8_t *)tmp;
            break;
        case TY_INT16:
            w = *(int16_t *)tmp;
            break;
        case TY_UINT16:
            w = *(uint16_t *)tmp;
            break;
        case TY_INT32:
            w = *(int32_t *)tmp;
            break;
        case TY_UINT32:
            w = *(uint32_t *)tmp;
            break;
        default:
            memcpy(&w, tmp, 8);
            break;
        }
        *(ffi_sarg *)ret = w;
    }
    jit_value_clear(&v);
}

jit_compiled *jit__convert_return(jit_compiled *inner, const Type *declared, jit_error **err)
{
    AbiType lay;
    if (!inner->ffi_ok || !jit__safe_convert(inner->ret, declared) ||
        !jit__abi_layout(declared, &lay)) {
        jit__set_error(err, jit__error_new("TypingError", NULL, 0, 0,
                                           "cannot convert the inferred return type %s to the "
                                           "declared %s without loss",
                                           inner->ret ? inner->ret->name : "?", declared->name));
        return NULL;
    }
    jit_compiled *c = sup_calloc(1, sizeof *c);
    *c = *inner;
    c->ret = declared;
    c->argtypes = sup_calloc((size_t)(inner->nargs ? inner->nargs : 1), sizeof *c->argtypes);
    memcpy(c->argtypes, inner->argtypes, sizeof *c->argtypes * (size_t)inner->nargs);
    c->ffi_args = NULL;
    c->ffi_argmap = NULL;
    c->prog = NULL;
    c->code = NULL;
    c->inner = inner;
    if (!jit__prepare_ffi(c, err)) {
        free(c->argtypes);
        free(c);
        return NULL;
    }
    RetConv *rc = sup_calloc(1, sizeof *rc);
    rc->inner = inner;
    rc->closure = ffi_closure_alloc(sizeof(ffi_closure), &rc->code);
    c->conv = rc;
    if (!rc->closure ||
        ffi_prep_closure_loc(rc->closure, &c->cif, retconv_handler, c, rc->code) != FFI_OK) {
        jit__set_error(err, jit__error_new("InternalError", NULL, 0, 0,
                                           "cannot make the return-conversion entry"));
        jit__compiled_free(c);
        return NULL;
    }
    c->address = rc->code;
    return c;
}

void jit__free_conv(jit_compiled *c)
{
    if (!c->conv)
        return;
    if (c->conv->closure)
        ffi_closure_free(c->conv->closure);
    free(c->conv);
    c->conv = NULL;
}

/* ---- eager signatures: pick one, converting like Numba's safe casts ---- */

static int num_rank(const Type *t)
{
    if (t->kind == TY_BOOL)
        return 0;
    if (ti_is_int(t))
        return 1;
    if (ti_is_float(t))
        return 2;
    return -1;
}

/* Can a value of type `from` be passed where `to` is declared without loss
 * of meaning (bool → int → float, narrower → wider)? */
bool jit__safe_convert(const Type *from, const Type *to)
{
    if (from == to)
        return true;
    if (from->kind == TY_ARRAY || to->kind == TY_ARRAY) /* C layout passes as A */
        return from->kind == to->kind && from->dtype == to->dtype && from->ndim == to->ndim &&
               to->layout == 'A';
    if (from->kind == TY_TUPLE || to->kind == TY_TUPLE) {
        if (from->kind != to->kind || from->nitems != to->nitems)
            return false;
        for (int i = 0; i < from->nitems; i++)
            if (!jit__safe_convert(from->items[i], to->items[i]))
                return false;
        return true;
    }
    int rf = num_rank(from), rt = num_rank(to);
    if (rf < 0 || rt < 0 || rf > rt)
        return false;
    if (rf == 0)
        return true;
    if (rf == 1 && rt == 1)
        return ti_is_signed(from) == ti_is_signed(to) && ti_bits(from) <= ti_bits(to);
    if (rf == 1 && rt == 2)
        return to->kind == TY_FLOAT64 || ti_bits(from) <= 16;
    return ti_bits(from) <= ti_bits(to);
}

static jit_compiled *pick_eager(jit_function *fn, const Type *const *types, int n, jit_error **err)
{
    for (int s = 0; s < fn->neager; s++) {
        jit_compiled *c = fn->eager[s];
        bool same = c->nargs == n;
        for (int i = 0; same && i < n; i++)
            same = c->argtypes[i] == types[i];
        if (same)
            return c;
    }
    for (int s = 0; s < fn->neager; s++) {
        jit_compiled *c = fn->eager[s];
        bool ok = c->nargs == n;
        for (int i = 0; ok && i < n; i++)
            ok = jit__safe_convert(types[i], c->argtypes[i]);
        if (ok)
            return c;
    }
    StrBuf sb = {0};
    for (int i = 0; i < n; i++)
        sb_printf(&sb, "%s%s", i ? ", " : "", types[i]->name);
    char *tys = sb_take(&sb);
    DiagList dl;
    diag_init(&dl);
    diag_add(&dl, DIAG_ERROR, "TypingError", fn->mod->fe->filename, fn->fe->sig_loc,
             "no matching definition for argument type(s) (%s) of '%s' (it only accepts its "
             "declared signatures)",
             tys, fn->fe->name);
    jit__set_error(err, jit__error_from_diags(&dl, fn->mod->fe->source));
    diag_free(&dl);
    free(tys);
    return NULL;
}

/* ---- jit_call ---- */

static void value_from_const(jit_value *v, const FeConst *k)
{
    switch (k->kind) {
    case FC_BOOL:
        *v = jit_value_bool(k->v.b);
        break;
    case FC_INT:
        *v = jit_value_int(k->v.i);
        break;
    case FC_FLOAT:
        *v = jit_value_float(k->v.f);
        break;
    case FC_TUPLE:
        v->kind = JIT_TUPLE;
        v->v.tuple.n = (size_t)k->v.tuple.n;
        v->v.tuple.items = sup_calloc((size_t)(k->v.tuple.n ? k->v.tuple.n : 1), sizeof *v);
        for (int i = 0; i < k->v.tuple.n; i++)
            value_from_const(&v->v.tuple.items[i], &k->v.tuple.items[i]);
        break;
    default:
        *v = jit_value_none();
        break; /* None, str: no run-time data */
    }
}

/* Checks the arguments, fills defaults (values in defaults[0..*nfill)) and
 * finds the specialisation. NULL + *err on failure (defaults cleared). */
static jit_compiled *dispatch(jit_function *fn, const jit_value *args, size_t nargs,
                              jit_value *defaults, int *nfill, jit_error **err)
{
    *nfill = 0;
    if (!fn) {
        jit__invalid(err, "jit_call: fn is NULL");
        return NULL;
    }
    if (nargs > 0 && !args) {
        jit__invalid(err, "jit_call: args is NULL but nargs is %zu", nargs);
        return NULL;
    }
    jit_context *ctx = fn->mod->ctx;
    const FeFunction *f = fn->fe;
    if (f->diags.nerrors > 0) {
        /* A body pyjit cannot compile (e.g. `def f(*args)`, whose nparams
         * says nothing of its arity): that error, whatever the arguments. */
        jit__set_error(err, jit__error_from_diags(&f->diags, fn->mod->fe->source));
        return NULL;
    }
    int np = f->nparams;
    if ((int)nargs > np || nargs > 255) {
        jit__invalid(err, "%s() takes %d argument%s but %zu were given", f->name, np,
                     np == 1 ? "" : "s", nargs);
        return NULL;
    }
    const Type *types[256];
    for (size_t i = 0; i < nargs; i++) {
        types[i] = jit_value_type(ctx, &args[i]);
        if (!types[i]) {
            jit__invalid(err, "argument %zu ('%s') of %s(): not a valid jit_value", i + 1,
                         f->params[i], f->name);
            return NULL;
        }
    }
    for (int i = (int)nargs; i < np; i++) {
        if (!f->defaults || !f->defaults[i]) {
            jit__invalid(err, "%s() missing required argument '%s' (takes %d, %zu given)", f->name,
                         f->params[i], np, nargs);
            for (int j = 0; j < *nfill; j++)
                jit_value_clear(&defaults[j]);
            *nfill = 0;
            return NULL;
        }
        value_from_const(&defaults[(*nfill)++], f->defaults[i]);
    }
    jit_compiled *c;
    if (*nfill > 0) /* jit_compile types the defaults from their constants */
        c = jit_compile(fn, types, nargs, err);
    else if (fn->neager > 0)
        c = pick_eager(fn, types, np, err);
    else
        c = jit__compile(fn, types, np, err);
    if (!c) {
        for (int j = 0; j < *nfill; j++)
            jit_value_clear(&defaults[j]);
        *nfill = 0;
    }
    return c;
}

jit_compiled *jit_dispatch(jit_function *fn, const jit_value *args, size_t nargs, jit_error **err)
{
    jit_value defaults[256];
    int nfill = 0;
    jit_compiled *c = dispatch(fn, args, nargs, defaults, &nfill, err);
    for (int j = 0; j < nfill; j++)
        jit_value_clear(&defaults[j]);
    return c;
}

int jit_call(jit_function *fn, const jit_value *args, size_t nargs, jit_value *ret, jit_error **err)
{
    if (ret)
        *ret = jit_value_none();
    jit_value defaults[256];
    int nfill = 0;
    jit_compiled *c = dispatch(fn, args, nargs, defaults, &nfill, err);
    if (!c)
        return -1;
    int rc = -1;
    if (!c->ffi_ok) {
        jit__prepare_ffi(c, err); /* fails again, now with the reason */
        goto out;
    }
    /* Marshal: scalars by value, tuples as pointers to C structs. */
    void *avalues[258];
    void *ptrs[258];
    char scalars[258][16];
    char *heap[258];
    int nheap = 0, na = 0;
    AbiType lay;
    for (int k = 0; k < c->nffi; k++) {
        int i = c->ffi_argmap[k];
        if (i < 0)
            continue; /* the result out-pointer: call_raw adds it */
        const jit_value *v = i < (int)nargs ? &args[i] : &defaults[i - (int)nargs];
        const Type *t = c->argtypes[i];
        if (t->kind == TY_ARRAY) {
            /* The host's jit_array, passed as is (zero-copy). */
            ptrs[na] = v->kind == JIT_ARRAY ? v->v.array : NULL;
            avalues[na] = &ptrs[na];
            na++;
        } else if (t->kind == TY_TUPLE) {
            jit__abi_layout(t, &lay);
            char *buf = sup_calloc(1, lay.size ? lay.size : 1);
            heap[nheap++] = buf;
            write_value(buf, t, v);
            ptrs[na] = buf;
            avalues[na] = &ptrs[na];
            na++;
        } else {
            memset(scalars[na], 0, sizeof scalars[na]);
            write_value(scalars[na], t, v);
            avalues[na] = scalars[na];
            na++;
        }
    }
    rt_error_free(rt_error_take()); /* a stale error must not be blamed on this call */
    jit_value r = call_raw(c, avalues);
    RtError *exc = rt_error_take();
    if (exc) {
        jit_value_clear(&r);
        jit__set_error(err, jit__error_from_rt(exc));
    } else {
        if (ret)
            *ret = r;
        else
            jit_value_clear(&r);
        rc = 0;
    }
    for (int j = 0; j < nheap; j++)
        free(heap[j]);
out:
    for (int j = 0; j < nfill; j++)
        jit_value_clear(&defaults[j]);
    return rc;
}
