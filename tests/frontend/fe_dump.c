/* tests/frontend/fe_dump.c — debugging aid: loads .py files with the
 * frontend, prints diagnostics, the disassembly of every def and the
 * verifier's verdict. Usage: fe_dump [-q] file.py... (exit 1 on any error;
 * -q: only the module-level diagnostics). */
#include "frontend.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(int argc, char **argv)
{
    int rc = 0;
    bool quiet = argc > 1 && strcmp(argv[1], "-q") == 0; /* diagnostics only */
    for (int i = 1 + quiet; i < argc; i++) {
        size_t len;
        char *src = sup_read_file(argv[i], &len);
        if (!src) {
            fprintf(stderr, "%s: cannot read\n", argv[i]);
            rc = 1;
            continue;
        }
        Interner in;
        interner_init(&in);
        DiagList dl;
        diag_init(&dl);
        FeModule *m = fe_load_module(argv[i], src, &in, &dl);
        StrBuf sb = {0};
        for (int k = 0; k < dl.items.len; k++)
            diag_render(&sb, &dl.items.data[k], src);
        if (m && !quiet) {
            for (int k = 0; k < m->nglobals; k++) {
                const FeGlobal *g = &m->globals[k];
                sb_printf(&sb, "global %s kind=%d", g->name, (int)g->kind);
                if (g->kind == FG_CONST) {
                    sb_puts(&sb, " = ");
                    fe_const_repr(&sb, &g->value);
                }
                if (g->module)
                    sb_printf(&sb, " module=%s", g->module);
                if (g->attr)
                    sb_printf(&sb, " attr=%s", g->attr);
                sb_putc(&sb, '\n');
            }
            for (int k = 0; k < m->nfuncs; k++) {
                FeFunction *fn = m->funcs[k];
                char *d = fe_dump_function(fn);
                sb_puts(&sb, d);
                free(d);
                for (int j = 0; j < fn->diags.items.len; j++)
                    diag_render(&sb, &fn->diags.items.data[j], src);
                char *v = fe_verify_function(fn);
                if (v) {
                    sb_printf(&sb, "VERIFY FAILED: %s\n", v);
                    free(v);
                    rc = 1;
                }
            }
        } else if (!m)
            rc = 1;
        if (sb.data)
            fputs(sb.data, stdout);
        sb_free(&sb);
        fe_module_free(m);
        diag_free(&dl);
        interner_free(&in);
        free(src);
    }
    return rc;
}
