/* runtime/exc.c — the thread-local exception state of compiled code.
 * rt_raise (from compiled code) → pending RtError → rt_error_take (API). */
#include "runtime.h"

#include <stdlib.h>
#include <string.h>

static _Thread_local RtError *pending;

static char *dup_or_empty(const char *s)
{
    if (!s)
        s = "";
    size_t n = strlen(s) + 1;
    char *p = malloc(n);
    if (p)
        memcpy(p, s, n);
    return p;
}

void rt_error_free(RtError *e)
{
    if (!e)
        return;
    free(e->type);
    free(e->message);
    free(e->file);
    free(e->func);
    free(e);
}

void rt_raise(const char *type, const char *msg, const char *file, const char *func, int line,
              int col)
{
    RtError *e = calloc(1, sizeof *e);
    if (e) {
        e->type = dup_or_empty(type ? type : "RuntimeError");
        e->message = dup_or_empty(msg);
        e->file = dup_or_empty(file);
        e->func = dup_or_empty(func);
        e->line = line;
        e->col = col;
        if (!e->type || !e->message || !e->file || !e->func) {
            rt_error_free(e);
            e = NULL;
        }
    }
    rt_error_free(pending);
    /* Out of memory while raising: a static marker would be shared across
     * threads, so record nothing; rt_error_pending stays false only in that
     * pathological case. */
    pending = e;
}

bool rt_error_pending(void)
{
    return pending != NULL;
}

RtError *rt_error_take(void)
{
    RtError *e = pending;
    pending = NULL;
    return e;
}
