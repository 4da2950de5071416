/* typeinfer/dump.c — the annotated-types dump (`pyjit dump --emit=types`).
 * Input: a TiProgram. Output: per specialisation, its signature line, then
 * each source line of the function followed by the types of the variables
 * assigned on it ("    x = a + 1.0        # x: float64"). malloc'd text. */
#include "internal.h"

#include <stdlib.h>
#include <string.h>

static void signature_line(StrBuf *sb, const TiFunc *f)
{
    const FeFunction *fn = f->fn;
    sb_printf(sb, "%s(", fn->name);
    for (int i = 0; i < f->nargs; i++)
        sb_printf(sb, "%s%s: %s", i ? ", " : "", fn->params[i], f->argtypes[i]->name);
    sb_printf(sb, ") -> %s    [%s]\n", f->ret ? f->ret->name : "?", f->symbol ? f->symbol : "");
}

/* Appends "name: type" for every visible local stored on `line`. */
static void annotations(StrBuf *sb, const TiFunc *f, int line, bool *seen)
{
    const FeFunction *fn = f->fn;
    memset(seen, 0, sizeof(bool) * (size_t)(fn->nlocals > 0 ? fn->nlocals : 1));
    bool first = true;
    for (int b = 0; b < f->nblocks; b++)
        for (int i = 0; i < f->blocks[b].ninsts; i++) {
            const TiInst *in = &f->blocks[b].insts[i];
            if (in->op != OP_STORE_LOCAL || in->loc.line != line || seen[in->a])
                continue;
            const char *name = fn->local_names ? fn->local_names[in->a] : NULL;
            const Type *t = f->local_types[in->a];
            if (!name || name[0] == '$' || !t)
                continue;
            seen[in->a] = true;
            sb_printf(sb, "%s%s: %s", first ? "# " : ", ", name, t->name);
            first = false;
        }
}

static void dump_func(StrBuf *sb, const TiFunc *f)
{
    const FeFunction *fn = f->fn;
    signature_line(sb, f);
    const char *src = fn->module ? fn->module->source : NULL;
    int first = fn->loc.line, last = fn->loc.line;
    for (int i = 0; i < fn->ncode; i++)
        if (fn->code[i].loc.line > last)
            last = fn->code[i].loc.line;
    if (!src || first <= 0)
        return;
    size_t width = 0;
    for (int l = first; l <= last; l++) {
        size_t len;
        const char *s = sup_source_line(src, l, &len);
        while (s && len > 0 && (s[len - 1] == ' ' || s[len - 1] == '\t' || s[len - 1] == '\r'))
            len--;
        if (s && len > width)
            width = len;
    }
    width += 4;
    bool *seen = sup_calloc((size_t)(fn->nlocals > 0 ? fn->nlocals : 1), sizeof(bool));
    StrBuf ann = {0};
    for (int l = first; l <= last; l++) {
        size_t len;
        const char *s = sup_source_line(src, l, &len);
        if (!s)
            break;
        while (len > 0 && (s[len - 1] == ' ' || s[len - 1] == '\t' || s[len - 1] == '\r'))
            len--;
        ann.len = 0;
        if (ann.data)
            ann.data[0] = 0;
        annotations(&ann, f, l, seen);
        sb_putn(sb, s, len);
        if (ann.len > 0) {
            for (size_t k = len; k < width; k++)
                sb_putc(sb, ' ');
            sb_puts(sb, ann.data);
        }
        sb_putc(sb, '\n');
    }
    sb_free(&ann);
    free(seen);
}

char *ti_dump_types(const TiProgram *p)
{
    StrBuf sb = {0};
    sb_puts(&sb, "");
    for (int i = 0; p && i < p->nfuncs; i++) {
        if (i)
            sb_putc(&sb, '\n');
        dump_func(&sb, p->funcs[i]);
    }
    return sb_take(&sb);
}
