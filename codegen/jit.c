/* codegen/jit.c — the compile driver: lower, verify, optimise, MCJIT.
 * TiProgram + options → CgCode (engine, entry addresses, optional dumps,
 * timings). Every failure is an "InternalError" diagnostic, never an abort;
 * every external symbol is mapped explicitly and checked after finalising
 * (MCJIT would otherwise hand out an address that jumps to 0). */
#include "internal.h"

#include <llvm-c/Analysis.h>
#include <llvm-c/ExecutionEngine.h>
#include <llvm-c/Transforms/PassBuilder.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

struct CgCode {
    LLVMContextRef ctx;
    LLVMExecutionEngineRef ee; /* owns the module */
    LLVMModuleRef keep;        /* optimised clone for asm dumps (keep_ir), or NULL */
    LLVMTargetMachineRef tm_asm;
    void *addr, *internal_addr;
    char *ir, *ir_opt;
    double lower_ms, opt_ms, mc_ms;
};

/* The O3 pipeline: LLVM 19's default<O3> exactly as `opt
 * -passes='default<O3>' -print-pipeline-passes` prints it, with two changes
 * that cut compile time by ~15% (docs/performance.md) and leave run time as
 * it was:
 *  - loop-unroll<O3;no-runtime>: no runtime unrolling of loops whose trip
 *    count is unknown (it doubled the code of most loops for no measured
 *    gain on the benchmark kernels); full and partial unrolling of loops
 *    with known trip counts stay;
 *  - the coroutine, OpenMP, instrumentation, annotation and call-graph
 *    profile passes and the final `verify` are dropped (pyjit never emits
 *    what they handle, and verifies the module before optimising).
 * If this LLVM cannot parse it, default<O3> runs instead. */
static const char o3_pipeline[] =
    "forceattrs,inferattrs,function<eager-inv>(lower-expect,"
    "simplifycfg<bonus-inst-threshold=1;no-forward-switch-cond;no-switch-range-to-icmp;no-switch-"
    "to-lookup;keep-loops;no-hoist-common-insts;no-sink-common-insts;speculate-blocks;simplify-"
    "cond-branch;no-speculate-unpredictables>,"
    "sroa<modify-cfg>,early-cse<>,callsite-splitting),ipsccp,called-value-propagation,"
    "globalopt,function<eager-inv>(mem2reg,"
    "instcombine<max-iterations=1;no-use-loop-info;no-verify-fixpoint>,"
    "simplifycfg<bonus-inst-threshold=1;no-forward-switch-cond;switch-range-to-icmp;no-switch-to-"
    "lookup;keep-loops;no-hoist-common-insts;no-sink-common-insts;speculate-blocks;simplify-cond-"
    "branch;no-speculate-unpredictables>),"
    "always-inline,require<globals-aa>,function(invalidate<aa>),require<profile-summary>,"
    "cgscc(devirt<4>(inline,function-attrs<skip-non-recursive-function-attrs>,"
    "argpromotion,function<eager-inv;no-rerun>(sroa<modify-cfg>,early-cse<memssa>,"
    "speculative-execution<only-if-divergent-target>,jump-threading,"
    "correlated-propagation,"
    "simplifycfg<bonus-inst-threshold=1;no-forward-switch-cond;switch-range-to-icmp;no-switch-to-"
    "lookup;keep-loops;no-hoist-common-insts;no-sink-common-insts;speculate-blocks;simplify-cond-"
    "branch;no-speculate-unpredictables>,"
    "instcombine<max-iterations=1;no-use-loop-info;no-verify-fixpoint>,"
    "aggressive-instcombine,libcalls-shrinkwrap,tailcallelim,"
    "simplifycfg<bonus-inst-threshold=1;no-forward-switch-cond;switch-range-to-icmp;no-switch-to-"
    "lookup;keep-loops;no-hoist-common-insts;no-sink-common-insts;speculate-blocks;simplify-cond-"
    "branch;no-speculate-unpredictables>,"
    "reassociate,constraint-elimination,loop-mssa(loop-instsimplify,loop-simplifycfg,"
    "licm<no-allowspeculation>,loop-rotate<header-duplication;no-prepare-for-lto>,"
    "licm<allowspeculation>,simple-loop-unswitch<nontrivial;trivial>),"
    "simplifycfg<bonus-inst-threshold=1;no-forward-switch-cond;switch-range-to-icmp;no-switch-to-"
    "lookup;keep-loops;no-hoist-common-insts;no-sink-common-insts;speculate-blocks;simplify-cond-"
    "branch;no-speculate-unpredictables>,"
    "instcombine<max-iterations=1;no-use-loop-info;no-verify-fixpoint>,loop(loop-idiom,"
    "indvars,simple-loop-unswitch<nontrivial;trivial>,loop-deletion,loop-unroll-full),"
    "sroa<modify-cfg>,vector-combine,mldst-motion<no-split-footer-bb>,gvn<>,sccp,bdce,"
    "instcombine<max-iterations=1;no-use-loop-info;no-verify-fixpoint>,jump-threading,"
    "correlated-propagation,adce,memcpyopt,dse,move-auto-init,"
    "loop-mssa(licm<allowspeculation>),"
    "simplifycfg<bonus-inst-threshold=1;no-forward-switch-cond;switch-range-to-icmp;no-switch-to-"
    "lookup;keep-loops;hoist-common-insts;sink-common-insts;speculate-blocks;simplify-cond-branch;"
    "no-speculate-unpredictables>,"
    "instcombine<max-iterations=1;no-use-loop-info;no-verify-fixpoint>),function-attrs,"
    "function(require<should-not-run-function-passes>))),deadargelim,globalopt,globaldce,"
    "elim-avail-extern,rpo-function-attrs,recompute-globalsaa,"
    "function<eager-inv>(float2int,lower-constant-intrinsics,chr,"
    "loop(loop-rotate<header-duplication;no-prepare-for-lto>,loop-deletion),"
    "loop-distribute,inject-tli-mappings,"
    "loop-vectorize<no-interleave-forced-only;no-vectorize-forced-only;>,infer-alignment,"
    "loop-load-elim,instcombine<max-iterations=1;no-use-loop-info;no-verify-fixpoint>,"
    "simplifycfg<bonus-inst-threshold=1;forward-switch-cond;switch-range-to-icmp;switch-to-lookup;"
    "no-keep-loops;hoist-common-insts;sink-common-insts;speculate-blocks;simplify-cond-branch;no-"
    "speculate-unpredictables>,"
    "slp-vectorizer,vector-combine,"
    "instcombine<max-iterations=1;no-use-loop-info;no-verify-fixpoint>,"
    "loop-unroll<O3;no-runtime>,transform-warning,sroa<preserve-cfg>,infer-alignment,"
    "instcombine<max-iterations=1;no-use-loop-info;no-verify-fixpoint>,"
    "loop-mssa(licm<allowspeculation>),alignment-from-assumptions,loop-sink,instsimplify,"
    "div-rem-pairs,tailcallelim,"
    "simplifycfg<bonus-inst-threshold=1;no-forward-switch-cond;switch-range-to-icmp;no-switch-to-"
    "lookup;keep-loops;no-hoist-common-insts;no-sink-common-insts;speculate-blocks;simplify-cond-"
    "branch;speculate-unpredictables>),"
    "globaldce,constmerge,rel-lookup-table-converter";

const char *cg_o3_pipeline(void)
{
    return o3_pipeline;
}

static double now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

static char *take_msg(char *s)
{
    char *r = sup_strdup(s ? s : "");
    if (s)
        LLVMDisposeMessage(s);
    return r;
}

static void internal_error(DiagList *diags, const TiProgram *p, const char *fmt, const char *arg)
{
    const char *file = NULL;
    SrcLoc loc = {0, 0};
    if (p && p->entry && p->entry->fn) {
        loc = p->entry->fn->loc;
        if (p->entry->fn->module)
            file = p->entry->fn->module->filename;
    }
    diag_add(diags, DIAG_ERROR, "InternalError", file, loc, fmt, arg ? arg : "");
}

static void set_target_attrs(LLVMModuleRef mod, CgTarget *t, LLVMContextRef ctx)
{
    for (LLVMValueRef fn = LLVMGetFirstFunction(mod); fn; fn = LLVMGetNextFunction(fn)) {
        if (LLVMIsDeclaration(fn))
            continue;
        LLVMAddAttributeAtIndex(
            fn, LLVMAttributeFunctionIndex,
            LLVMCreateStringAttribute(ctx, "target-cpu", 10, t->cpu, (unsigned)strlen(t->cpu)));
        LLVMAddAttributeAtIndex(fn, LLVMAttributeFunctionIndex,
                                LLVMCreateStringAttribute(ctx, "target-features", 15, t->features,
                                                          (unsigned)strlen(t->features)));
    }
}

static void free_partial(CgCode *c)
{
    free(c->ir);
    free(c->ir_opt);
    if (c->keep)
        LLVMDisposeModule(c->keep);
    if (c->ctx)
        LLVMContextDispose(c->ctx);
    free(c);
}

/* The entry's body (.impl) stays its own function unless the program is
 * tiny: inlined into its only caller, the C-ABI wrapper, LLVM optimises it
 * a second time there (+5-15% compile work on the benchmark kernels,
 * counted with callgrind) to save one call per invocation, which only tiny
 * functions called in a hot loop notice. "Tiny": at most ENTRY_INLINE_LIMIT
 * instructions in the whole module before optimisation (the callees are
 * inlined into the entry); fib's program has 45, collatz's 122. */
#define ENTRY_INLINE_LIMIT 64

static void keep_entry_body_apart(LLVMModuleRef mod, LLVMValueRef impl, LLVMContextRef ctx)
{
    long n = 0, limit = ENTRY_INLINE_LIMIT;
    for (LLVMValueRef fn = LLVMGetFirstFunction(mod); fn && n <= limit;
         fn = LLVMGetNextFunction(fn))
        for (LLVMBasicBlockRef bb = LLVMGetFirstBasicBlock(fn); bb && n <= limit;
             bb = LLVMGetNextBasicBlock(bb))
            for (LLVMValueRef in = LLVMGetFirstInstruction(bb); in; in = LLVMGetNextInstruction(in))
                n++;
    if (n > limit) {
        unsigned k = LLVMGetEnumAttributeKindForName("noinline", 8);
        LLVMAddAttributeAtIndex(impl, LLVMAttributeFunctionIndex,
                                LLVMCreateEnumAttribute(ctx, k, 0));
    }
}

CgCode *cg_compile(CgTarget *t, const TiProgram *p, const CgOptions *opts, DiagList *diags)
{
    CgOptions defopts = {.opt_level = 3};
    if (!opts)
        opts = &defopts;
    if (!t || !p || !p->entry || p->nfuncs < 1) {
        internal_error(diags, p, "codegen: %s", "nothing to compile (no target or entry)");
        return NULL;
    }
    CgCode *c = sup_calloc(1, sizeof *c);
    c->tm_asm = t->tm_asm;
    double t0 = now_ms();

    c->ctx = LLVMContextCreate();
    CgModule m = {0};
    m.ctx = c->ctx;
    m.prog = p;
    arena_init(&m.arena);
    m.opts = opts;
    m.diags = diags;
    const char *modname = p->entry && p->entry->symbol ? p->entry->symbol : "pyjit";
    m.mod = LLVMModuleCreateWithNameInContext(modname, c->ctx);
    m.b = LLVMCreateBuilderInContext(c->ctx);
    LLVMSetTarget(m.mod, t->triple);
    LLVMTargetDataRef td = LLVMCreateTargetDataLayout(t->tm);
    LLVMSetModuleDataLayout(m.mod, td);
    LLVMDisposeTargetData(td);

    cg_di_begin_module(&m);
    bool ok = cg_lower_program(&m);
    LLVMValueRef entry_impl = ok ? m.funcs[p->entry->index] : NULL;
    cg_di_finish(&m);
    LLVMDisposeBuilder(m.b);
    map_free(&m.strings);
    free(m.funcs);
    free(m.raises);
    free(m.reach);
    arena_free(&m.arena);
    vec_free(&m.checks);
    if (!ok) {
        LLVMDisposeModule(m.mod);
        free_partial(c);
        return NULL;
    }
    char *vmsg = NULL;
    if (LLVMVerifyModule(m.mod, LLVMReturnStatusAction, &vmsg)) {
        internal_error(diags, p, "codegen produced invalid LLVM IR: %s", vmsg);
        LLVMDisposeMessage(vmsg);
        LLVMDisposeModule(m.mod);
        free_partial(c);
        return NULL;
    }
    LLVMDisposeMessage(vmsg);
    set_target_attrs(m.mod, t, c->ctx);
    keep_entry_body_apart(m.mod, entry_impl, c->ctx);
    if (opts->keep_ir)
        c->ir = take_msg(LLVMPrintModuleToString(m.mod));
    double t1 = now_ms();
    c->lower_ms = t1 - t0;

    int level = opts->opt_level < 0 ? 0 : opts->opt_level > 3 ? 3 : opts->opt_level;
    char passes[32];
    snprintf(passes, sizeof passes, "default<O%d>", level);
    LLVMPassBuilderOptionsRef pbo = LLVMCreatePassBuilderOptions();
    LLVMErrorRef perr = LLVMRunPasses(m.mod, level == 3 ? o3_pipeline : passes, t->tm, pbo);
    if (perr && level == 3) { /* a pipeline text error: nothing has run yet */
        LLVMConsumeError(perr);
        perr = LLVMRunPasses(m.mod, passes, t->tm, pbo);
    }
    LLVMDisposePassBuilderOptions(pbo);
    if (perr) {
        char *msg = LLVMGetErrorMessage(perr);
        internal_error(diags, p, "LLVM optimisation failed: %s", msg);
        LLVMDisposeErrorMessage(msg);
        LLVMDisposeModule(m.mod);
        free_partial(c);
        return NULL;
    }
    if (level >= 2)
        cg_sink_toint_checks(m.mod);
    if (opts->keep_ir) {
        c->ir_opt = take_msg(LLVMPrintModuleToString(m.mod));
        c->keep = LLVMCloneModule(m.mod);
    }
    double t2 = now_ms();
    c->opt_ms = t2 - t1;

    struct LLVMMCJITCompilerOptions mo;
    LLVMInitializeMCJITCompilerOptions(&mo, sizeof mo);
    mo.OptLevel = (unsigned)(level > 0 ? level : 0);
    mo.CodeModel = LLVMCodeModelJITDefault;
    char *err = NULL;
    if (LLVMCreateMCJITCompilerForModule(&c->ee, m.mod, &mo, sizeof mo, &err)) {
        internal_error(diags, p, "cannot create the MCJIT engine: %s", err);
        LLVMDisposeMessage(err);
        LLVMDisposeModule(m.mod);
        free_partial(c);
        return NULL;
    }
    /* Map every declared function to its address (runtime or libm). */
    for (LLVMValueRef fn = LLVMGetFirstFunction(m.mod); fn; fn = LLVMGetNextFunction(fn)) {
        if (!LLVMIsDeclaration(fn) || LLVMGetIntrinsicID(fn))
            continue;
        const char *name = LLVMGetValueName(fn);
        void *addr = cg_lookup_symbol(name);
        if (!addr) {
            internal_error(diags, p, "unresolved symbol '%s' in compiled code", name);
            cg_code_free(c);
            return NULL;
        }
        LLVMAddGlobalMapping(c->ee, fn, addr);
    }
    const char *entry = p->entry->symbol;
    char *wname = sup_asprintf("%s.cabi", entry);
    c->addr = (void *)(uintptr_t)LLVMGetFunctionAddress(c->ee, wname);
    free(wname);
    if (opts->status_entry)
        c->internal_addr = (void *)(uintptr_t)LLVMGetFunctionAddress(c->ee, entry);
    if (LLVMExecutionEngineGetErrMsg(c->ee, &err)) {
        internal_error(diags, p, "MCJIT: %s", err);
        LLVMDisposeMessage(err);
        cg_code_free(c);
        return NULL;
    }
    if (!c->addr || (opts->status_entry && !c->internal_addr)) {
        internal_error(diags, p, "MCJIT: no address for '%s'", entry);
        cg_code_free(c);
        return NULL;
    }
    /* After finalising: every external must have resolved to its mapping. */
    for (LLVMValueRef fn = LLVMGetFirstFunction(m.mod); fn; fn = LLVMGetNextFunction(fn)) {
        if (!LLVMIsDeclaration(fn) || LLVMGetIntrinsicID(fn))
            continue;
        const char *name = LLVMGetValueName(fn);
        if (!LLVMGetGlobalValueAddress(c->ee, name) && !LLVMGetPointerToGlobal(c->ee, fn)) {
            internal_error(diags, p, "unresolved symbol '%s' in compiled code", name);
            cg_code_free(c);
            return NULL;
        }
    }
    c->mc_ms = now_ms() - t2;
    if (cg_perf_map_wanted(opts))
        cg_perf_map_write(p, c->addr);
    return c;
}

void *cg_code_address(const CgCode *c)
{
    return c ? c->addr : NULL;
}

void *cg_code_internal_address(const CgCode *c)
{
    return c ? c->internal_addr : NULL;
}

char *cg_code_dump(const CgCode *c, CgDumpKind kind)
{
    if (!c)
        return NULL;
    switch (kind) {
    case CG_DUMP_LLVM:
        return c->ir ? sup_strdup(c->ir) : NULL;
    case CG_DUMP_LLVM_OPT:
        return c->ir_opt ? sup_strdup(c->ir_opt) : NULL;
    case CG_DUMP_ASM: {
        if (!c->keep)
            return NULL;
        /* Emitting modifies the module: work on a fresh clone. */
        LLVMModuleRef clone = LLVMCloneModule(c->keep);
        LLVMMemoryBufferRef buf = NULL;
        char *err = NULL;
        char *out = NULL;
        if (LLVMTargetMachineEmitToMemoryBuffer(c->tm_asm, clone, LLVMAssemblyFile, &err, &buf)) {
            out = sup_asprintf("; cannot emit assembly: %s\n", err ? err : "");
            LLVMDisposeMessage(err);
        } else {
            out = sup_strndup(LLVMGetBufferStart(buf), LLVMGetBufferSize(buf));
            LLVMDisposeMemoryBuffer(buf);
        }
        LLVMDisposeModule(clone);
        return out;
    }
    }
    return NULL;
}

void cg_code_times(const CgCode *c, double *lower_ms, double *opt_ms, double *mc_ms)
{
    if (lower_ms)
        *lower_ms = c ? c->lower_ms : 0;
    if (opt_ms)
        *opt_ms = c ? c->opt_ms : 0;
    if (mc_ms)
        *mc_ms = c ? c->mc_ms : 0;
}

void cg_code_free(CgCode *c)
{
    if (!c)
        return;
    if (c->ee)
        LLVMDisposeExecutionEngine(c->ee);
    free(c->ir);
    free(c->ir_opt);
    if (c->keep)
        LLVMDisposeModule(c->keep);
    if (c->ctx)
        LLVMContextDispose(c->ctx);
    free(c);
}
