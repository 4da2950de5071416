/* codegen/debuginfo.c — DWARF for compiled kernels (opts->debug, `-g`).
 * Lowering state → LLVM debug metadata: a compile unit per source file, a
 * subprogram per specialisation ("fib(int64)"), line:col from the bytecode on
 * every instruction, parameters and locals with their types. Every entry
 * point is a no-op when debug info is off, so non-debug compiles never see it. */
#include "internal.h"

#include <limits.h>
#include <llvm-c/DebugInfo.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* DW_ATE_* encodings of DWARF base types. */
enum { ATE_BOOLEAN = 0x02, ATE_FLOAT = 0x04, ATE_SIGNED = 0x05, ATE_UNSIGNED = 0x08 };

struct CgDebug {
    LLVMDIBuilderRef dib;
    LLVMMetadataRef cu, file;
    LLVMTargetDataRef td; /* the module's layout (not owned) */
    Map types;            /* Type* -> DIType (scalars and tuples) */
    Map body;             /* function -> block of its first instruction (TiBlock 0) */
};

static bool enabled(const CgModule *m)
{
    return m->di != NULL;
}

/* Splits `path` into a DIFile: absolute directory + base name, so gdb and
 * VS Code find the .py file whatever the debugger's working directory. */
static LLVMMetadataRef make_file(LLVMDIBuilderRef dib, const char *path)
{
    char buf[PATH_MAX];
    const char *full = path && realpath(path, buf) ? buf : NULL;
    if (!full) {
        char cwd[PATH_MAX];
        const char *name = path ? path : "<jit>";
        const char *dir = getcwd(cwd, sizeof cwd) ? cwd : ".";
        return LLVMDIBuilderCreateFile(dib, name, strlen(name), dir, strlen(dir));
    }
    const char *slash = strrchr(full, '/');
    size_t dlen = slash ? (size_t)(slash - full) : 0;
    const char *base = slash ? slash + 1 : full;
    return LLVMDIBuilderCreateFile(dib, base, strlen(base), dlen ? full : "/", dlen ? dlen : 1);
}

void cg_di_begin_module(CgModule *m)
{
    if (!m->opts || !m->opts->debug || !m->prog || !m->prog->entry)
        return;
    CgDebug *d = sup_calloc(1, sizeof *d);
    m->di = d;
    d->dib = LLVMCreateDIBuilder(m->mod);
    d->td = LLVMGetModuleDataLayout(m->mod);
    const FeFunction *fn = m->prog->entry->fn;
    d->file = make_file(d->dib, fn->module ? fn->module->filename : NULL);
    static const char producer[] = "pyjit";
    bool opt = m->opts->opt_level > 0;
    d->cu = LLVMDIBuilderCreateCompileUnit(d->dib, LLVMDWARFSourceLanguagePython, d->file, producer,
                                           sizeof producer - 1, opt, "", 0, 0, "", 0,
                                           LLVMDWARFEmissionFull, 0, 0, 0, "", 0, "", 0);
    LLVMMetadataRef ver = LLVMValueAsMetadata(LLVMConstInt(LLVMInt32TypeInContext(m->ctx), 4, 0));
    LLVMAddModuleFlag(m->mod, LLVMModuleFlagBehaviorWarning, "Dwarf Version", 13, ver);
    LLVMMetadataRef div = LLVMValueAsMetadata(
        LLVMConstInt(LLVMInt32TypeInContext(m->ctx), LLVMDebugMetadataVersion(), 0));
    LLVMAddModuleFlag(m->mod, LLVMModuleFlagBehaviorWarning, "Debug Info Version", 18, div);
}

/* ---- types ---- */

static LLVMMetadataRef basic(CgDebug *d, const char *name, uint64_t bits, unsigned enc)
{
    return LLVMDIBuilderCreateBasicType(d->dib, name, strlen(name), bits, enc, LLVMDIFlagZero);
}

/* The DIType of a value of type t stored as LLVM type `mem` (an alloca's
 * allocated type, so no data-model query can fail here); NULL when the
 * type has no useful description (iterators, compile-time-only values). */
static LLVMMetadataRef di_type(CgModule *m, const Type *t, LLVMTypeRef mem)
{
    CgDebug *d = m->di;
    if (!t || !mem)
        return NULL;
    LLVMMetadataRef cached = map_get_ptr(&d->types, t);
    if (cached)
        return cached;
    LLVMMetadataRef r = NULL;
    switch (t->kind) {
    case TY_BOOL:
        r = basic(d, "bool", 8, ATE_BOOLEAN);
        break;
    case TY_INT8:
    case TY_INT16:
    case TY_INT32:
    case TY_INT64:
        r = basic(d, t->name, (uint64_t)ti_bits(t), ATE_SIGNED);
        break;
    case TY_UINT8:
    case TY_UINT16:
    case TY_UINT32:
    case TY_UINT64:
        r = basic(d, t->name, (uint64_t)ti_bits(t), ATE_UNSIGNED);
        break;
    case TY_FLOAT32:
    case TY_FLOAT64:
        r = basic(d, t->name, (uint64_t)ti_bits(t), ATE_FLOAT);
        break;
    case TY_TUPLE:
    case TY_RANGE: {
        /* A C struct of the items' memory types (datamodel.c); members are
         * named by index so `print t` reads {0 = 1, 1 = 2.5}. */
        if (LLVMGetTypeKind(mem) != LLVMStructTypeKind)
            break;
        unsigned n = LLVMCountStructElementTypes(mem);
        if (t->kind == TY_TUPLE && n != (unsigned)t->nitems)
            break;
        static const char *range_names[3] = {"start", "stop", "step"};
        LLVMMetadataRef *members = sup_calloc(n ? n : 1, sizeof *members);
        unsigned nm = 0;
        for (unsigned i = 0; i < n; i++) {
            LLVMTypeRef et = LLVMStructGetTypeAtIndex(mem, i);
            const Type *it = t->kind == TY_TUPLE ? t->items[i] : ti_scalar(TY_INT64);
            LLVMMetadataRef mt = di_type(m, it, et);
            if (!mt)
                continue; /* compile-time-only item: no storage to show */
            char name[16];
            if (t->kind == TY_RANGE && i < 3)
                snprintf(name, sizeof name, "%s", range_names[i]);
            else
                snprintf(name, sizeof name, "%u", i);
            members[nm++] = LLVMDIBuilderCreateMemberType(
                d->dib, d->cu, name, strlen(name), d->file, 0, LLVMSizeOfTypeInBits(d->td, et),
                LLVMABIAlignmentOfType(d->td, et) * 8, LLVMOffsetOfElement(d->td, mem, i) * 8,
                LLVMDIFlagZero, mt);
        }
        const char *name = t->name ? t->name : "tuple";
        r = LLVMDIBuilderCreateStructType(d->dib, d->cu, name, strlen(name), d->file, 0,
                                          LLVMSizeOfTypeInBits(d->td, mem),
                                          LLVMABIAlignmentOfType(d->td, mem) * 8, LLVMDIFlagZero,
                                          NULL, members, nm, 0, NULL, "", 0);
        free(members);
        break;
    }
    case TY_ARRAY:
        r = cg_di_array_type(m, t, mem);
        break;
    default:
        break;
    }
    if (r)
        map_put_ptr(&d->types, t, r);
    return r;
}

/* Arrays: the struct the data model lays out, described member by member
 * as {meminfo, data, shape[ndim], strides[ndim]} when it has that shape
 * (pointer, pointer, [n x i64], [n x i64]); pointers to the dtype so
 * `print *a.data@a.shape[0]` shows the elements. NULL for other layouts. */
LLVMMetadataRef cg_di_array_type(CgModule *m, const Type *t, LLVMTypeRef mem)
{
    CgDebug *d = m->di;
    if (!d || LLVMGetTypeKind(mem) != LLVMStructTypeKind || !t->dtype)
        return NULL;
    unsigned n = LLVMCountStructElementTypes(mem);
    LLVMMetadataRef i64 = basic(d, "int64", 64, ATE_SIGNED);
    LLVMTypeRef dt_mem = NULL;
    switch (t->dtype->kind) {
    case TY_FLOAT64:
        dt_mem = LLVMDoubleTypeInContext(m->ctx);
        break;
    case TY_FLOAT32:
        dt_mem = LLVMFloatTypeInContext(m->ctx);
        break;
    default:
        dt_mem = LLVMIntTypeInContext(
            m->ctx, (unsigned)(t->dtype->kind == TY_BOOL ? 8 : ti_bits(t->dtype)));
        break;
    }
    LLVMMetadataRef elem = di_type(m, t->dtype, dt_mem);
    if (!elem)
        return NULL;
    LLVMMetadataRef eptr = LLVMDIBuilderCreatePointerType(d->dib, elem, 64, 0, 0, "", 0);
    LLVMMetadataRef vptr = LLVMDIBuilderCreatePointerType(d->dib, NULL, 64, 0, 0, "", 0);
    LLVMMetadataRef *members = sup_calloc(n ? n : 1, sizeof *members);
    unsigned nm = 0, nptr = 0, narr = 0;
    for (unsigned i = 0; i < n; i++) {
        LLVMTypeRef et = LLVMStructGetTypeAtIndex(mem, i);
        LLVMMetadataRef mt = NULL;
        const char *name = NULL;
        char buf[24];
        if (LLVMGetTypeKind(et) == LLVMPointerTypeKind) {
            /* two pointers: meminfo then data; one: data */
            bool is_data =
                nptr == 1 || (i + 1 < n && LLVMGetTypeKind(LLVMStructGetTypeAtIndex(mem, i + 1)) !=
                                               LLVMPointerTypeKind);
            name = is_data ? "data" : "meminfo";
            mt = is_data ? eptr : vptr;
            nptr++;
        } else if (LLVMGetTypeKind(et) == LLVMArrayTypeKind) {
            uint64_t len = LLVMGetArrayLength2(et);
            LLVMMetadataRef sub = LLVMDIBuilderGetOrCreateSubrange(d->dib, 0, (int64_t)len);
            mt = LLVMDIBuilderCreateArrayType(d->dib, len * 64, 64, i64, &sub, 1);
            name = narr == 0 ? "shape" : narr == 1 ? "strides" : NULL;
            narr++;
        } else if (LLVMGetTypeKind(et) == LLVMIntegerTypeKind && LLVMGetIntTypeWidth(et) == 64) {
            mt = i64;
        }
        if (!mt)
            continue;
        if (!name) {
            snprintf(buf, sizeof buf, "f%u", i);
            name = buf;
        }
        members[nm++] = LLVMDIBuilderCreateMemberType(
            d->dib, d->cu, name, strlen(name), d->file, 0, LLVMSizeOfTypeInBits(d->td, et),
            LLVMABIAlignmentOfType(d->td, et) * 8, LLVMOffsetOfElement(d->td, mem, i) * 8,
            LLVMDIFlagZero, mt);
    }
    const char *name = t->name ? t->name : "array";
    LLVMMetadataRef r = LLVMDIBuilderCreateStructType(
        d->dib, d->cu, name, strlen(name), d->file, 0, LLVMSizeOfTypeInBits(d->td, mem),
        LLVMABIAlignmentOfType(d->td, mem) * 8, LLVMDIFlagZero, NULL, members, nm, 0, NULL, "", 0);
    free(members);
    return r;
}

/* ---- functions and locations ---- */

/* "fib(int64)": what gdb's bt and VS Code's call stack show. */
static char *display_name(const TiFunc *tf)
{
    StrBuf sb = {0};
    sb_puts(&sb, tf->fn->name);
    sb_putc(&sb, '(');
    for (int i = 0; i < tf->nargs; i++)
        sb_printf(&sb, "%s%s", i ? ", " : "", tf->argtypes[i]->name);
    sb_putc(&sb, ')');
    return sb_take(&sb);
}

static LLVMMetadataRef make_subprogram(CgModule *m, const char *name, const char *linkage,
                                       unsigned line, LLVMMetadataRef *types, unsigned ntypes,
                                       LLVMDIFlags flags)
{
    CgDebug *d = m->di;
    LLVMMetadataRef sty =
        LLVMDIBuilderCreateSubroutineType(d->dib, d->file, types, ntypes, LLVMDIFlagZero);
    return LLVMDIBuilderCreateFunction(d->dib, d->file, name, strlen(name), linkage,
                                       linkage ? strlen(linkage) : 0, d->file, line, sty, 1, 1,
                                       line, flags, m->opts->opt_level > 0);
}

static LLVMMetadataRef location(CgModule *m, LLVMMetadataRef scope, SrcLoc loc)
{
    return LLVMDIBuilderCreateDebugLocation(m->ctx, loc.line > 0 ? (unsigned)loc.line : 0,
                                            loc.col > 0 ? (unsigned)loc.col : 0, scope, NULL);
}

void cg_di_begin_function(CgFunc *f)
{
    CgModule *m = f->m;
    if (!enabled(m))
        return;
    const TiFunc *tf = f->tf;
    char *name = display_name(tf);
    /* The subroutine type lists what we can describe; it only feeds
     * `ptype`, so undescribable arguments are simply left out. */
    LLVMMetadataRef *types = sup_calloc((size_t)tf->nargs + 1, sizeof *types);
    unsigned nt = 0;
    types[nt++] = NULL; /* return type: not described (the status pair) */
    for (int i = 0; i < tf->nargs; i++) {
        LLVMTypeRef pt =
            i < (int)LLVMCountParams(f->fn) ? LLVMTypeOf(LLVMGetParam(f->fn, (unsigned)i)) : NULL;
        LLVMMetadataRef t = di_type(m, tf->argtypes[i], pt);
        if (t)
            types[nt++] = t;
    }
    LLVMMetadataRef sp = make_subprogram(m, tf->fn->name, name, (unsigned)tf->fn->loc.line, types,
                                         nt, LLVMDIFlagPrototyped);
    free(types);
    free(name);
    LLVMSetSubprogram(f->fn, sp);
    /* Line 0 until the first instruction: the prologue (allocas, storing
     * the arguments) has no source line, so gdb's `break fib` stops after
     * it, where the parameters already hold their values. */
    SrcLoc none = {0, 0};
    LLVMSetCurrentDebugLocation2(m->b, location(m, sp, none));
}

void cg_di_set_location(CgFunc *f, const TiInst *in)
{
    CgModule *m = f->m;
    if (!enabled(m))
        return;
    LLVMMetadataRef sp = LLVMGetSubprogram(f->fn);
    if (!map_get_ptr(&m->di->body, f->fn))
        map_put_ptr(&m->di->body, f->fn, LLVMGetInsertBlock(m->b));
    if (sp && in->loc.line > 0)
        LLVMSetCurrentDebugLocation2(m->b, location(m, sp, in->loc));
}

void cg_di_declare_locals(CgFunc *f)
{
    CgModule *m = f->m;
    if (!enabled(m))
        return;
    CgDebug *d = m->di;
    const FeFunction *fn = f->tf->fn;
    LLVMMetadataRef sp = LLVMGetSubprogram(f->fn);
    if (!sp || !f->locals)
        return;
    LLVMMetadataRef loc = location(m, sp, fn->loc);
    for (int i = 0; i < fn->nlocals; i++) {
        LLVMValueRef a = f->locals[i];
        const char *name = fn->local_names[i];
        if (!a || !name || name[0] == '$' || !LLVMIsAAllocaInst(a))
            continue; /* hidden locals (iterators, `and` temporaries) stay hidden */
        const Type *t = f->tf->local_types ? f->tf->local_types[i] : NULL;
        LLVMMetadataRef ty = di_type(m, t, LLVMGetAllocatedType(a));
        if (!ty)
            continue;
        LLVMMetadataRef var =
            i < fn->nparams
                ? LLVMDIBuilderCreateParameterVariable(
                      d->dib, sp, name, strlen(name), (unsigned)i + 1, d->file,
                      (unsigned)fn->loc.line, ty, 1, LLVMDIFlagZero)
                : LLVMDIBuilderCreateAutoVariable(d->dib, sp, name, strlen(name), d->file,
                                                  (unsigned)fn->loc.line, ty, 1, LLVMDIFlagZero, 0);
        LLVMMetadataRef expr = LLVMDIBuilderCreateExpression(d->dib, NULL, 0);
        LLVMDIBuilderInsertDeclareRecordAtEnd(d->dib, a, var, expr, loc,
                                              LLVMGetInstructionParent(a));
    }
}

/* The entry's line: wrappers (the C-ABI and status entries) are described
 * there, as artificial subprograms named by their symbol. */
static SrcLoc entry_loc(CgModule *m)
{
    return m->prog->entry->fn->loc;
}

/* Repairs what lowering left: wrappers get an artificial subprogram (so
 * inlining a described function into them keeps the metadata consistent),
 * the blocks of each described function laid out before its first
 * instruction's block get line 0 (allocas, argument stores, the exception
 * exit and its cleanups: not the body, and gdb's `break f` / `break
 * file:line` must not land there), and any location pointing at another
 * function's subprogram or missing on a call is reset to the def line.
 * The verifier rejects the last two; this keeps -g robust against new
 * lowering code. */
static void fix_function(CgModule *m, LLVMValueRef fn)
{
    LLVMMetadataRef sp = LLVMGetSubprogram(fn);
    SrcLoc def = entry_loc(m);
    bool wrapper = !sp;
    if (!sp) {
        const char *name = LLVMGetValueName(fn);
        LLVMMetadataRef none = NULL;
        sp = make_subprogram(m, name, name, (unsigned)def.line, &none, 1,
                             LLVMDIFlagArtificial | LLVMDIFlagPrototyped);
        LLVMSetSubprogram(fn, sp);
    } else {
        /* ScopeLine is the def line of the function itself */
        for (int i = 0; i < m->prog->nfuncs; i++)
            if (m->funcs && m->funcs[i] == fn)
                def = m->prog->funcs[i]->fn->loc;
    }
    LLVMMetadataRef defloc = location(m, sp, def);
    SrcLoc none = {0, 0};
    LLVMMetadataRef noloc = location(m, sp, none);
    LLVMBasicBlockRef entry = LLVMGetFirstBasicBlock(fn);
    LLVMBasicBlockRef body = wrapper ? NULL : map_get_ptr(&m->di->body, fn);
    bool prologue = body != NULL;
    for (LLVMBasicBlockRef bb = entry; bb; bb = LLVMGetNextBasicBlock(bb)) {
        if (bb == body)
            prologue = false;
        for (LLVMValueRef in = LLVMGetFirstInstruction(bb); in; in = LLVMGetNextInstruction(in)) {
            LLVMMetadataRef loc = LLVMInstructionGetDebugLoc(in);
            bool wrong = loc && LLVMDILocationGetScope(loc) != sp;
            bool need = !loc && LLVMIsACallInst(in);
            if ((bb == entry && !wrapper) || prologue)
                LLVMInstructionSetDebugLoc(in, noloc);
            else if (wrong || need)
                LLVMInstructionSetDebugLoc(in, defloc);
        }
    }
}

void cg_di_finish(CgModule *m)
{
    CgDebug *d = m->di;
    if (!d)
        return;
    LLVMSetCurrentDebugLocation2(m->b, NULL);
    if (!m->failed)
        for (LLVMValueRef fn = LLVMGetFirstFunction(m->mod); fn; fn = LLVMGetNextFunction(fn))
            if (!LLVMIsDeclaration(fn))
                fix_function(m, fn);
    LLVMDIBuilderFinalize(d->dib);
    LLVMDisposeDIBuilder(d->dib);
    map_free(&d->types);
    map_free(&d->body);
    free(d);
    m->di = NULL;
}
