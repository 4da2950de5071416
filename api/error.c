/* api/error.c — jit_error: compile diagnostics (rendered file:line:col +
 * source + caret + notes) and run-time Python exceptions (rendered as a
 * Python-style traceback); jit_take_error wraps the runtime's pending error. */
#include "internal.h"

#include <stdlib.h>
#include <string.h>

struct jit_error {
    char *type;
    char *message;
    char *file; /* NULL if unknown */
    char *func; /* run-time errors: the raising function */
    int line, col;
    bool is_runtime;
    char *rendered;
};

static jit_error *error_alloc(const char *type, const char *file, int line, int col, char *msg)
{
    jit_error *e = sup_calloc(1, sizeof *e);
    e->type = sup_strdup(type ? type : "Error");
    e->file = file && *file ? sup_strdup(file) : NULL;
    e->line = line;
    e->col = col;
    e->message = msg ? msg : sup_strdup("");
    return e;
}

static void render_plain(jit_error *e)
{
    StrBuf sb = {0};
    if (e->file) {
        sb_printf(&sb, "%s:", e->file);
        if (e->line > 0)
            sb_printf(&sb, "%d:%d:", e->line, e->col > 0 ? e->col : 1);
        sb_putc(&sb, ' ');
    }
    sb_printf(&sb, "error: %s: %s\n", e->type, e->message);
    e->rendered = sb_take(&sb);
}

jit_error *jit__error_new(const char *type, const char *file, int line, int col, const char *fmt,
                          ...)
{
    va_list ap;
    va_start(ap, fmt);
    char *msg = sup_vasprintf(fmt, ap);
    va_end(ap);
    jit_error *e = error_alloc(type, file, line, col, msg);
    render_plain(e);
    return e;
}

jit_error *jit__error_from_diags(const DiagList *dl, const char *source)
{
    const Diag *first = NULL;
    for (int i = 0; i < dl->items.len && !first; i++)
        if (dl->items.data[i].severity == DIAG_ERROR)
            first = &dl->items.data[i];
    if (!first && dl->items.len > 0)
        first = &dl->items.data[0];
    if (!first)
        return jit__error_new("InternalError", NULL, 0, 0, "compilation failed without a message");
    jit_error *e = error_alloc(first->kind, first->file, first->loc.line, first->loc.col,
                               sup_strdup(first->message));
    StrBuf sb = {0};
    for (int i = 0; i < dl->items.len; i++)
        diag_render(&sb, &dl->items.data[i], source);
    e->rendered = sb_take(&sb);
    return e;
}

/* Python's repr of a str (the quote it picks, its escapes). */
static void py_str_repr(StrBuf *sb, const char *s)
{
    char q = strchr(s, '\'') && !strchr(s, '"') ? '"' : '\'';
    sb_putc(sb, q);
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        if (*p == '\\' || *p == (unsigned char)q)
            sb_printf(sb, "\\%c", *p);
        else if (*p == '\n')
            sb_puts(sb, "\\n");
        else if (*p == '\t')
            sb_puts(sb, "\\t");
        else if (*p == '\r')
            sb_puts(sb, "\\r");
        else if (*p < 0x20 || *p == 0x7f)
            sb_printf(sb, "\\x%02x", *p);
        else
            sb_putc(sb, (char)*p);
    }
    sb_putc(sb, q);
}

jit_error *jit__error_from_rt(RtError *r)
{
    if (!r)
        return NULL;
    jit_error *e = error_alloc(r->type, r->file, r->line, r->col, sup_strdup(r->message));
    e->is_runtime = true;
    e->func = sup_strdup(r->func ? r->func : "");
    StrBuf sb = {0};
    sb_puts(&sb, "Traceback (most recent call last):\n");
    if (e->file) {
        sb_printf(&sb, "  File \"%s\", line %d, in %s\n", e->file, e->line,
                  *e->func ? e->func : "<module>");
        char *src = jit__source_line(e->file, e->line);
        if (src && *src)
            sb_printf(&sb, "    %s\n", src);
        free(src);
    }
    if (*e->message && strcmp(e->type, "KeyError") == 0) {
        /* str(KeyError(k)) is repr(k). */
        sb_printf(&sb, "%s: ", e->type);
        py_str_repr(&sb, e->message);
        sb_putc(&sb, '\n');
    } else if (*e->message)
        sb_printf(&sb, "%s: %s\n", e->type, e->message);
    else
        sb_printf(&sb, "%s\n", e->type);
    e->rendered = sb_take(&sb);
    rt_error_free(r);
    return e;
}

jit_error *jit__error_clone(const jit_error *s)
{
    jit_error *e = sup_calloc(1, sizeof *e);
    e->type = sup_strdup(s->type);
    e->message = sup_strdup(s->message);
    e->file = s->file ? sup_strdup(s->file) : NULL;
    e->func = s->func ? sup_strdup(s->func) : NULL;
    e->line = s->line;
    e->col = s->col;
    e->is_runtime = s->is_runtime;
    e->rendered = sup_strdup(s->rendered);
    return e;
}

void jit__error_set_rendered(jit_error *e, char *text)
{
    free(e->rendered);
    e->rendered = text;
}

void jit__set_error(jit_error **err, jit_error *e)
{
    if (err)
        *err = e;
    else
        jit_error_free(e);
}

jit_error *jit_take_error(void)
{
    return jit__error_from_rt(rt_error_take());
}

const char *jit_error_type(const jit_error *e)
{
    return e ? e->type : NULL;
}
const char *jit_error_message(const jit_error *e)
{
    return e ? e->message : NULL;
}
const char *jit_error_file(const jit_error *e)
{
    return e ? e->file : NULL;
}
int jit_error_line(const jit_error *e)
{
    return e ? e->line : 0;
}
int jit_error_column(const jit_error *e)
{
    return e ? e->col : 0;
}
bool jit_error_is_runtime(const jit_error *e)
{
    return e && e->is_runtime;
}
char *jit_error_render(const jit_error *e)
{
    return e ? sup_strdup(e->rendered) : NULL;
}

void jit_error_free(jit_error *e)
{
    if (!e)
        return;
    free(e->type);
    free(e->message);
    free(e->file);
    free(e->func);
    free(e->rendered);
    free(e);
}
