/* codegen/target.c — LLVM initialisation and the host target machine.
 * Nothing → CgTarget: triple, host CPU name and features, one target
 * machine for MCJIT-compatible optimisation (JIT code model) and one with the
 * default code model for readable assembly dumps. */
#include "internal.h"

#include <llvm-c/ExecutionEngine.h>
#include <llvm-c/Target.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

static pthread_once_t llvm_once = PTHREAD_ONCE_INIT;
static bool llvm_ok;

static void llvm_init(void)
{
    LLVMLinkInMCJIT();
    llvm_ok = !LLVMInitializeNativeTarget() && !LLVMInitializeNativeAsmPrinter() &&
              !LLVMInitializeNativeAsmParser();
}

static char *take_llvm_string(char *s)
{
    char *r = sup_strdup(s ? s : "");
    if (s)
        LLVMDisposeMessage(s);
    return r;
}

CgTarget *cg_target_new(char **errmsg)
{
    pthread_once(&llvm_once, llvm_init);
    if (!llvm_ok) {
        if (errmsg)
            *errmsg = sup_strdup("LLVM: cannot initialise the native target");
        return NULL;
    }
    CgTarget *t = sup_calloc(1, sizeof *t);
    t->triple = take_llvm_string(LLVMGetDefaultTargetTriple());
    t->cpu = take_llvm_string(LLVMGetHostCPUName());
    t->features = take_llvm_string(LLVMGetHostCPUFeatures());
    char *err = NULL;
    if (LLVMGetTargetFromTriple(t->triple, &t->target, &err)) {
        if (errmsg)
            *errmsg = sup_asprintf("LLVM: no target for %s: %s", t->triple, err ? err : "");
        LLVMDisposeMessage(err);
        cg_target_free(t);
        return NULL;
    }
    t->tm = LLVMCreateTargetMachine(t->target, t->triple, t->cpu, t->features,
                                    LLVMCodeGenLevelAggressive, LLVMRelocDefault,
                                    LLVMCodeModelJITDefault);
    t->tm_asm =
        LLVMCreateTargetMachine(t->target, t->triple, t->cpu, t->features,
                                LLVMCodeGenLevelAggressive, LLVMRelocDefault, LLVMCodeModelDefault);
    if (!t->tm || !t->tm_asm) {
        if (errmsg)
            *errmsg = sup_asprintf("LLVM: cannot create a target machine for %s", t->cpu);
        cg_target_free(t);
        return NULL;
    }
    return t;
}

void cg_target_free(CgTarget *t)
{
    if (!t)
        return;
    if (t->tm)
        LLVMDisposeTargetMachine(t->tm);
    if (t->tm_asm)
        LLVMDisposeTargetMachine(t->tm_asm);
    free(t->triple);
    free(t->cpu);
    free(t->features);
    free(t);
}

const char *cg_target_cpu(const CgTarget *t)
{
    return t->cpu;
}
