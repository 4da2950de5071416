/* fuzz/fuzz_frontend.c — libFuzzer target: arbitrary bytes → lexer, parser,
 * bytecode compiler (fe_load_module). Every function that compiled must pass
 * fe_verify_function and dump; every failure must leave a located error. */
#include "frontend.h"
#include "fuzz.h"

#include <stdlib.h>
#include <string.h>

/* Everything a load produced, as text: diagnostics, then each function's
 * verification and disassembly. Aborts on a failed property. */
static char *load_text(const char *src)
{
    Interner in;
    interner_init(&in);
    DiagList diags;
    diag_init(&diags);
    StrBuf sb = {0};
    sb_puts(&sb, "");
    FeModule *m = fe_load_module("fuzz.py", src, &in, &diags);
    /* A refused module names at least one error, and rendering works. */
    FUZZ_CHECK(m || diags.nerrors > 0, "fe_load_module returned NULL without an error");
    for (int i = 0; i < diags.items.len; i++)
        diag_render(&sb, &diags.items.data[i], src);
    for (int i = 0; m && i < m->nfuncs; i++) {
        FeFunction *fn = m->funcs[i];
        for (int j = 0; j < fn->diags.items.len; j++)
            diag_render(&sb, &fn->diags.items.data[j], src);
        if (fn->diags.nerrors > 0)
            continue; /* a def pyjit cannot compile (reported when compiled) */
        char *bad = fe_verify_function(fn);
        if (bad) {
            fuzz_report("fe_verify_function(%s): %s", fn->name, bad);
            abort();
        }
        FUZZ_CHECK(fe_module_function(m, fn->name) != NULL, "function not found by name");
        char *dump = fe_dump_function(fn);
        FUZZ_CHECK(dump != NULL, "no dump of %s", fn->name);
        sb_puts(&sb, dump);
        free(dump);
    }
    if (m)
        fe_module_free(m);
    diag_free(&diags);
    interner_free(&in);
    return sb_take(&sb);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char *src = fuzz_cstring(data, size);
    char *a = load_text(src);
    char *b = load_text(src);
    FUZZ_CHECK(strcmp(a, b) == 0, "two loads of the same text differ:\n%s\n----\n%s", a, b);
    free(a);
    free(b);
    free(src);
    return 0;
}
