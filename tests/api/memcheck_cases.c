/* tests/api/memcheck_cases.c — runs golden cases in one process through the
 * public API, for memory checkers (valgrind memcheck, LeakSanitizer): each
 * tests/cases/<topic>.py with its .expected (result repr or exception line)
 * and each tests/errors/<name>.py (a compile error), checking after every
 * case that pyjit's array allocations are back to their start
 * (rt_nrt_live), including kernels that raise halfway.
 * usage: memcheck_cases [-O N] [-k SUBSTRING] FILE.py...   exit 0 iff all pass. */
#include "args.h"
#include "pyjit.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int64_t rt_nrt_live(void); /* runtime/runtime.h */

/* ---- a tiny JSON reader for the .expected lines: objects of strings and
 * arrays of strings, other values skipped ---- */

typedef struct Case {
    char *func;
    char *args[64];
    int nargs;
    char *result;    /* NULL unless a result is expected */
    char *exception; /* NULL unless an exception is expected */
    bool reject;     /* tests/errors: a compile error is expected */
} Case;

static void skip_ws(const char **p)
{
    while (**p == ' ' || **p == '\t' || **p == '\r' || **p == '\n')
        (*p)++;
}

static void put_utf8(char **o, unsigned c)
{
    if (c < 0x80) {
        *(*o)++ = (char)c;
    } else if (c < 0x800) {
        *(*o)++ = (char)(0xC0 | c >> 6);
        *(*o)++ = (char)(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        *(*o)++ = (char)(0xE0 | c >> 12);
        *(*o)++ = (char)(0x80 | (c >> 6 & 0x3F));
        *(*o)++ = (char)(0x80 | (c & 0x3F));
    } else {
        *(*o)++ = (char)(0xF0 | c >> 18);
        *(*o)++ = (char)(0x80 | (c >> 12 & 0x3F));
        *(*o)++ = (char)(0x80 | (c >> 6 & 0x3F));
        *(*o)++ = (char)(0x80 | (c & 0x3F));
    }
}

/* Reads a JSON string at *p (which is at the opening quote). */
static char *read_string(const char **p)
{
    if (**p != '"')
        return NULL;
    (*p)++;
    char *out = malloc(strlen(*p) * 2 + 8), *o = out;
    while (**p && **p != '"') {
        char c = *(*p)++;
        if (c != '\\') {
            *o++ = c;
            continue;
        }
        c = *(*p)++;
        switch (c) {
        case 'n':
            *o++ = '\n';
            break;
        case 't':
            *o++ = '\t';
            break;
        case 'r':
            *o++ = '\r';
            break;
        case 'b':
            *o++ = '\b';
            break;
        case 'f':
            *o++ = '\f';
            break;
        case 'u': {
            unsigned u =
                (unsigned)strtoul((char[5]){(*p)[0], (*p)[1], (*p)[2], (*p)[3], 0}, NULL, 16);
            *p += 4;
            if (u >= 0xD800 && u < 0xDC00 && (*p)[0] == '\\' && (*p)[1] == 'u') {
                unsigned lo =
                    (unsigned)strtoul((char[5]){(*p)[2], (*p)[3], (*p)[4], (*p)[5], 0}, NULL, 16);
                *p += 6;
                u = 0x10000 + ((u - 0xD800) << 10) + (lo - 0xDC00);
            }
            put_utf8(&o, u);
            break;
        }
        default:
            *o++ = c;
            break; /* \" \\ \/ */
        }
    }
    if (**p == '"')
        (*p)++;
    *o = '\0';
    return out;
}

/* Skips any JSON value (numbers, literals, nested containers). */
static void skip_value(const char **p)
{
    skip_ws(p);
    if (**p == '"') {
        free(read_string(p));
        return;
    }
    if (**p == '[' || **p == '{') {
        int depth = 0;
        do {
            if (**p == '"') {
                free(read_string(p));
                continue;
            }
            if (**p == '[' || **p == '{')
                depth++;
            else if (**p == ']' || **p == '}')
                depth--;
            (*p)++;
        } while (**p && depth > 0);
        return;
    }
    while (**p && **p != ',' && **p != '}' && **p != ']')
        (*p)++;
}

/* Reads an array of strings into out[0..*n). */
static void read_strings(const char **p, char **out, int *n, int max)
{
    skip_ws(p);
    if (**p != '[') {
        skip_value(p);
        return;
    }
    (*p)++;
    for (;;) {
        skip_ws(p);
        if (**p == ']' || !**p) {
            if (**p)
                (*p)++;
            return;
        }
        if (**p == '"' && *n < max)
            out[(*n)++] = read_string(p);
        else
            skip_value(p);
        skip_ws(p);
        if (**p == ',')
            (*p)++;
    }
}

static bool parse_case(const char *line, Case *c)
{
    memset(c, 0, sizeof *c);
    const char *p = line;
    skip_ws(&p);
    if (*p != '{')
        return false;
    p++;
    for (;;) {
        skip_ws(&p);
        if (*p == '}' || !*p)
            break;
        char *key = read_string(&p);
        if (!key)
            return false;
        skip_ws(&p);
        if (*p == ':')
            p++;
        skip_ws(&p);
        if (!strcmp(key, "func") && *p == '"') {
            c->func = read_string(&p);
        } else if (!strcmp(key, "args")) {
            read_strings(&p, c->args, &c->nargs, 64);
        } else if (!strcmp(key, "call")) {
            char *all[65];
            int n = 0;
            read_strings(&p, all, &n, 65);
            if (n > 0) {
                c->func = all[0];
                for (int i = 1; i < n; i++)
                    c->args[c->nargs++] = all[i];
            }
        } else if (!strcmp(key, "result") && *p == '"') {
            c->result = read_string(&p);
        } else if (!strcmp(key, "exception") && *p == '"') {
            c->exception = read_string(&p);
        } else if (!strcmp(key, "kind") && *p == '"') {
            char *k = read_string(&p);
            c->reject = !strcmp(k, "reject") || !strcmp(k, "syntax");
            free(k);
        } else {
            skip_value(&p);
        }
        free(key);
        skip_ws(&p);
        if (*p == ',')
            p++;
    }
    return c->func != NULL;
}

static void free_case(Case *c)
{
    free(c->func);
    for (int i = 0; i < c->nargs; i++)
        free(c->args[i]);
    free(c->result);
    free(c->exception);
}

/* ---- running ---- */

static int npass, nfail, nleak;

static void fail(const char *file, const Case *c, const char *fmt, const char *a, const char *b)
{
    nfail++;
    fprintf(stderr, "FAIL %s:%s", file, c->func);
    for (int i = 0; i < c->nargs; i++)
        fprintf(stderr, " %s", c->args[i]);
    fprintf(stderr, ": ");
    fprintf(stderr, fmt, a, b);
    fputc('\n', stderr);
}

/* The last non-empty line of a rendered run-time error ("Type: message"). */
static char *last_line(const char *text)
{
    const char *end = text + strlen(text);
    while (end > text && end[-1] == '\n')
        end--;
    const char *start = end;
    while (start > text && start[-1] != '\n')
        start--;
    char *s = malloc((size_t)(end - start) + 1);
    memcpy(s, start, (size_t)(end - start));
    s[end - start] = '\0';
    return s;
}

static void run_case(jit_module *mod, const char *file, const Case *c)
{
    int64_t live0 = rt_nrt_live();
    jit_function *fn = jit_module_function(mod, c->func);
    if (!fn) {
        fail(file, c, "no function %s%s", c->func, "");
        return;
    }
    jit_value vals[64];
    for (int i = 0; i < c->nargs; i++) {
        char *msg = NULL;
        if (!cli_parse_value(c->args[i], &vals[i], &msg)) {
            fail(file, c, "bad argument: %s%s", msg, "");
            free(msg);
            for (int j = 0; j < i; j++)
                jit_value_clear(&vals[j]);
            return;
        }
    }
    jit_value ret;
    jit_error *err = NULL;
    int rc = jit_call(fn, vals, (size_t)c->nargs, &ret, &err);
    bool ok = true;
    if (rc == 0) {
        char *text = jit_value_repr(&ret);
        jit_value_clear(&ret);
        if (!c->result) {
            fail(file, c, "returned %s, expected %s", text,
                 c->exception ? c->exception : "a compile error");
            ok = false;
        } else if (strcmp(text, c->result) != 0) {
            fail(file, c, "returned %s, expected %s", text, c->result);
            ok = false;
        }
        jit_free(text);
    } else {
        char *text = jit_error_render(err);
        char *line = jit_error_is_runtime(err) ? last_line(text) : strdup(text);
        if (c->reject) {
            if (jit_error_is_runtime(err)) {
                fail(file, c, "raised %s, expected a compile error%s", line, "");
                ok = false;
            }
        } else if (!c->exception || strcmp(line, c->exception) != 0) {
            fail(file, c, "failed with %s, expected %s", line,
                 c->exception ? c->exception : c->result);
            ok = false;
        }
        free(line);
        jit_free(text);
        jit_error_free(err);
    }
    for (int i = 0; i < c->nargs; i++)
        jit_value_clear(&vals[i]);
    int64_t live = rt_nrt_live();
    if (live != live0) {
        char buf[64];
        snprintf(buf, sizeof buf, "%lld", (long long)(live - live0));
        fail(file, c, "%s array allocation(s) leaked%s", buf, "");
        nleak++;
        ok = false;
    }
    if (ok)
        npass++;
}

static void run_file(const char *py, const char *filter, const jit_options *opts)
{
    size_t n = strlen(py);
    if (n < 3 || strcmp(py + n - 3, ".py") != 0) {
        fprintf(stderr, "memcheck_cases: %s is not a .py file\n", py);
        nfail++;
        return;
    }
    char *exp = malloc(n + 8);
    memcpy(exp, py, n - 3);
    strcpy(exp + n - 3, ".expected");
    FILE *f = fopen(exp, "r");
    if (!f) {
        fprintf(stderr, "memcheck_cases: cannot open %s\n", exp);
        free(exp);
        nfail++;
        return;
    }
    jit_context *ctx = jit_context_new(opts);
    jit_error *err = NULL;
    jit_module *mod = jit_module_load_file(ctx, py, &err);
    char *line = NULL;
    size_t cap = 0;
    while (getline(&line, &cap, f) > 0) {
        if (line[0] == '#' || line[0] == '\n')
            continue;
        Case c;
        if (!parse_case(line, &c)) {
            fprintf(stderr, "memcheck_cases: %s: unreadable line %s", exp, line);
            nfail++;
            free_case(&c);
            continue;
        }
        char id[512];
        snprintf(id, sizeof id, "%s:%s", py, c.func);
        if (!filter || strstr(id, filter)) {
            if (mod)
                run_case(mod, py, &c);
            else if (c.reject && !jit_error_is_runtime(err))
                npass++;
            else
                fail(py, &c, "module failed to load: %s%s", jit_error_message(err), "");
        }
        free_case(&c);
    }
    free(line);
    fclose(f);
    free(exp);
    jit_error_free(err);
    jit_context_free(ctx);
}

int main(int argc, char **argv)
{
    const char *filter = NULL;
    jit_options opts;
    jit_options_init(&opts);
    /* Kernels print: keep the checker's own report readable on stderr. */
    if (!freopen("/dev/null", "w", stdout))
        return 2;
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "-k") && i + 1 < argc)
            filter = argv[++i];
        else if (!strcmp(argv[i], "-O") && i + 1 < argc)
            opts.opt_level = atoi(argv[++i]);
        else
            run_file(argv[i], filter, &opts);
    }
    fprintf(stderr, "%d passed, %d failed (%d leaking), live allocations at exit: %lld\n", npass,
            nfail, nleak, (long long)rt_nrt_live());
    return nfail == 0 && npass > 0 && rt_nrt_live() == 0 ? 0 : 1;
}
