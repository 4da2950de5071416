/* codegen/datamodel.c — how each pyjit Type is laid out in LLVM.
 * Type → value form (SSA: bool is i1) and memory form (allocas, tuple items,
 * internal-call arguments and results, the C ABI: bool is i8). The one place
 * that knows layouts; tuples are literal, non-packed structs of item memory
 * types, so they match the C struct the API computes with natural alignment. */
#include "internal.h"

bool cg_is_ctonly(const Type *t)
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

bool cg_has_refs(const Type *t)
{
    if (!t)
        return false;
    switch (t->kind) {
    case TY_ARRAY:
        return true;
    case TY_TUPLE:
    case TY_ZIP:
        for (int i = 0; i < t->nitems; i++)
            if (cg_has_refs(t->items[i]))
                return true;
        return false;
    case TY_ITER:
    case TY_ENUMERATE:
    case TY_METHOD:
        return cg_has_refs(t->of);
    default:
        return false;
    }
}

LLVMValueRef cg_empty(CgModule *m)
{
    return LLVMConstNamedStruct(m->empty, NULL, 0);
}

static LLVMTypeRef type_of(CgModule *m, const Type *t, bool mem);

static LLVMTypeRef type_of(CgModule *m, const Type *t, bool mem)
{
    switch (t->kind) {
    case TY_BOOL:
        return mem ? m->i8 : m->i1;
    case TY_INT8:
    case TY_UINT8:
        return m->i8;
    case TY_INT16:
    case TY_UINT16:
        return m->i16;
    case TY_INT32:
    case TY_UINT32:
        return m->i32;
    case TY_INT64:
    case TY_UINT64:
        return m->i64;
    case TY_FLOAT32:
        return m->f32;
    case TY_FLOAT64:
        return m->f64;
    case TY_TUPLE: {
        LLVMTypeRef items[t->nitems > 0 ? t->nitems : 1];
        for (int i = 0; i < t->nitems; i++)
            items[i] = type_of(m, t->items[i], true);
        return LLVMStructTypeInContext(m->ctx, items, (unsigned)t->nitems, 0);
    }
    case TY_RANGE: {
        /* {start, stop, step} */
        LLVMTypeRef f[3] = {m->i64, m->i64, m->i64};
        return LLVMStructTypeInContext(m->ctx, f, 3, 0);
    }
    case TY_ITER:
        return cg_iter_type(m, t->of);
    case TY_ENUMERATE:
        /* enumerate(x) is x until iterated */
        return type_of(m, t->of, mem);
    case TY_ZIP: {
        LLVMTypeRef items[t->nitems > 0 ? t->nitems : 1];
        for (int i = 0; i < t->nitems; i++)
            items[i] = type_of(m, t->items[i], true);
        return LLVMStructTypeInContext(m->ctx, items, (unsigned)t->nitems, 0);
    }
    case TY_ARRAY: {
        /* {meminfo, data, shape[ndim], strides[ndim] (bytes)}; for 'C'
         * arrays the strides are kept for the ABI and .strides but code
         * computes them from the shape (arrays.c) */
        LLVMTypeRef dims = LLVMArrayType2(m->i64, (uint64_t)(t->ndim > 0 ? t->ndim : 1));
        LLVMTypeRef f4[4] = {m->ptr, m->ptr, dims, dims};
        return LLVMStructTypeInContext(m->ctx, f4, 4, 0);
    }
    case TY_SLICE: {
        /* {start, stop, step}, normalised (typeinfer.h BUILD_SLICE) */
        LLVMTypeRef f3[3] = {m->i64, m->i64, m->i64};
        return LLVMStructTypeInContext(m->ctx, f3, 3, 0);
    }
    case TY_METHOD:
        /* a bound method is its receiver */
        return type_of(m, t->of, mem);
    default:
        if (cg_is_ctonly(t))
            return m->empty;
        break;
    }
    cg_fail(m, "InternalError", m->loc, "codegen: type %s is not supported yet (no data model)",
            t->name ? t->name : "?");
    return m->empty;
}

LLVMTypeRef cg_iter_type(CgModule *m, const Type *of)
{
    switch (of->kind) {
    case TY_RANGE: {
        /* {next, remaining (unsigned count), step}: a counted loop, so no
         * per-iteration overflow check is ever needed. */
        LLVMTypeRef f[3] = {m->i64, m->i64, m->i64};
        return LLVMStructTypeInContext(m->ctx, f, 3, 0);
    }
    case TY_TUPLE: {
        /* {tuple, index} */
        LLVMTypeRef f[2] = {type_of(m, of, true), m->i64};
        return LLVMStructTypeInContext(m->ctx, f, 2, 0);
    }
    case TY_ARRAY: {
        /* {array, next index} */
        LLVMTypeRef f[2] = {type_of(m, of, true), m->i64};
        return LLVMStructTypeInContext(m->ctx, f, 2, 0);
    }
    case TY_ENUMERATE: {
        /* {inner iterator, count} */
        LLVMTypeRef f[2] = {cg_iter_type(m, of->of), m->i64};
        return LLVMStructTypeInContext(m->ctx, f, 2, 0);
    }
    case TY_ZIP: {
        /* {iterator of each} */
        LLVMTypeRef items[of->nitems > 0 ? of->nitems : 1];
        for (int i = 0; i < of->nitems; i++)
            items[i] = cg_iter_type(m, of->items[i]);
        return LLVMStructTypeInContext(m->ctx, items, (unsigned)of->nitems, 0);
    }
    default:
        cg_fail(m, "InternalError", m->loc, "codegen: cannot iterate over %s (no data model)",
                of->name ? of->name : "?");
        return m->empty;
    }
}

LLVMTypeRef cg_value_type(CgModule *m, const Type *t)
{
    return type_of(m, t, false);
}

LLVMTypeRef cg_mem_type(CgModule *m, const Type *t)
{
    return type_of(m, t, true);
}

LLVMValueRef cg_to_mem(CgModule *m, LLVMValueRef v, const Type *t)
{
    if (t->kind == TY_BOOL)
        return LLVMBuildZExt(m->b, v, m->i8, "");
    return v;
}

LLVMValueRef cg_from_mem(CgModule *m, LLVMValueRef v, const Type *t)
{
    if (t->kind == TY_BOOL)
        return LLVMBuildTrunc(m->b, v, m->i1, "");
    return v;
}
