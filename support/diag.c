/* support/diag.c — collecting and rendering diagnostics (chibicc style:
 * "file:line:col: error: message", the source line, a caret). */
#include "support.h"

#include <stdlib.h>
#include <string.h>

static const char *const sev_names[] = {
#define X(e, s) s,
    DIAG_SEVERITIES(X)
#undef X
};

const char *diag_severity_name(DiagSeverity sev) { return sev_names[sev]; }

void diag_init(DiagList *dl)
{
    memset(dl, 0, sizeof *dl);
    arena_init(&dl->arena);
}

void diag_free(DiagList *dl)
{
    for (int i = 0; i < dl->items.len; i++)
        free(dl->items.data[i].message);
    vec_free(&dl->items);
    arena_free(&dl->arena);
    dl->nerrors = 0;
}

Diag *diag_vadd(DiagList *dl, DiagSeverity sev, const char *kind, const char *file, SrcLoc loc,
                const char *fmt, va_list ap)
{
    Diag d;
    d.severity = sev;
    d.kind = kind ? arena_strdup(&dl->arena, kind) : NULL;
    d.file = file ? arena_strdup(&dl->arena, file) : NULL;
    d.loc = loc;
    d.message = sup_vasprintf(fmt, ap);
    vec_push(&dl->items, d);
    if (sev == DIAG_ERROR)
        dl->nerrors++;
    return &vec_last(&dl->items);
}

Diag *diag_add(DiagList *dl, DiagSeverity sev, const char *kind, const char *file, SrcLoc loc,
               const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    Diag *d = diag_vadd(dl, sev, kind, file, loc, fmt, ap);
    va_end(ap);
    return d;
}

void diag_append(DiagList *dst, const DiagList *src)
{
    for (int i = 0; i < src->items.len; i++) {
        const Diag *d = &src->items.data[i];
        diag_add(dst, d->severity, d->kind, d->file, d->loc, "%s", d->message);
    }
}

const char *sup_source_line(const char *src, int line, size_t *len)
{
    if (!src || line < 1)
        return NULL;
    const char *p = src;
    for (int l = 1; l < line; l++) {
        p = strchr(p, '\n');
        if (!p)
            return NULL;
        p++;
    }
    size_t n = strcspn(p, "\r\n");
    if (!*p && line > 1)
        return NULL;
    if (len)
        *len = n;
    return p;
}

void diag_render(StrBuf *sb, const Diag *d, const char *source)
{
    sb_printf(sb, "%s:", d->file ? d->file : "<unknown>");
    if (d->loc.line > 0)
        sb_printf(sb, "%d:%d:", d->loc.line, d->loc.col > 0 ? d->loc.col : 1);
    sb_printf(sb, " %s: %s\n", diag_severity_name(d->severity), d->message);
    size_t n;
    const char *line = source ? sup_source_line(source, d->loc.line, &n) : NULL;
    if (line) {
        sb_printf(sb, "    %.*s\n    ", (int)n, line);
        for (int i = 1; i < d->loc.col && (size_t)(i - 1) < n; i++)
            sb_putc(sb, line[i - 1] == '\t' ? '\t' : ' ');
        sb_puts(sb, "^\n");
    }
}
