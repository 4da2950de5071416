/* codegen/arrays.c — lowering of NumPy-style arrays.
 * Typed IR on TY_ARRAY values → LLVM IR: the array struct {meminfo, data,
 * shape[n], strides[n]} (datamodel.c), reference counting of meminfos,
 * indexing with wraparound and optional bounds checks, slicing as views,
 * stores (elements, scalar fills, broadcasting copies), attributes,
 * methods, numpy creation functions, iteration, and the conversion to and
 * from the public jit_array of the C ABI. Conventions: typeinfer.h. */
#include "internal.h"
#include "pyjit.h"

#include <stddef.h>
#include <stdlib.h>
#include <string.h>

/* ---- fields ---- */

static LLVMValueRef i64c(CgModule *m, int64_t v)
{
    return LLVMConstInt(m->i64, (unsigned long long)v, 1);
}

int cg_itemsize(const Type *dtype)
{
    return dtype->kind == TY_BOOL ? 1 : ti_bits(dtype) / 8;
}

LLVMValueRef cg_arr_meminfo(CgModule *m, LLVMValueRef a)
{
    return cg_extract(m, a, 0, "meminfo");
}

LLVMValueRef cg_arr_data(CgModule *m, LLVMValueRef a)
{
    return cg_extract(m, a, 1, "data");
}

LLVMValueRef cg_arr_shape(CgModule *m, LLVMValueRef a, int d)
{
    LLVMValueRef s = cg_extract(m, a, 2, "");
    return cg_extract(m, s, (unsigned)d, "dim");
}

/* An array type codegen needs internally (flat views, rows, store
 * targets); typeinfer's table is not available here, so these are not
 * interned: compare them by kind/dtype/ndim/layout, never by pointer. */
const Type *cg_array_type(CgModule *m, const Type *dtype, int ndim, char layout)
{
    Type *t = ARENA_NEW(&m->arena, Type);
    t->kind = TY_ARRAY;
    t->dtype = dtype;
    t->ndim = ndim;
    t->layout = layout;
    t->name = arena_printf(&m->arena, "array(%s, %dd, %c)", dtype->name, ndim, layout);
    return t;
}

/* Byte stride of dimension d: computed from the shape for 'C' arrays (so
 * LLVM sees unit strides in inner loops), loaded for 'A'. */
LLVMValueRef cg_arr_stride(CgModule *m, LLVMValueRef a, const Type *t, int d)
{
    if (t->layout == 'C') {
        LLVMValueRef s = i64c(m, cg_itemsize(t->dtype));
        for (int k = t->ndim - 1; k > d; k--)
            s = LLVMBuildMul(m->b, s, cg_arr_shape(m, a, k), "");
        return s;
    }
    LLVMValueRef s = cg_extract(m, a, 3, "");
    return cg_extract(m, s, (unsigned)d, "stride");
}

/* The stride field itself (for .strides and the C ABI). */
static LLVMValueRef stored_stride(CgModule *m, LLVMValueRef a, int d)
{
    LLVMValueRef s = cg_extract(m, a, 3, "");
    return cg_extract(m, s, (unsigned)d, "stride");
}

/* A fresh array value from parts (strides may be NULL for 'C': computed). */
static LLVMValueRef make_array(CgModule *m, const Type *t, LLVMValueRef mi, LLVMValueRef data,
                               LLVMValueRef *shape, LLVMValueRef *strides)
{
    LLVMBuilderRef b = m->b;
    LLVMValueRef v = LLVMGetUndef(cg_mem_type(m, t));
    v = LLVMBuildInsertValue(b, v, mi, 0, "");
    v = LLVMBuildInsertValue(b, v, data, 1, "");
    LLVMTypeRef at = LLVMArrayType2(m->i64, (uint64_t)t->ndim);
    LLVMValueRef sh = LLVMGetUndef(at), st = LLVMGetUndef(at);
    /* NumPy's C strides: a dimension of length 0 does not scale the
     * strides outside it (np.zeros((4, 0)).reshape(0, 4).strides) */
    LLVMValueRef s = i64c(m, cg_itemsize(t->dtype));
    LLVMValueRef cstr[t->ndim];
    for (int d = t->ndim - 1; d >= 0; d--) {
        cstr[d] = s;
        LLVMValueRef z = LLVMBuildICmp(b, LLVMIntEQ, shape[d], i64c(m, 0), "");
        s = LLVMBuildSelect(b, z, s, LLVMBuildMul(b, s, shape[d], ""), "");
    }
    for (int d = 0; d < t->ndim; d++) {
        sh = LLVMBuildInsertValue(b, sh, shape[d], (unsigned)d, "");
        st = LLVMBuildInsertValue(b, st, strides ? strides[d] : cstr[d], (unsigned)d, "");
    }
    v = LLVMBuildInsertValue(b, v, sh, 2, "");
    return LLVMBuildInsertValue(b, v, st, 3, "");
}

/* ---- reference counting ---- */

/* Returns the atomic add, and in *br the branch that skips it for NULL. */
static LLVMValueRef incref_mi(CgModule *m, LLVMValueRef mi, LLVMValueRef *br)
{
    /* inline: atomic add on RtMemInfo.refcount (offset 0) unless NULL */
    LLVMBuilderRef b = m->b;
    LLVMValueRef fn = LLVMGetBasicBlockParent(LLVMGetInsertBlock(b));
    LLVMBasicBlockRef inc = LLVMAppendBasicBlockInContext(m->ctx, fn, "incref");
    LLVMBasicBlockRef done = LLVMAppendBasicBlockInContext(m->ctx, fn, "incref.done");
    LLVMValueRef cbr = LLVMBuildCondBr(b, LLVMBuildIsNotNull(b, mi, ""), inc, done);
    LLVMPositionBuilderAtEnd(b, inc);
    LLVMValueRef add = LLVMBuildAtomicRMW(b, LLVMAtomicRMWBinOpAdd, mi, i64c(m, 1),
                                          LLVMAtomicOrderingMonotonic, 0);
    LLVMBuildBr(b, done);
    LLVMPositionBuilderAtEnd(b, done);
    if (br)
        *br = cbr;
    return add;
}

LLVMValueRef cg_incref_array(CgFunc *f, LLVMValueRef a, LLVMValueRef *br)
{
    return incref_mi(f->m, cg_arr_meminfo(f->m, a), br);
}

static void decref_mi(CgModule *m, LLVMValueRef mi)
{
    LLVMTypeRef p[1] = {m->ptr};
    cg_call(m, cg_extern(m, "rt_nrt_decref", m->voidt, p, 1), &mi, 1);
}

void cg_decref_array_at(CgFunc *f, LLVMValueRef p)
{
    CgModule *m = f->m;
    decref_mi(m, LLVMBuildLoad2(m->b, m->ptr, p, "meminfo")); /* field 0 */
}

static void walk_refs(CgModule *m, LLVMValueRef v, const Type *t, bool inc);

/* The references inside an iterator over an iterable of type `of`
 * (layouts: cg_iter_type). */
static void walk_iter(CgModule *m, LLVMValueRef v, const Type *of, bool inc)
{
    switch (of->kind) {
    case TY_ARRAY:
    case TY_TUPLE: /* {iterable, index} */
        walk_refs(m, cg_extract(m, v, 0, ""), of, inc);
        return;
    case TY_ENUMERATE: /* {inner iterator, count} */
        walk_iter(m, cg_extract(m, v, 0, ""), of->of, inc);
        return;
    case TY_ZIP: /* {iterator of each} */
        for (int i = 0; i < of->nitems; i++)
            if (cg_has_refs(of->items[i]))
                walk_iter(m, cg_extract(m, v, (unsigned)i, ""), of->items[i], inc);
        return;
    default:
        return;
    }
}

static void walk_refs(CgModule *m, LLVMValueRef v, const Type *t, bool inc)
{
    switch (t->kind) {
    case TY_ARRAY:
        if (inc)
            incref_mi(m, cg_arr_meminfo(m, v), NULL);
        else
            decref_mi(m, cg_arr_meminfo(m, v));
        return;
    case TY_METHOD:
    case TY_ENUMERATE:
        walk_refs(m, v, t->of, inc);
        return;
    case TY_TUPLE:
    case TY_ZIP:
        for (int i = 0; i < t->nitems; i++)
            if (cg_has_refs(t->items[i]))
                walk_refs(m, cg_extract(m, v, (unsigned)i, ""), t->items[i], inc);
        return;
    case TY_ITER:
        walk_iter(m, v, t->of, inc);
        return;
    default:
        return;
    }
}

void cg_incref(CgFunc *f, LLVMValueRef v, const Type *t)
{
    if (cg_has_refs(t))
        walk_refs(f->m, v, t, true);
}

void cg_decref(CgFunc *f, LLVMValueRef v, const Type *t)
{
    if (cg_has_refs(t))
        walk_refs(f->m, v, t, false);
}

/* ---- run-time errors with formatted messages (pyhelpers.c) ---- */

static void index_error(CgFunc *f, LLVMValueRef idx, int axis, LLVMValueRef size)
{
    CgModule *m = f->m;
    m->raises[f->tf->index] = true;
    LLVMTypeRef p[7] = {m->i64, m->i64, m->i64, m->ptr, m->ptr, m->i32, m->i32};
    LLVMValueRef fn = cg_extern(m, "cg_rt_index_error", m->voidt, p, 7);
    LLVMValueRef args[7] = {idx, i64c(m, axis), size};
    cg_loc_args(f, args + 3);
    cg_call(m, fn, args, 7);
    LLVMBuildBr(m->b, f->exc);
}

/* i (int64) wrapped for a dimension of length n; with boundscheck raises
 * NumPy's IndexError for an index still outside [0, n). */
static LLVMValueRef wrap_index(CgFunc *f, LLVMValueRef i, LLVMValueRef n, int axis)
{
    CgModule *m = f->m;
    LLVMBuilderRef b = m->b;
    LLVMValueRef w;
    if (cg_known_nonneg(f, i)) /* constants >= 0, range items, shapes */
        w = i;
    else if (LLVMIsAConstantInt(i)) /* a constant < 0 */
        w = LLVMBuildAdd(b, n, i, "idx");
    else
        w = LLVMBuildSelect(b, LLVMBuildICmp(b, LLVMIntSLT, i, i64c(m, 0), ""),
                            LLVMBuildAdd(b, i, n, ""), i, "idx");
    if (m->opts->boundscheck) {
        LLVMValueRef bad = LLVMBuildICmp(b, LLVMIntUGE, w, n, "");
        LLVMBasicBlockRef rb = cg_block(f, "index.error"), ok = cg_block(f, "index.ok");
        cg_cond_br(m, bad, rb, ok, false);
        LLVMPositionBuilderAtEnd(b, rb);
        index_error(f, i, axis, n);
        LLVMPositionBuilderAtEnd(b, ok);
    }
    return w;
}

/* ---- element access ---- */

static LLVMValueRef elem_ptr(CgModule *m, LLVMValueRef a, const Type *t, LLVMValueRef *idx)
{
    LLVMBuilderRef b = m->b;
    LLVMValueRef data = cg_arr_data(m, a);
    if (t->layout == 'C') {
        /* row-major linear index in elements: the GEP is in units of the
         * element, so LLVM sees unit strides */
        LLVMValueRef lin = idx[0];
        for (int d = 1; d < t->ndim; d++)
            lin = LLVMBuildAdd(b, LLVMBuildMul(b, lin, cg_arr_shape(m, a, d), ""), idx[d], "");
        return LLVMBuildGEP2(b, cg_mem_type(m, t->dtype), data, &lin, 1, "elem");
    }
    LLVMValueRef off = NULL;
    for (int d = 0; d < t->ndim; d++) {
        LLVMValueRef o = LLVMBuildMul(b, idx[d], cg_arr_stride(m, a, t, d), "");
        off = off ? LLVMBuildAdd(b, off, o, "") : o;
    }
    return LLVMBuildGEP2(b, m->i8, data, &off, 1, "elem");
}

LLVMValueRef cg_load_elem(CgModule *m, LLVMValueRef p, const Type *dt)
{
    LLVMValueRef v = LLVMBuildLoad2(m->b, cg_mem_type(m, dt), p, "");
    if (dt->kind == TY_BOOL)
        return LLVMBuildICmp(m->b, LLVMIntNE, v, LLVMConstInt(m->i8, 0, 0), "");
    return v;
}

static void store_elem(CgModule *m, LLVMValueRef p, LLVMValueRef v, const Type *dt)
{
    LLVMBuildStore(m->b, cg_to_mem(m, v, dt), p);
}

/* A scalar converted for a store into an array of dtype `dt` (typeinfer.h
 * "Store float -> signed int": like int(x), then wrap). */
LLVMValueRef cg_store_convert(CgFunc *f, LLVMValueRef v, const Type *from, const Type *dt)
{
    if (ti_is_float(from) && ti_is_int(dt))
        return cg_float_to_int_store(f, v, from, dt);
    return cg_convert(f, v, from, dt);
}

/* ---- loops ---- */

typedef void (*NdBody)(CgFunc *f, LLVMValueRef *idx, void *ctx);

static void nd_loop_rec(CgFunc *f, int d, int ndim, LLVMValueRef *shape, LLVMValueRef *idx,
                        NdBody body, void *ctx)
{
    CgModule *m = f->m;
    LLVMBuilderRef b = m->b;
    if (d == ndim) {
        body(f, idx, ctx);
        return;
    }
    LLVMBasicBlockRef pre = LLVMGetInsertBlock(b);
    LLVMBasicBlockRef hdr = cg_block(f, "nd.head"), bdy = cg_block(f, "nd.body"),
                      exit = cg_block(f, "nd.exit");
    LLVMBuildBr(b, hdr);
    LLVMPositionBuilderAtEnd(b, hdr);
    LLVMValueRef i = LLVMBuildPhi(b, m->i64, "i");
    LLVMBuildCondBr(b, LLVMBuildICmp(b, LLVMIntSLT, i, shape[d], ""), bdy, exit);
    LLVMPositionBuilderAtEnd(b, bdy);
    idx[d] = i;
    nd_loop_rec(f, d + 1, ndim, shape, idx, body, ctx);
    LLVMValueRef next = LLVMBuildAdd(b, i, i64c(m, 1), "");
    LLVMBasicBlockRef latch = LLVMGetInsertBlock(b);
    LLVMBuildBr(b, hdr);
    LLVMValueRef zero = i64c(m, 0);
    LLVMAddIncoming(i, &zero, &pre, 1);
    LLVMAddIncoming(i, &next, &latch, 1);
    LLVMPositionBuilderAtEnd(b, exit);
}

/* for idx in ndindex(shape): body(idx) */
static void nd_loop(CgFunc *f, int ndim, LLVMValueRef *shape, NdBody body, void *ctx)
{
    LLVMValueRef idx[ndim > 0 ? ndim : 1];
    nd_loop_rec(f, 0, ndim, shape, idx, body, ctx);
}

/* ---- allocation ---- */

/* A new C array of type t with the given shape (raises for negative
 * dimensions and impossible sizes; MemoryError from rt_nrt_alloc). The
 * memory is uninitialised unless zero. */
static LLVMValueRef alloc_array(CgFunc *f, const Type *t, LLVMValueRef *shape, bool zero)
{
    CgModule *m = f->m;
    LLVMBuilderRef b = m->b;
    LLVMValueRef anyneg = LLVMConstInt(m->i1, 0, 0);
    for (int d = 0; d < t->ndim; d++)
        if (!cg_known_nonneg(f, shape[d]))
            anyneg = cg_or(m, anyneg, LLVMBuildICmp(b, LLVMIntSLT, shape[d], i64c(m, 0), ""));
    cg_raise_if(f, anyneg, "ValueError", "negative dimensions are not allowed");
    /* nbytes = itemsize * prod(shape), with overflow detection */
    /* NumPy checks the product of the non-zero dimensions for overflow
     * even when another dimension is 0 */
    LLVMValueRef nbytes = i64c(m, cg_itemsize(t->dtype));
    LLVMValueRef ovf = LLVMConstInt(m->i1, 0, 0), anyzero = LLVMConstInt(m->i1, 0, 0);
    for (int d = 0; d < t->ndim; d++) {
        LLVMValueRef z = LLVMBuildICmp(b, LLVMIntEQ, shape[d], i64c(m, 0), "");
        anyzero = cg_or(m, anyzero, z);
        LLVMValueRef args[2] = {nbytes, cg_select(m, z, i64c(m, 1), shape[d], "")};
        if (LLVMIsAConstantInt(args[0]) && LLVMIsAConstantInt(args[1])) { /* np.zeros(5) */
            int64_t prod;
            bool o = __builtin_mul_overflow(LLVMConstIntGetSExtValue(args[0]),
                                            LLVMConstIntGetSExtValue(args[1]), &prod);
            nbytes = i64c(m, prod);
            ovf = cg_or(m, ovf, LLVMConstInt(m->i1, o, 0));
            continue;
        }
        LLVMValueRef r = cg_intrinsic(m, "llvm.smul.with.overflow", m->i64, args, 2);
        nbytes = cg_extract(m, r, 0, "");
        ovf = cg_or(m, ovf, cg_extract(m, r, 1, ""));
    }
    cg_raise_if(f, ovf, "ValueError",
                "array is too big; `arr.size * arr.dtype.itemsize` is larger than the maximum "
                "possible size.");
    nbytes = cg_select(m, anyzero, i64c(m, 0), nbytes, "nbytes");
    LLVMTypeRef p[5] = {m->i64, m->ptr, m->ptr, m->i32, m->i32};
    LLVMValueRef args[5] = {nbytes};
    cg_loc_args(f, args + 1);
    LLVMValueRef mi = cg_call(m, cg_extern(m, "rt_nrt_alloc", m->ptr, p, 5), args, 5);
    cg_exc_if(f, LLVMBuildIsNull(b, mi, ""));
    /* RtMemInfo.data (runtime.h) */
    LLVMValueRef off = i64c(m, (int64_t)offsetof(RtMemInfo, data));
    LLVMValueRef data = LLVMBuildLoad2(b, m->ptr, LLVMBuildGEP2(b, m->i8, mi, &off, 1, ""), "data");
    if (zero)
        LLVMBuildMemSet(b, data, LLVMConstInt(m->i8, 0, 0), nbytes, 64);
    LLVMValueRef r = make_array(m, t, mi, data, shape, NULL);
    /* a new empty array has all strides 0 in NumPy */
    LLVMValueRef empty = LLVMBuildICmp(b, LLVMIntEQ, nbytes, i64c(m, 0), "");
    LLVMValueRef st = cg_extract(m, r, 3, "");
    st = LLVMBuildSelect(b, empty, LLVMConstNull(LLVMTypeOf(st)), st, "");
    return LLVMBuildInsertValue(b, r, st, 3, "");
}

/* ---- filling and copying ---- */

typedef struct FillCtx {
    LLVMValueRef arr;
    const Type *t;
    LLVMValueRef val; /* of t->dtype */
} FillCtx;

static void fill_body(CgFunc *f, LLVMValueRef *idx, void *ctx)
{
    FillCtx *c = ctx;
    store_elem(f->m, elem_ptr(f->m, c->arr, c->t, idx), c->val, c->t->dtype);
}

/* Every element of a (any layout) = val (already of the dtype). */
static void fill_array(CgFunc *f, LLVMValueRef a, const Type *t, LLVMValueRef val)
{
    CgModule *m = f->m;
    LLVMValueRef shape[t->ndim];
    for (int d = 0; d < t->ndim; d++)
        shape[d] = cg_arr_shape(m, a, d);
    if (t->layout == 'C' && t->ndim > 1) {
        /* one flat loop */
        LLVMValueRef n = shape[0];
        for (int d = 1; d < t->ndim; d++)
            n = LLVMBuildMul(m->b, n, shape[d], "");
        const Type *flat = cg_array_type(f->m, t->dtype, 1, 'C');
        LLVMValueRef fa = make_array(m, flat, cg_arr_meminfo(m, a), cg_arr_data(m, a), &n, NULL);
        FillCtx c = {fa, flat, val};
        nd_loop(f, 1, &n, fill_body, &c);
        return;
    }
    FillCtx c = {a, t, val};
    nd_loop(f, t->ndim, shape, fill_body, &c);
}

typedef struct CopyCtx {
    LLVMValueRef dst, src;
    const Type *dt, *st;
    int bdim[64]; /* source dimension broadcast (length 1) */
    LLVMValueRef bcast[64];
} CopyCtx;

static void copy_body(CgFunc *f, LLVMValueRef *idx, void *ctx)
{
    CopyCtx *c = ctx;
    CgModule *m = f->m;
    LLVMValueRef sidx[c->st->ndim];
    for (int d = 0; d < c->st->ndim; d++)
        sidx[d] = c->bcast[d] ? LLVMBuildSelect(m->b, c->bcast[d], i64c(m, 0), idx[d], "") : idx[d];
    LLVMValueRef v = cg_load_elem(m, elem_ptr(m, c->src, c->st, sidx), c->st->dtype);
    v = cg_store_convert(f, v, c->st->dtype, c->dt->dtype);
    store_elem(m, elem_ptr(m, c->dst, c->dt, idx), v, c->dt->dtype);
}

/* dst[...] = src[...] elementwise (same ndim; src dims of length 1
 * broadcast), converting dtypes. No overlap handling. */
static void copy_elems(CgFunc *f, LLVMValueRef dst, const Type *dt, LLVMValueRef src,
                       const Type *st, bool broadcast)
{
    CgModule *m = f->m;
    CopyCtx c = {dst, src, dt, st, {0}, {0}};
    LLVMValueRef shape[dt->ndim];
    for (int d = 0; d < dt->ndim; d++) {
        shape[d] = cg_arr_shape(m, dst, d);
        if (broadcast)
            c.bcast[d] = LLVMBuildICmp(m->b, LLVMIntEQ, cg_arr_shape(m, src, d), i64c(m, 1), "");
    }
    if (!broadcast && dt->layout == 'C' && st->layout == 'C' && dt->ndim > 1) {
        LLVMValueRef n = shape[0];
        for (int d = 1; d < dt->ndim; d++)
            n = LLVMBuildMul(m->b, n, shape[d], "");
        const Type *fd = cg_array_type(f->m, dt->dtype, 1, 'C');
        const Type *fs = cg_array_type(f->m, st->dtype, 1, 'C');
        c.dst = make_array(m, fd, cg_arr_meminfo(m, dst), cg_arr_data(m, dst), &n, NULL);
        c.src = make_array(m, fs, cg_arr_meminfo(m, src), cg_arr_data(m, src), &n, NULL);
        c.dt = fd;
        c.st = fs;
        nd_loop(f, 1, &n, copy_body, &c);
        return;
    }
    nd_loop(f, dt->ndim, shape, copy_body, &c);
}

/* a.copy(): a new C array with a's elements. */
static LLVMValueRef copy_array(CgFunc *f, LLVMValueRef a, const Type *t, const Type *rt)
{
    CgModule *m = f->m;
    LLVMValueRef shape[t->ndim];
    for (int d = 0; d < t->ndim; d++)
        shape[d] = cg_arr_shape(m, a, d);
    LLVMValueRef r = alloc_array(f, rt, shape, false);
    copy_elems(f, r, rt, a, t, false);
    return r;
}

/* ---- slices ---- */

/* PySlice_AdjustIndices: the slice {start, stop, step} applied to a
 * dimension of length n → (first index, length). */
static void adjust_slice(CgModule *m, LLVMValueRef sl, LLVMValueRef n, LLVMValueRef *first,
                         LLVMValueRef *len)
{
    LLVMBuilderRef b = m->b;
    LLVMValueRef start = cg_extract(m, sl, 0, "start");
    LLVMValueRef stop = cg_extract(m, sl, 1, "stop");
    LLVMValueRef step = cg_extract(m, sl, 2, "step");
    LLVMValueRef zero = i64c(m, 0), one = i64c(m, 1), m1 = i64c(m, -1);
    LLVMValueRef neg = LLVMBuildICmp(b, LLVMIntSLT, step, zero, "");
    LLVMValueRef lo = LLVMBuildSelect(b, neg, m1, zero, "");
    LLVMValueRef hi = LLVMBuildSelect(b, neg, LLVMBuildSub(b, n, one, ""), n, "");
    LLVMValueRef adj[2];
    LLVMValueRef in[2] = {start, stop};
    for (int k = 0; k < 2; k++) {
        LLVMValueRef x = in[k];
        LLVMValueRef xn = LLVMBuildICmp(b, LLVMIntSLT, x, zero, "");
        LLVMValueRef xp = LLVMBuildAdd(b, x, n, "");
        LLVMValueRef under =
            LLVMBuildSelect(b, LLVMBuildICmp(b, LLVMIntSLT, xp, zero, ""), lo, xp, "");
        LLVMValueRef over = LLVMBuildSelect(b, LLVMBuildICmp(b, LLVMIntSGE, x, n, ""), hi, x, "");
        adj[k] = LLVMBuildSelect(b, xn, under, over, "");
    }
    start = adj[0];
    stop = adj[1];
    /* length: step < 0 ? (stop < start ? (start - stop - 1) / -step + 1 : 0)
     *                  : (start < stop ? (stop - start - 1) / step + 1 : 0) */
    LLVMValueRef ustep = LLVMBuildSelect(b, neg, LLVMBuildSub(b, zero, step, ""), step, "");
    LLVMValueRef diff = LLVMBuildSelect(b, neg, LLVMBuildSub(b, start, stop, ""),
                                        LLVMBuildSub(b, stop, start, ""), "");
    LLVMValueRef pos = LLVMBuildICmp(b, LLVMIntSGT, diff, zero, "");
    LLVMValueRef safe = LLVMBuildSelect(b, pos, diff, one, "");
    LLVMValueRef l =
        LLVMBuildAdd(b, LLVMBuildUDiv(b, LLVMBuildSub(b, safe, one, ""), ustep, ""), one, "");
    *len = LLVMBuildSelect(b, pos, l, zero, "len");
    *first = start;
}

/* ---- INDEX ---- */

/* The parts of indexing array a (type t) with index value iv (type it:
 * int64, slice, or tuple of them): either an element pointer (*elem, all
 * ints) or a view (return value, of type rt). */
static LLVMValueRef apply_index(CgFunc *f, LLVMValueRef a, const Type *t, LLVMValueRef iv,
                                const Type *it, const Type *rt, LLVMValueRef *elem)
{
    CgModule *m = f->m;
    LLVMBuilderRef b = m->b;
    int nidx = it->kind == TY_TUPLE ? it->nitems : 1;
    LLVMValueRef items[nidx > 0 ? nidx : 1];
    const Type *itypes[nidx > 0 ? nidx : 1];
    if (it->kind == TY_TUPLE) {
        for (int k = 0; k < nidx; k++) {
            itypes[k] = it->items[k];
            items[k] = cg_from_mem(m, cg_extract(m, iv, (unsigned)k, ""), itypes[k]);
        }
    } else {
        items[0] = iv;
        itypes[0] = it;
    }
    bool all_int = nidx == t->ndim;
    for (int k = 0; k < nidx; k++)
        if (itypes[k]->kind == TY_SLICE)
            all_int = false;
    if (all_int) {
        LLVMValueRef idx[t->ndim];
        for (int d = 0; d < t->ndim; d++)
            idx[d] = wrap_index(f, cg_convert(f, items[d], itypes[d], ti_scalar(TY_INT64)),
                                cg_arr_shape(m, a, d), d);
        *elem = elem_ptr(m, a, t, idx);
        return NULL;
    }
    /* a view: byte offset, kept dimensions */
    LLVMValueRef off = i64c(m, 0);
    LLVMValueRef shape[t->ndim > 0 ? t->ndim : 1], strides[t->ndim > 0 ? t->ndim : 1];
    int nd = 0;
    for (int d = 0; d < t->ndim; d++) {
        /* views keep the stored strides (NumPy's, also for empty arrays) */
        LLVMValueRef n = cg_arr_shape(m, a, d), s = stored_stride(m, a, d);
        if (d >= nidx) {
            shape[nd] = n;
            strides[nd++] = s;
            continue;
        }
        if (itypes[d]->kind == TY_SLICE) {
            LLVMValueRef first, len;
            adjust_slice(m, items[d], n, &first, &len);
            LLVMValueRef step = cg_extract(m, items[d], 2, "");
            /* an empty slice keeps data where it is (first may be -1) */
            LLVMValueRef o = LLVMBuildMul(b, first, s, "");
            o = LLVMBuildSelect(b, LLVMBuildICmp(b, LLVMIntEQ, len, i64c(m, 0), ""), i64c(m, 0), o,
                                "");
            off = LLVMBuildAdd(b, off, o, "");
            shape[nd] = len;
            strides[nd++] = LLVMBuildMul(b, s, step, "");
        } else {
            LLVMValueRef i =
                wrap_index(f, cg_convert(f, items[d], itypes[d], ti_scalar(TY_INT64)), n, d);
            off = LLVMBuildAdd(b, off, LLVMBuildMul(b, i, s, ""), "");
        }
    }
    if (rt->kind != TY_ARRAY || rt->ndim != nd) {
        cg_fail_here(f, "InternalError", "codegen: index result %s for %d dimensions", rt->name,
                     nd);
        return LLVMGetUndef(cg_mem_type(m, rt));
    }
    LLVMValueRef data = LLVMBuildGEP2(b, m->i8, cg_arr_data(m, a), &off, 1, "view");
    *elem = NULL;
    return make_array(m, rt, cg_arr_meminfo(m, a), data, shape, strides);
}

LLVMValueRef cg_array_index(CgFunc *f, LLVMValueRef a, const Type *t, LLVMValueRef iv,
                            const Type *it, const Type *rt)
{
    LLVMValueRef elem = NULL;
    LLVMValueRef view = apply_index(f, a, t, iv, it, rt, &elem);
    if (elem)
        return cg_convert(f, cg_load_elem(f->m, elem, t->dtype), t->dtype, rt);
    return view;
}

/* STORE_INDEX: a[index] = value. `vt` is sig_args[0] (dtype, or the
 * value's array type). */
void cg_array_store(CgFunc *f, LLVMValueRef a, const Type *t, LLVMValueRef iv, const Type *it,
                    LLVMValueRef v, const Type *from, const Type *vt)
{
    CgModule *m = f->m;
    LLVMBuilderRef b = m->b;
    int nidx = it->kind == TY_TUPLE ? it->nitems : 1;
    int nint = 0;
    for (int k = 0; k < nidx; k++)
        nint += (it->kind == TY_TUPLE ? it->items[k] : it)->kind != TY_SLICE;
    const Type *view_t = NULL;
    if (nint < t->ndim || nidx < t->ndim)
        view_t = cg_array_type(f->m, t->dtype, t->ndim - nint, 'A');
    LLVMValueRef elem = NULL;
    LLVMValueRef view = apply_index(f, a, t, iv, it, view_t ? view_t : t->dtype, &elem);
    if (elem) {
        store_elem(m, elem, cg_store_convert(f, v, from, t->dtype), t->dtype);
        return;
    }
    if (vt->kind != TY_ARRAY) {
        fill_array(f, view, view_t, cg_store_convert(f, v, from, t->dtype));
        return;
    }
    /* array value: shapes must match or broadcast from length 1 */
    LLVMValueRef src = cg_convert(f, v, from, vt);
    LLVMValueRef bad = LLVMConstInt(m->i1, 0, 0);
    for (int d = 0; d < view_t->ndim; d++) {
        LLVMValueRef sn = cg_arr_shape(m, src, d), dn = cg_arr_shape(m, view, d);
        LLVMValueRef okd = LLVMBuildOr(b, LLVMBuildICmp(b, LLVMIntEQ, sn, dn, ""),
                                       LLVMBuildICmp(b, LLVMIntEQ, sn, i64c(m, 1), ""), "");
        bad = LLVMBuildOr(b, bad, LLVMBuildNot(b, okd, ""), "");
    }
    LLVMBasicBlockRef rb = cg_block(f, "bcast.error"), ok = cg_block(f, "bcast.ok");
    LLVMBuildCondBr(b, bad, rb, ok);
    LLVMPositionBuilderAtEnd(b, rb);
    {
        /* message from both shapes (pyhelpers.c) */
        int n = view_t->ndim;
        LLVMTypeRef at = LLVMArrayType2(m->i64, (uint64_t)(2 * n));
        LLVMValueRef buf = cg_alloca(f, at, "shapes");
        for (int d = 0; d < n; d++) {
            LLVMValueRef i1 = i64c(m, d), i2 = i64c(m, n + d);
            LLVMBuildStore(b, cg_arr_shape(m, src, d), LLVMBuildGEP2(b, m->i64, buf, &i1, 1, ""));
            LLVMBuildStore(b, cg_arr_shape(m, view, d), LLVMBuildGEP2(b, m->i64, buf, &i2, 1, ""));
        }
        m->raises[f->tf->index] = true;
        LLVMTypeRef p[6] = {m->ptr, m->i64, m->ptr, m->ptr, m->i32, m->i32};
        LLVMValueRef args[6] = {buf, i64c(m, n)};
        cg_loc_args(f, args + 2);
        cg_call(m, cg_extern(m, "cg_rt_broadcast_error", m->voidt, p, 6), args, 6);
        LLVMBuildBr(b, f->exc);
    }
    LLVMPositionBuilderAtEnd(b, ok);
    /* Overlapping memory (a[1:] = a[:-1]): copy through a temporary, as
     * NumPy's result is. Same meminfo (or both host memory with the same
     * base) is treated as possibly overlapping. */
    LLVMValueRef smi = cg_arr_meminfo(m, src), dmi = cg_arr_meminfo(m, view);
    LLVMValueRef same = LLVMBuildOr(
        b,
        LLVMBuildAnd(b, LLVMBuildIsNotNull(b, smi, ""), LLVMBuildICmp(b, LLVMIntEQ, smi, dmi, ""),
                     ""),
        LLVMBuildAnd(b, LLVMBuildIsNull(b, smi, ""), LLVMBuildIsNull(b, dmi, ""), ""), "");
    LLVMBasicBlockRef via = cg_block(f, "copy.tmp"), direct = cg_block(f, "copy.direct"),
                      done = cg_block(f, "copy.done");
    LLVMBuildCondBr(b, same, via, direct);
    LLVMPositionBuilderAtEnd(b, via);
    {
        const Type *ct = cg_array_type(f->m, vt->dtype, vt->ndim, 'C');
        LLVMValueRef tmp = copy_array(f, src, vt, ct);
        copy_elems(f, view, view_t, tmp, ct, true);
        decref_mi(m, cg_arr_meminfo(m, tmp));
        LLVMBuildBr(b, done);
    }
    LLVMPositionBuilderAtEnd(b, direct);
    copy_elems(f, view, view_t, src, vt, true);
    LLVMBuildBr(b, done);
    LLVMPositionBuilderAtEnd(b, done);
}

/* BUILD_SLICE → {start, stop, step} normalised like PySlice_Unpack. */
LLVMValueRef cg_build_slice(CgFunc *f, LLVMValueRef *v, const Type **t, int n)
{
    CgModule *m = f->m;
    LLVMBuilderRef b = m->b;
    bool has[3] = {false, false, false};
    LLVMValueRef x[3] = {NULL, NULL, NULL};
    for (int k = 0; k < n && k < 3; k++) {
        if (t[k]->kind != TY_NONE) {
            has[k] = true;
            x[k] = cg_convert(f, v[k], t[k], ti_scalar(TY_INT64));
        }
    }
    LLVMValueRef step = i64c(m, 1);
    if (has[2]) {
        step = x[2];
        cg_raise_if(f, LLVMBuildICmp(b, LLVMIntEQ, step, i64c(m, 0), ""), "ValueError",
                    "slice step cannot be zero");
        step = LLVMBuildSelect(b, LLVMBuildICmp(b, LLVMIntSLT, step, i64c(m, -INT64_MAX), ""),
                               i64c(m, -INT64_MAX), step, "");
    }
    LLVMValueRef neg = LLVMBuildICmp(b, LLVMIntSLT, step, i64c(m, 0), "");
    LLVMValueRef start =
        has[0] ? x[0] : LLVMBuildSelect(b, neg, i64c(m, INT64_MAX), i64c(m, 0), "");
    LLVMValueRef stop =
        has[1] ? x[1] : LLVMBuildSelect(b, neg, i64c(m, INT64_MIN), i64c(m, INT64_MAX), "");
    LLVMTypeRef f3[3] = {m->i64, m->i64, m->i64};
    LLVMValueRef s = LLVMGetUndef(LLVMStructTypeInContext(m->ctx, f3, 3, 0));
    s = LLVMBuildInsertValue(b, s, start, 0, "");
    s = LLVMBuildInsertValue(b, s, stop, 1, "");
    return LLVMBuildInsertValue(b, s, step, 2, "");
}

/* ---- attributes ---- */

static LLVMValueRef int_tuple(CgModule *m, const Type *tt, LLVMValueRef *items, int n)
{
    LLVMValueRef v = LLVMGetUndef(cg_mem_type(m, tt));
    for (int i = 0; i < n; i++)
        v = LLVMBuildInsertValue(m->b, v, items[i], (unsigned)i, "");
    return v;
}

/* LOAD_ATTR name of array a (type t); result type rt. NULL if unknown. */
LLVMValueRef cg_array_attr(CgFunc *f, LLVMValueRef a, const Type *t, const char *name,
                           const Type *rt)
{
    CgModule *m = f->m;
    LLVMBuilderRef b = m->b;
    int n = t->ndim;
    LLVMValueRef items[n];
    if (!strcmp(name, "shape") || !strcmp(name, "strides")) {
        bool sh = name[1] == 'h';
        for (int d = 0; d < n; d++)
            items[d] = sh ? cg_arr_shape(m, a, d) : stored_stride(m, a, d);
        return int_tuple(m, rt, items, n);
    }
    if (!strcmp(name, "size")) {
        LLVMValueRef s = i64c(m, 1);
        for (int d = 0; d < n; d++)
            s = LLVMBuildMul(b, s, cg_arr_shape(m, a, d), "");
        return s;
    }
    if (!strcmp(name, "T")) {
        if (n == 1)
            return cg_convert(f, a, t, rt);
        LLVMValueRef shape[n], strides[n];
        for (int d = 0; d < n; d++) {
            shape[d] = cg_arr_shape(m, a, n - 1 - d);
            strides[d] = stored_stride(m, a, n - 1 - d);
        }
        return make_array(m, rt, cg_arr_meminfo(m, a), cg_arr_data(m, a), shape, strides);
    }
    if (rt->kind == TY_METHOD || cg_is_ctonly(rt))
        return rt->kind == TY_METHOD ? cg_convert(f, a, t, rt->of) : cg_empty(m);
    return NULL;
}

/* ---- methods ---- */

LLVMValueRef cg_array_method(CgFunc *f, const TiInst *in)
{
    CgModule *m = f->m;
    LLVMBuilderRef b = m->b;
    const TiFunc *tf = f->tf;
    const Type *mt = tf->value_types[in->args[0]];
    const Type *t = mt->of;
    const Type *rt = tf->value_types[in->res];
    LLVMValueRef a = f->vals[in->args[0]];
    int nargs = in->nargs - 1;
    switch (mt->builtin) {
    case BI_ARRAY_COPY:
        return copy_array(f, a, t, rt);
    case BI_ARRAY_FILL: {
        const Type *xt = tf->value_types[in->args[1]];
        fill_array(f, a, t, cg_store_convert(f, f->vals[in->args[1]], xt, t->dtype));
        return cg_empty(m);
    }
    case BI_ARRAY_RESHAPE: {
        int k = rt->ndim;
        LLVMValueRef dims[k];
        if (nargs == 1 && tf->value_types[in->args[1]]->kind == TY_TUPLE) {
            const Type *tt = tf->value_types[in->args[1]];
            for (int i = 0; i < k; i++)
                dims[i] = cg_convert(f, cg_extract(m, f->vals[in->args[1]], (unsigned)i, ""),
                                     tt->items[i], ti_scalar(TY_INT64));
        } else {
            for (int i = 0; i < k; i++)
                dims[i] = cg_convert(f, f->vals[in->args[i + 1]], tf->value_types[in->args[i + 1]],
                                     ti_scalar(TY_INT64));
        }
        LLVMValueRef size = i64c(m, 1);
        for (int d = 0; d < t->ndim; d++)
            size = LLVMBuildMul(b, size, cg_arr_shape(m, a, d), "");
        /* -1: inferred; two of them is an error */
        LLVMValueRef nunk = i64c(m, 0), known = i64c(m, 1);
        for (int i = 0; i < k; i++) {
            LLVMValueRef u = LLVMBuildICmp(b, LLVMIntEQ, dims[i], i64c(m, -1), "");
            nunk = LLVMBuildAdd(b, nunk, LLVMBuildZExt(b, u, m->i64, ""), "");
            known = LLVMBuildMul(b, known, LLVMBuildSelect(b, u, i64c(m, 1), dims[i], ""), "");
        }
        cg_raise_if(f, LLVMBuildICmp(b, LLVMIntSGT, nunk, i64c(m, 1), ""), "ValueError",
                    "can only specify one unknown dimension");
        LLVMValueRef safe = LLVMBuildSelect(b, LLVMBuildICmp(b, LLVMIntEQ, known, i64c(m, 0), ""),
                                            i64c(m, 1), known, "");
        LLVMValueRef inferred = LLVMBuildSDiv(b, size, safe, "");
        LLVMValueRef bad = LLVMConstInt(m->i1, 0, 0);
        LLVMValueRef prod = i64c(m, 1);
        LLVMValueRef nd[k];
        for (int i = 0; i < k; i++) {
            LLVMValueRef u = LLVMBuildICmp(b, LLVMIntEQ, dims[i], i64c(m, -1), "");
            nd[i] = LLVMBuildSelect(b, u, inferred, dims[i], "");
            bad = LLVMBuildOr(b, bad, LLVMBuildICmp(b, LLVMIntSLT, nd[i], i64c(m, 0), ""), "");
            prod = LLVMBuildMul(b, prod, nd[i], "");
        }
        bad = LLVMBuildOr(b, bad, LLVMBuildICmp(b, LLVMIntNE, prod, size, ""), "");
        /* an unknown dimension next to a known product of 0 cannot be
         * inferred (NumPy raises even for an empty array) */
        bad = LLVMBuildOr(b, bad,
                          LLVMBuildAnd(b, LLVMBuildICmp(b, LLVMIntEQ, nunk, i64c(m, 1), ""),
                                       LLVMBuildICmp(b, LLVMIntEQ, known, i64c(m, 0), ""), ""),
                          "");
        LLVMBasicBlockRef rb = cg_block(f, "reshape.error"), ok = cg_block(f, "reshape.ok");
        LLVMBuildCondBr(b, bad, rb, ok);
        LLVMPositionBuilderAtEnd(b, rb);
        {
            LLVMValueRef buf = cg_alloca(f, LLVMArrayType2(m->i64, (uint64_t)k), "newshape");
            for (int i = 0; i < k; i++) {
                LLVMValueRef ii = i64c(m, i);
                LLVMBuildStore(b, dims[i], LLVMBuildGEP2(b, m->i64, buf, &ii, 1, ""));
            }
            m->raises[tf->index] = true;
            LLVMTypeRef p[7] = {m->i64, m->ptr, m->i64, m->ptr, m->ptr, m->i32, m->i32};
            LLVMValueRef args[7] = {size, buf, i64c(m, k)};
            cg_loc_args(f, args + 3);
            cg_call(m, cg_extern(m, "cg_rt_reshape_error", m->voidt, p, 7), args, 7);
            LLVMBuildBr(b, f->exc);
        }
        LLVMPositionBuilderAtEnd(b, ok);
        return make_array(m, rt, cg_arr_meminfo(m, a), cg_arr_data(m, a), nd, NULL);
    }
    default:
        break;
    }
    cg_fail_here(f, "NotImplementedError", "codegen: array method %s() is not supported yet",
                 ti_builtin_info[mt->builtin].name);
    return LLVMGetUndef(cg_value_type(m, rt));
}

/* ---- numpy creation ---- */

/* Parameter p of a numpy builtin call converted to its sig type, or NULL
 * when defaulted. */
static LLVMValueRef np_param(CgFunc *f, const TiInst *in, int p, const Type **type)
{
    if (!in->argmap || in->argmap[p] < 1)
        return NULL;
    int ai = in->argmap[p];
    int id = in->args[ai];
    const Type *vt = f->tf->value_types[id];
    const Type *st = in->sig_args && in->sig_args[ai - 1] ? in->sig_args[ai - 1] : vt;
    if (type)
        *type = st;
    if (st->kind == TY_DTYPE || st->kind == TY_BUILTIN || st->kind == TY_NONE)
        return NULL;
    return cg_convert(f, f->vals[id], vt, st);
}

/* shape argument (int64 or tuple of int64) → dims */
static void shape_dims(CgFunc *f, LLVMValueRef v, const Type *st, int k, LLVMValueRef *dims)
{
    CgModule *m = f->m;
    if (st->kind == TY_TUPLE) {
        for (int i = 0; i < k; i++)
            dims[i] =
                cg_convert(f, cg_extract(m, v, (unsigned)i, ""), st->items[i], ti_scalar(TY_INT64));
    } else {
        dims[0] = cg_convert(f, v, st, ti_scalar(TY_INT64));
    }
}

static LLVMValueRef np_arange(CgFunc *f, const TiInst *in, const Type *rt)
{
    CgModule *m = f->m;
    LLVMBuilderRef b = m->b;
    const Type *at = NULL;
    LLVMValueRef start = np_param(f, in, 0, &at);
    LLVMValueRef stop = np_param(f, in, 1, &at);
    LLVMValueRef step = np_param(f, in, 2, &at);
    const Type *st = stop ? at : ti_scalar(TY_INT64);
    if (!stop) {
        cg_fail_here(f, "InternalError", "codegen: arange without stop");
        return LLVMGetUndef(cg_mem_type(m, rt));
    }
    bool fl = ti_is_float(st);
    LLVMTypeRef lt = cg_value_type(m, st);
    if (!start)
        start = fl ? LLVMConstReal(lt, 0.0) : LLVMConstInt(lt, 0, 0);
    if (!step)
        step = fl ? LLVMConstReal(lt, 1.0) : LLVMConstInt(lt, 1, 0);
    LLVMValueRef len;
    if (fl) {
        cg_raise_if(f, LLVMBuildFCmp(b, LLVMRealOEQ, step, LLVMConstReal(lt, 0.0), ""),
                    "ZeroDivisionError", "float division by zero");
        LLVMValueRef q = LLVMBuildFDiv(b, LLVMBuildFSub(b, stop, start, ""), step, "");
        q = cg_intrinsic(m, "llvm.ceil", lt, &q, 1);
        /* NaN / negative → 0; huge → raise below via the size check */
        LLVMValueRef okq = LLVMBuildFCmp(b, LLVMRealOGT, q, LLVMConstReal(lt, 0.0), "");
        LLVMValueRef big = LLVMBuildFCmp(b, LLVMRealOGE, q, LLVMConstReal(lt, 9.2e18), "");
        cg_raise_if(f, big, "ValueError", "Maximum allowed size exceeded");
        len = LLVMBuildSelect(b, okq, LLVMBuildFPToSI(b, q, m->i64, ""), i64c(m, 0), "len");
    } else {
        cg_raise_if(f, LLVMBuildICmp(b, LLVMIntEQ, step, i64c(m, 0), ""), "ZeroDivisionError",
                    "division by zero");
        LLVMValueRef neg = LLVMBuildICmp(b, LLVMIntSLT, step, i64c(m, 0), "");
        LLVMValueRef diff = LLVMBuildSelect(b, neg, LLVMBuildSub(b, start, stop, ""),
                                            LLVMBuildSub(b, stop, start, ""), "");
        LLVMValueRef ust = LLVMBuildSelect(b, neg, LLVMBuildSub(b, i64c(m, 0), step, ""), step, "");
        LLVMValueRef lo = LLVMBuildSelect(b, neg, stop, start, "");
        LLVMValueRef hi = LLVMBuildSelect(b, neg, start, stop, "");
        LLVMValueRef pos = LLVMBuildICmp(b, LLVMIntSLT, lo, hi, "");
        LLVMValueRef safe = LLVMBuildSelect(b, pos, diff, i64c(m, 1), "");
        LLVMValueRef l = LLVMBuildAdd(
            b, LLVMBuildUDiv(b, LLVMBuildSub(b, safe, i64c(m, 1), ""), ust, ""), i64c(m, 1), "");
        len = LLVMBuildSelect(b, pos, l, i64c(m, 0), "len");
    }
    LLVMValueRef r = alloc_array(f, rt, &len, false);
    /* NumPy fills like its dtype's `fill`: a0 = start and a1 = start + step
     * converted to the dtype, delta = a1 - a0 in the dtype, element i =
     * a0 + i * delta in the dtype */
    const Type *dt = rt->dtype;
    LLVMValueRef a0 = cg_store_convert(f, start, st, dt);
    LLVMValueRef a1 = cg_store_convert(
        f, fl ? LLVMBuildFAdd(b, start, step, "") : LLVMBuildAdd(b, start, step, ""), st, dt);
    bool dfl = ti_is_float(dt);
    LLVMTypeRef dlt = cg_value_type(m, dt);
    LLVMValueRef delta = dfl ? LLVMBuildFSub(b, a1, a0, "") : LLVMBuildSub(b, a1, a0, "");
    LLVMBasicBlockRef pre = LLVMGetInsertBlock(b);
    LLVMBasicBlockRef hdr = cg_block(f, "arange.head"), bdy = cg_block(f, "arange.body"),
                      exit = cg_block(f, "arange.exit");
    LLVMBuildBr(b, hdr);
    LLVMPositionBuilderAtEnd(b, hdr);
    LLVMValueRef i = LLVMBuildPhi(b, m->i64, "i");
    LLVMBuildCondBr(b, LLVMBuildICmp(b, LLVMIntSLT, i, len, ""), bdy, exit);
    LLVMPositionBuilderAtEnd(b, bdy);
    LLVMValueRef x;
    if (dfl)
        x = LLVMBuildFAdd(b, a0, LLVMBuildFMul(b, LLVMBuildSIToFP(b, i, dlt, ""), delta, ""), "");
    else
        x = LLVMBuildAdd(b, a0, LLVMBuildMul(b, LLVMBuildTrunc(b, i, dlt, ""), delta, ""), "");
    /* the first element is a0 itself (-0.0 stays -0.0) */
    x = LLVMBuildSelect(b, LLVMBuildICmp(b, LLVMIntEQ, i, i64c(m, 0), ""), a0, x, "");
    LLVMValueRef p = LLVMBuildGEP2(b, cg_mem_type(m, rt->dtype), cg_arr_data(m, r), &i, 1, "");
    store_elem(m, p, x, rt->dtype);
    LLVMValueRef nx = LLVMBuildAdd(b, i, i64c(m, 1), "");
    LLVMBasicBlockRef latch = LLVMGetInsertBlock(b);
    LLVMBuildBr(b, hdr);
    LLVMValueRef z = i64c(m, 0);
    LLVMAddIncoming(i, &z, &pre, 1);
    LLVMAddIncoming(i, &nx, &latch, 1);
    LLVMPositionBuilderAtEnd(b, exit);
    return r;
}

static LLVMValueRef np_linspace(CgFunc *f, const TiInst *in, const Type *rt)
{
    CgModule *m = f->m;
    LLVMBuilderRef b = m->b;
    LLVMValueRef start = np_param(f, in, 0, NULL), stop = np_param(f, in, 1, NULL);
    LLVMValueRef num = np_param(f, in, 2, NULL), endpoint = np_param(f, in, 3, NULL);
    if (!num)
        num = i64c(m, 50);
    if (!endpoint)
        endpoint = LLVMConstInt(m->i1, 1, 0);
    LLVMBasicBlockRef cur = LLVMGetInsertBlock(b);
    (void)cur;
    LLVMValueRef negn = LLVMBuildICmp(b, LLVMIntSLT, num, i64c(m, 0), "");
    LLVMBasicBlockRef rb = cg_block(f, "linspace.error"), ok = cg_block(f, "linspace.ok");
    LLVMBuildCondBr(b, negn, rb, ok);
    LLVMPositionBuilderAtEnd(b, rb);
    {
        m->raises[f->tf->index] = true;
        LLVMTypeRef p[5] = {m->i64, m->ptr, m->ptr, m->i32, m->i32};
        LLVMValueRef args[5] = {num};
        cg_loc_args(f, args + 1);
        cg_call(m, cg_extern(m, "cg_rt_linspace_error", m->voidt, p, 5), args, 5);
        LLVMBuildBr(b, f->exc);
    }
    LLVMPositionBuilderAtEnd(b, ok);
    LLVMValueRef r = alloc_array(f, rt, &num, false);
    LLVMValueRef div = LLVMBuildSelect(b, endpoint, LLVMBuildSub(b, num, i64c(m, 1), ""), num, "");
    LLVMValueRef delta = LLVMBuildFSub(b, stop, start, "");
    LLVMValueRef divf = LLVMBuildSIToFP(b, div, m->f64, "");
    LLVMValueRef step = LLVMBuildFDiv(b, delta, divf, "step");
    LLVMValueRef divpos = LLVMBuildICmp(b, LLVMIntSGT, div, i64c(m, 0), "");
    LLVMValueRef stepz = LLVMBuildFCmp(b, LLVMRealOEQ, step, LLVMConstReal(m->f64, 0.0), "");
    LLVMBasicBlockRef pre = LLVMGetInsertBlock(b);
    LLVMBasicBlockRef hdr = cg_block(f, "ls.head"), bdy = cg_block(f, "ls.body"),
                      exit = cg_block(f, "ls.exit");
    LLVMBuildBr(b, hdr);
    LLVMPositionBuilderAtEnd(b, hdr);
    LLVMValueRef i = LLVMBuildPhi(b, m->i64, "i");
    LLVMBuildCondBr(b, LLVMBuildICmp(b, LLVMIntSLT, i, num, ""), bdy, exit);
    LLVMPositionBuilderAtEnd(b, bdy);
    LLVMValueRef fi = LLVMBuildSIToFP(b, i, m->f64, "");
    /* div > 0: step != 0 ? start + i*step : start + (i/div)*delta;
     * div == 0: start + i*delta */
    LLVMValueRef x1 = LLVMBuildFAdd(b, start, LLVMBuildFMul(b, fi, step, ""), "");
    LLVMValueRef x2 =
        LLVMBuildFAdd(b, start, LLVMBuildFMul(b, LLVMBuildFDiv(b, fi, divf, ""), delta, ""), "");
    LLVMValueRef x3 = LLVMBuildFAdd(b, start, LLVMBuildFMul(b, fi, delta, ""), "");
    LLVMValueRef x = LLVMBuildSelect(b, divpos, LLVMBuildSelect(b, stepz, x2, x1, ""), x3, "");
    /* with endpoint and num > 1 the last element is exactly stop */
    LLVMValueRef last = LLVMBuildAnd(
        b, LLVMBuildAnd(b, endpoint, LLVMBuildICmp(b, LLVMIntSGT, num, i64c(m, 1), ""), ""),
        LLVMBuildICmp(b, LLVMIntEQ, i, LLVMBuildSub(b, num, i64c(m, 1), ""), ""), "");
    x = LLVMBuildSelect(b, last, stop, x, "");
    LLVMValueRef p = LLVMBuildGEP2(b, m->f64, cg_arr_data(m, r), &i, 1, "");
    LLVMBuildStore(b, x, p);
    LLVMValueRef nx = LLVMBuildAdd(b, i, i64c(m, 1), "");
    LLVMBasicBlockRef latch = LLVMGetInsertBlock(b);
    LLVMBuildBr(b, hdr);
    LLVMValueRef z = i64c(m, 0);
    LLVMAddIncoming(i, &z, &pre, 1);
    LLVMAddIncoming(i, &nx, &latch, 1);
    LLVMPositionBuilderAtEnd(b, exit);
    return r;
}

LLVMValueRef cg_numpy_call(CgFunc *f, const TiInst *in, TiBuiltin id)
{
    CgModule *m = f->m;
    const Type *rt = f->tf->value_types[in->res];
    if (rt->kind != TY_ARRAY) {
        cg_fail_here(f, "InternalError", "codegen: numpy.%s returns %s", ti_builtin_info[id].name,
                     rt->name);
        return LLVMGetUndef(cg_value_type(m, rt));
    }
    switch (id) {
    case BI_NP_ARANGE:
        return np_arange(f, in, rt);
    case BI_NP_LINSPACE:
        return np_linspace(f, in, rt);
    default:
        break;
    }
    int k = rt->ndim;
    LLVMValueRef dims[k];
    const Type *st = NULL;
    LLVMValueRef sv = np_param(f, in, 0, &st);
    bool like = id == BI_NP_EMPTY_LIKE || id == BI_NP_ZEROS_LIKE || id == BI_NP_ONES_LIKE ||
                id == BI_NP_FULL_LIKE;
    if (like) {
        for (int d = 0; d < k; d++)
            dims[d] = cg_arr_shape(m, sv, d);
    } else {
        shape_dims(f, sv, st, k, dims);
    }
    bool zero = id == BI_NP_ZEROS || id == BI_NP_ZEROS_LIKE;
    LLVMValueRef r = alloc_array(f, rt, dims, zero);
    LLVMValueRef fillv = NULL;
    if (id == BI_NP_ONES || id == BI_NP_ONES_LIKE) {
        fillv = cg_convert(f, LLVMConstInt(m->i64, 1, 0), ti_scalar(TY_INT64), rt->dtype);
    } else if (id == BI_NP_FULL || id == BI_NP_FULL_LIKE) {
        int ai = in->argmap[1];
        int vid = in->args[ai];
        const Type *vt = f->tf->value_types[vid];
        if (ti_is_float(vt) && ti_is_signed(rt->dtype) && ti_bits(rt->dtype) < 64) {
            /* NumPy fills through a C cast: outside int32 the x86
             * conversion gives INT32_MIN ("integer indefinite"), then
             * narrower types truncate; NaN/inf/outside int64 raise like
             * a store (docs/semantics.md) */
            LLVMBuilderRef b = m->b;
            LLVMValueRef x = cg_convert(f, f->vals[vid], vt, ti_scalar(TY_FLOAT64));
            LLVMValueRef i =
                cg_float_to_int_store(f, x, ti_scalar(TY_FLOAT64), ti_scalar(TY_INT64));
            LLVMValueRef out =
                LLVMBuildOr(b, LLVMBuildICmp(b, LLVMIntSLT, i, i64c(m, INT32_MIN), ""),
                            LLVMBuildICmp(b, LLVMIntSGT, i, i64c(m, INT32_MAX), ""), "");
            i = LLVMBuildSelect(b, out, i64c(m, INT32_MIN), i, "");
            fillv = cg_convert(f, i, ti_scalar(TY_INT64), rt->dtype);
        } else {
            fillv = cg_store_convert(f, f->vals[vid], vt, rt->dtype);
        }
    }
    if (fillv)
        fill_array(f, r, rt, fillv);
    return r;
}

/* ---- iteration ---- */

LLVMValueRef cg_array_iter_next(CgFunc *f, const Type *t, LLVMValueRef p, LLVMBasicBlockRef done,
                                const Type *want)
{
    CgModule *m = f->m;
    LLVMBuilderRef b = m->b;
    LLVMTypeRef st = cg_iter_type(m, t);
    LLVMValueRef a = LLVMBuildLoad2(b, cg_mem_type(m, t), LLVMBuildStructGEP2(b, st, p, 0, ""), "");
    LLVMValueRef ip = LLVMBuildStructGEP2(b, st, p, 1, "");
    LLVMValueRef i = LLVMBuildLoad2(b, m->i64, ip, "");
    LLVMBasicBlockRef body = cg_block(f, "for.body");
    LLVMBuildCondBr(b, LLVMBuildICmp(b, LLVMIntSLT, i, cg_arr_shape(m, a, 0), ""), body, done);
    LLVMPositionBuilderAtEnd(b, body);
    LLVMBuildStore(b, LLVMBuildAdd(b, i, i64c(m, 1), ""), ip);
    const Type *it =
        t->ndim == 1 ? t->dtype : cg_array_type(f->m, t->dtype, t->ndim - 1, t->layout);
    /* a[i] with i in [0, shape[0]): no wraparound needed */
    if (t->ndim == 1) {
        LLVMValueRef idx[1] = {i};
        return cg_convert(f, cg_load_elem(m, elem_ptr(m, a, t, idx), t->dtype), t->dtype, want);
    }
    LLVMValueRef off = LLVMBuildMul(b, i, cg_arr_stride(m, a, t, 0), "");
    LLVMValueRef data = LLVMBuildGEP2(b, m->i8, cg_arr_data(m, a), &off, 1, "row");
    LLVMValueRef shape[t->ndim], strides[t->ndim];
    for (int d = 1; d < t->ndim; d++) {
        shape[d - 1] = cg_arr_shape(m, a, d);
        strides[d - 1] = stored_stride(m, a, d);
    }
    return cg_convert(f, make_array(m, it, cg_arr_meminfo(m, a), data, shape, strides), it, want);
}

/* ---- the C ABI: jit_array ---- */

LLVMTypeRef cg_jit_array_type(CgModule *m)
{
    LLVMTypeRef sh = LLVMArrayType2(m->i64, JIT_MAX_NDIM);
    LLVMTypeRef f6[6] = {m->ptr, m->i32, m->i32, sh, sh, m->ptr};
    return LLVMStructTypeInContext(m->ctx, f6, 6, 0);
}

LLVMTypeRef cg_abi_mem_type(CgModule *m, const Type *t)
{
    if (t->kind == TY_ARRAY)
        return cg_jit_array_type(m);
    if (t->kind == TY_TUPLE && cg_has_refs(t)) {
        LLVMTypeRef items[t->nitems > 0 ? t->nitems : 1];
        for (int i = 0; i < t->nitems; i++)
            items[i] = cg_abi_mem_type(m, t->items[i]);
        return LLVMStructTypeInContext(m->ctx, items, (unsigned)t->nitems, 0);
    }
    return cg_mem_type(m, t);
}

/* internal memory value of type t from the ABI value at p */
LLVMValueRef cg_from_abi(CgModule *m, LLVMValueRef p, const Type *t)
{
    LLVMBuilderRef b = m->b;
    if (t->kind == TY_ARRAY) {
        LLVMTypeRef jt = cg_jit_array_type(m);
        LLVMTypeRef sh = LLVMArrayType2(m->i64, JIT_MAX_NDIM);
        LLVMValueRef data = LLVMBuildLoad2(b, m->ptr, LLVMBuildStructGEP2(b, jt, p, 0, ""), "");
        LLVMValueRef mi = LLVMBuildLoad2(b, m->ptr, LLVMBuildStructGEP2(b, jt, p, 5, ""), "");
        LLVMValueRef shp = LLVMBuildStructGEP2(b, jt, p, 3, "");
        LLVMValueRef stp = LLVMBuildStructGEP2(b, jt, p, 4, "");
        LLVMValueRef shape[t->ndim], strides[t->ndim];
        for (int d = 0; d < t->ndim; d++) {
            LLVMValueRef gi[2] = {i64c(m, 0), i64c(m, d)};
            shape[d] = LLVMBuildLoad2(b, m->i64, LLVMBuildGEP2(b, sh, shp, gi, 2, ""), "");
            strides[d] = LLVMBuildLoad2(b, m->i64, LLVMBuildGEP2(b, sh, stp, gi, 2, ""), "");
        }
        return make_array(m, t, mi, data, shape, strides);
    }
    if (t->kind == TY_TUPLE && cg_has_refs(t)) {
        LLVMTypeRef at = cg_abi_mem_type(m, t);
        LLVMValueRef v = LLVMGetUndef(cg_mem_type(m, t));
        for (int i = 0; i < t->nitems; i++)
            v = LLVMBuildInsertValue(
                b, v, cg_from_abi(m, LLVMBuildStructGEP2(b, at, p, (unsigned)i, ""), t->items[i]),
                (unsigned)i, "");
        return v;
    }
    return LLVMBuildLoad2(b, cg_mem_type(m, t), p, "");
}

static int jit_kind_of(const Type *d)
{
    switch (d->kind) {
    case TY_BOOL:
        return JIT_BOOL;
    case TY_INT8:
        return JIT_INT8;
    case TY_INT16:
        return JIT_INT16;
    case TY_INT32:
        return JIT_INT32;
    case TY_INT64:
        return JIT_INT64;
    case TY_UINT8:
        return JIT_UINT8;
    case TY_UINT16:
        return JIT_UINT16;
    case TY_UINT32:
        return JIT_UINT32;
    case TY_UINT64:
        return JIT_UINT64;
    case TY_FLOAT32:
        return JIT_FLOAT32;
    default:
        return JIT_FLOAT64;
    }
}

/* stores internal memory value v of type t at p in ABI form */
void cg_to_abi(CgModule *m, LLVMValueRef v, const Type *t, LLVMValueRef p)
{
    LLVMBuilderRef b = m->b;
    if (t->kind == TY_ARRAY) {
        LLVMTypeRef jt = cg_jit_array_type(m);
        LLVMTypeRef sh = LLVMArrayType2(m->i64, JIT_MAX_NDIM);
        LLVMBuildMemSet(b, p, LLVMConstInt(m->i8, 0, 0), LLVMSizeOf(jt), 8);
        LLVMBuildStore(b, cg_arr_data(m, v), LLVMBuildStructGEP2(b, jt, p, 0, ""));
        LLVMBuildStore(b, LLVMConstInt(m->i32, (unsigned long long)jit_kind_of(t->dtype), 0),
                       LLVMBuildStructGEP2(b, jt, p, 1, ""));
        LLVMBuildStore(b, LLVMConstInt(m->i32, (unsigned long long)t->ndim, 0),
                       LLVMBuildStructGEP2(b, jt, p, 2, ""));
        LLVMValueRef shp = LLVMBuildStructGEP2(b, jt, p, 3, "");
        LLVMValueRef stp = LLVMBuildStructGEP2(b, jt, p, 4, "");
        for (int d = 0; d < t->ndim; d++) {
            LLVMValueRef gi[2] = {i64c(m, 0), i64c(m, d)};
            LLVMBuildStore(b, cg_arr_shape(m, v, d), LLVMBuildGEP2(b, sh, shp, gi, 2, ""));
            LLVMBuildStore(b, stored_stride(m, v, d), LLVMBuildGEP2(b, sh, stp, gi, 2, ""));
        }
        LLVMBuildStore(b, cg_arr_meminfo(m, v), LLVMBuildStructGEP2(b, jt, p, 5, ""));
        return;
    }
    if (t->kind == TY_TUPLE && cg_has_refs(t)) {
        LLVMTypeRef at = cg_abi_mem_type(m, t);
        for (int i = 0; i < t->nitems; i++)
            cg_to_abi(m, cg_extract(m, v, (unsigned)i, ""), t->items[i],
                      LLVMBuildStructGEP2(b, at, p, (unsigned)i, ""));
        return;
    }
    LLVMBuildStore(b, v, p);
}
