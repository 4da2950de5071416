/* codegen — typed IR → LLVM IR → optimised machine code (MCJIT).
 *
 * Input: a TiProgram (the entry specialisation and all its callees) and the
 * options. Output: a CgCode holding the MCJIT engine that owns the machine
 * code, the address of the entry's natural-C-ABI wrapper and, on request,
 * text dumps (LLVM IR before/after optimisation, assembly).
 *
 * Calling conventions (docs/c-api.md): internally every function is
 *   i32 status = f(<ret> *out, args...)   (status 0 ok, 1 exception raised)
 * and the public wrapper has the natural C ABI: int64 -> int64_t, float64 ->
 * double, bool -> bool (i8 0/1), intN/uintN/float32 the matching C types, a
 * tuple argument as a pointer to a C struct of its items; a tuple result is
 * written through an extra first parameter (pointer to that struct) and the
 * wrapper returns void; a none result returns void; an argument of a
 * compile-time-only type (None, a string literal...) has no C parameter.
 * On an exception the wrapper returns 0 / leaves *out zeroed and the error
 * stays pending for jit_take_error(). (Calls between the program's own
 * functions use a faster private convention returning {i32 status, ret} by
 * value; only the entry's exported internal function has the form above.)
 *
 * Memory: CgCode owns its engine (and thus the module and machine code);
 * cg_code_free releases them. CgTarget (the host target machine and the
 * LLVM initialisation) is created once per context. LLVM use is confined
 * to this folder. Thread-safety: callers serialise cg_compile on one
 * CgTarget; the code of a CgCode may be called from any thread.
 * What can fail: cg_compile returns NULL with an "InternalError"
 * diagnostic (verifier failure, unresolved symbol) — never aborts. */
#ifndef PYJIT_CODEGEN_H
#define PYJIT_CODEGEN_H

#include "support.h"
#include "typeinfer.h"

typedef struct CgTarget CgTarget;
typedef struct CgCode CgCode;

typedef struct CgOptions {
    int opt_level; /* 0..3 */
    bool fastmath;
    bool boundscheck;
    bool debug;   /* DWARF (later issue) */
    bool keep_ir; /* keep unoptimised and optimised IR text for dumps */
    /* Also export the status-returning entry `int <entry>(T *out, args)`
     * (cg_code_internal_address; tests). Off by default: a second caller of
     * the entry's body made LLVM inline it twice, doubling the machine code
     * of small kernels (docs/performance.md). */
    bool status_entry;
    /* /tmp/perf-PID.map entries (also env PYJIT_PERF_MAP=1; perfmap.c) */
    bool perf_map;
} CgOptions;

typedef enum { CG_DUMP_LLVM, CG_DUMP_LLVM_OPT, CG_DUMP_ASM } CgDumpKind;

/* Initialises LLVM once per process (thread-safe) and makes a target
 * machine for the host CPU. NULL + message on failure. */
CgTarget *cg_target_new(char **errmsg);
void cg_target_free(CgTarget *t);
/* "znver4", "+avx2,..." — for reports. */
const char *cg_target_cpu(const CgTarget *t);

CgCode *cg_compile(CgTarget *t, const TiProgram *p, const CgOptions *opts, DiagList *diags);
/* Address of the entry's natural-C-ABI wrapper. */
void *cg_code_address(const CgCode *c);
/* Address of the entry's status-returning function: `int (*)(T *out,
 * args...)`, 0 = returned, 1 = raised; NULL unless opts->status_entry. */
void *cg_code_internal_address(const CgCode *c);
/* Text dump (malloc'd); NULL if not kept. CG_DUMP_LLVM needs keep_ir. */
char *cg_code_dump(const CgCode *c, CgDumpKind kind);
/* Milliseconds spent in lowering, optimisation, machine code. */
void cg_code_times(const CgCode *c, double *lower_ms, double *opt_ms, double *mc_ms);
void cg_code_free(CgCode *c);
/* The pass pipeline text used at opt_level 3 (jit.c; for tests). */
const char *cg_o3_pipeline(void);

#endif
