/* codegen/perfmap.c — /tmp/perf-PID.map entries so `perf report` names JIT code.
 * Finalised MCJIT object → one "ADDR SIZE name" line per compiled function.
 * Addresses and exact sizes come from the object's own symbol table: MCJIT
 * registers every loaded object (with load addresses patched in) on gdb's
 * JIT interface list (__jit_debug_descriptor, exported by libLLVM), which we
 * read back with LLVM's object-file C API. */
#include "internal.h"

#include <llvm-c/Object.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* gdb's JIT interface (gdb manual, "JIT Interface"), version 1. */
struct jit_code_entry {
    struct jit_code_entry *next_entry;
    struct jit_code_entry *prev_entry;
    const char *symfile_addr;
    uint64_t symfile_size;
};
struct jit_descriptor {
    uint32_t version;
    uint32_t action_flag;
    struct jit_code_entry *relevant_entry;
    struct jit_code_entry *first_entry;
};
extern struct jit_descriptor __jit_debug_descriptor;

static pthread_mutex_t perf_lock = PTHREAD_MUTEX_INITIALIZER;

bool cg_perf_map_wanted(const CgOptions *opts)
{
    if (opts && opts->perf_map)
        return true;
    const char *e = getenv("PYJIT_PERF_MAP");
    return e && *e && strcmp(e, "0") != 0;
}

/* "fib(int64)" for the symbol of a specialisation, with a suffix saying
 * which of its three functions it is; NULL for other symbols. */
static char *pretty_name(const TiProgram *p, const char *sym)
{
    for (int i = 0; i < p->nfuncs; i++) {
        const TiFunc *tf = p->funcs[i];
        size_t n = strlen(tf->symbol);
        if (strncmp(sym, tf->symbol, n) != 0)
            continue;
        const char *rest = sym + n;
        const char *what = !*rest                   ? " [status entry]"
                           : !strcmp(rest, ".impl") ? ""
                           : !strcmp(rest, ".cabi") ? " [C ABI entry]"
                                                    : NULL;
        if (!what)
            continue;
        StrBuf sb = {0};
        sb_printf(&sb, "pyjit:%s(", tf->fn->name);
        for (int k = 0; k < tf->nargs; k++)
            sb_printf(&sb, "%s%s", k ? ", " : "", tf->argtypes[k]->name);
        sb_printf(&sb, ")%s", what);
        return sb_take(&sb);
    }
    return NULL;
}

/* Appends the function symbols of `obj` to `out`; true if the object holds
 * `anchor` at `anchor_addr` (then it is the one we just compiled). */
static bool scan_object(const TiProgram *p, const char *start, uint64_t size, const char *anchor,
                        uint64_t anchor_addr, StrBuf *out)
{
    LLVMMemoryBufferRef mb =
        LLVMCreateMemoryBufferWithMemoryRange(start, (size_t)size, "jit-object", 0);
    char *err = NULL;
    LLVMBinaryRef bin = LLVMCreateBinary(mb, NULL, &err);
    if (!bin) {
        LLVMDisposeMessage(err);
        LLVMDisposeMemoryBuffer(mb);
        return false;
    }
    bool mine = false;
    StrBuf lines = {0};
    LLVMSymbolIteratorRef si = LLVMObjectFileCopySymbolIterator(bin);
    LLVMSectionIteratorRef sec = LLVMObjectFileCopySectionIterator(bin);
    for (; si && !LLVMObjectFileIsSymbolIteratorAtEnd(bin, si); LLVMMoveToNextSymbol(si)) {
        const char *name = LLVMGetSymbolName(si);
        uint64_t addr = LLVMGetSymbolAddress(si), sz = LLVMGetSymbolSize(si);
        if (!name || !*name || !sz || !addr)
            continue;
        LLVMMoveToContainingSection(sec, si);
        if (LLVMObjectFileIsSectionIteratorAtEnd(bin, sec))
            continue;
        const char *sname = LLVMGetSectionName(sec);
        if (!sname || !strstr(sname, "text"))
            continue; /* data, constants */
        if (!strcmp(name, anchor) && addr == anchor_addr)
            mine = true;
        char *pretty = pretty_name(p, name);
        sb_printf(&lines, "%llx %llx %s\n", (unsigned long long)addr, (unsigned long long)sz,
                  pretty ? pretty : name);
        free(pretty);
    }
    if (sec)
        LLVMDisposeSectionIterator(sec);
    if (si)
        LLVMDisposeSymbolIterator(si);
    LLVMDisposeBinary(bin);
    LLVMDisposeMemoryBuffer(mb);
    if (mine && lines.len)
        sb_putn(out, lines.data, lines.len);
    free(lines.data);
    return mine;
}

bool cg_perf_map_write(const TiProgram *p, void *wrapper_addr)
{
    if (!p || !p->entry || !wrapper_addr)
        return false;
    char *anchor = sup_asprintf("%s.cabi", p->entry->symbol);
    StrBuf out = {0};
    pthread_mutex_lock(&perf_lock);
    /* MCJIT prepends each object it loads: ours is at (or very near) the
     * head of the list, so the walk is short. */
    int budget = 64;
    for (struct jit_code_entry *e = __jit_debug_descriptor.first_entry; e && budget-- > 0;
         e = e->next_entry)
        if (e->symfile_addr && e->symfile_size &&
            scan_object(p, e->symfile_addr, e->symfile_size, anchor,
                        (uint64_t)(uintptr_t)wrapper_addr, &out))
            break;
    bool ok = false;
    if (out.len) {
        char path[64];
        snprintf(path, sizeof path, "/tmp/perf-%ld.map", (long)getpid());
        FILE *fp = fopen(path, "a");
        if (fp) {
            ok = fwrite(out.data, 1, out.len, fp) == out.len;
            ok = fclose(fp) == 0 && ok;
        }
    }
    pthread_mutex_unlock(&perf_lock);
    free(out.data);
    free(anchor);
    return ok;
}
