/* cli/args.c — the Python-literal argument parser of `pyjit run`:
 * "30", "-1.5e-3", "inf", "True", "None", "(1, (2.0,), False)" → jit_value. */
#include "args.h"

#include <ctype.h>
#include <errno.h>
#include <inttypes.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct Parser {
    const char *text, *p;
    char *err;
} Parser;

static bool fail(Parser *ps, const char *fmt, ...)
{
    if (ps->err)
        return false;
    char msg[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    size_t n = strlen(msg) + strlen(ps->text) + 64;
    ps->err = malloc(n);
    if (ps->err)
        snprintf(ps->err, n, "invalid argument '%s': %s", ps->text, msg);
    return false;
}

static void skip_ws(Parser *ps)
{
    while (isspace((unsigned char)*ps->p))
        ps->p++;
}

static bool word(Parser *ps, const char *w)
{
    size_t n = strlen(w);
    if (strncmp(ps->p, w, n) != 0 || isalnum((unsigned char)ps->p[n]) || ps->p[n] == '_')
        return false;
    ps->p += n;
    return true;
}

/* A number, with its sign. Python syntax: underscores between digits,
 * 0x/0o/0b ints, floats with '.', 'e', or the words inf / nan. */
static bool number(Parser *ps, jit_value *out)
{
    const char *start = ps->p;
    bool neg = false;
    while (*ps->p == '-' || *ps->p == '+') {
        if (*ps->p == '-')
            neg = !neg;
        ps->p++;
        skip_ws(ps);
    }
    if (word(ps, "inf") || word(ps, "infinity")) {
        *out = jit_value_float(neg ? -INFINITY : INFINITY);
        return true;
    }
    if (word(ps, "nan")) {
        *out = jit_value_float(NAN);
        return true;
    }
    char buf[512];
    size_t n = 0;
    const char *q = ps->p;
    bool is_float = false, prefixed = false;
    int base = 10;
    if (q[0] == '0' && strchr("xXoObB", q[1]) && q[1]) {
        prefixed = true;
        base = strchr("xX", q[1]) ? 16 : strchr("oO", q[1]) ? 8 : 2;
        q += 2;
    }
    for (; *q; q++) {
        char c = *q;
        if (c == '_') {
            if (n == 0 || !isxdigit((unsigned char)q[1]))
                return fail(ps, "misplaced '_' in a number");
            continue;
        }
        bool digit = base == 16 ? isxdigit((unsigned char)c) : isdigit((unsigned char)c);
        if (digit) {
            if (base == 8 && c > '7')
                return fail(ps, "invalid digit '%c' in an octal literal", c);
            if (base == 2 && c > '1')
                return fail(ps, "invalid digit '%c' in a binary literal", c);
        } else if (!prefixed && (c == '.' || c == 'e' || c == 'E')) {
            is_float = true;
            if ((c == 'e' || c == 'E') && (q[1] == '+' || q[1] == '-')) {
                if (n + 2 >= sizeof buf)
                    return fail(ps, "number too long");
                buf[n++] = c;
                c = *++q;
            }
        } else {
            break;
        }
        if (n + 1 >= sizeof buf)
            return fail(ps, "number too long");
        buf[n++] = c;
    }
    buf[n] = '\0';
    if (n == 0 || (n == 1 && buf[0] == '.'))
        return ps->p == start ? fail(ps, "expected a number, True, False, None or a tuple")
                              : fail(ps, "expected a number after the sign");
    ps->p = q;
    if (is_float) {
        char *end;
        double d = strtod(buf, &end);
        if (*end)
            return fail(ps, "malformed float literal '%s'", buf);
        *out = jit_value_float(neg ? -d : d);
        return true;
    }
    if (base == 10 && n > 1 && buf[0] == '0') {
        for (size_t i = 0; i < n; i++)
            if (buf[i] != '0')
                return fail(ps, "leading zeros in decimal integer literals are not permitted");
    }
    errno = 0;
    char *end;
    uint64_t u = strtoull(buf, &end, base);
    bool range = errno != ERANGE && *end == '\0' &&
                 (neg ? u <= (uint64_t)INT64_MAX + 1 : u <= (uint64_t)INT64_MAX);
    if (!range)
        return fail(ps, "integer argument out of range for int64");
    *out = jit_value_int(neg ? (int64_t)(0 - u) : (int64_t)u);
    return true;
}

static bool value(Parser *ps, jit_value *out, int depth);

static bool tuple(Parser *ps, jit_value *out, int depth)
{
    /* after '(' */
    size_t n = 0, cap = 4;
    jit_value *items = calloc(cap, sizeof *items);
    bool trailing_comma = false;
    if (!items)
        return fail(ps, "out of memory");
    skip_ws(ps);
    while (*ps->p != ')') {
        if (n == cap) {
            cap *= 2;
            jit_value *bigger = realloc(items, cap * sizeof *items);
            if (!bigger)
                goto bad;
            items = bigger;
        }
        if (!value(ps, &items[n], depth + 1))
            goto bad;
        n++;
        skip_ws(ps);
        trailing_comma = false;
        if (*ps->p == ',') {
            ps->p++;
            trailing_comma = true;
            skip_ws(ps);
        } else if (*ps->p != ')') {
            fail(ps, *ps->p ? "expected ',' or ')' in a tuple" : "unclosed '('");
            goto bad;
        }
    }
    ps->p++;
    if (n == 1 && !trailing_comma) { /* (x) is just x */
        *out = items[0];
        free(items);
        return true;
    }
    out->kind = JIT_TUPLE;
    out->v.tuple.items = items;
    out->v.tuple.n = n;
    return true;
bad:
    for (size_t i = 0; i < n; i++)
        jit_value_clear(&items[i]);
    free(items);
    return false;
}

static bool value(Parser *ps, jit_value *out, int depth)
{
    *out = jit_value_none();
    skip_ws(ps);
    if (depth > 64)
        return fail(ps, "tuples nested too deeply");
    if (*ps->p == '(') {
        ps->p++;
        return tuple(ps, out, depth);
    }
    if (word(ps, "True")) {
        *out = jit_value_bool(true);
        return true;
    }
    if (word(ps, "False")) {
        *out = jit_value_bool(false);
        return true;
    }
    if (word(ps, "None"))
        return true;
    if (isalpha((unsigned char)*ps->p) &&
        !(strncmp(ps->p, "inf", 3) == 0 || strncmp(ps->p, "nan", 3) == 0)) {
        return fail(ps, "expected a number, True, False, None or a tuple (strings and names "
                        "are not supported)");
    }
    return number(ps, out);
}

bool cli_parse_value(const char *text, jit_value *out, char **errmsg)
{
    Parser ps = {text, text, NULL};
    *errmsg = NULL;
    *out = jit_value_none();
    if (!value(&ps, out, 0)) {
        jit_value_clear(out);
        *errmsg = ps.err ? ps.err : strdup("invalid argument");
        return false;
    }
    skip_ws(&ps);
    if (*ps.p == ',') {
        /* "1, 2" is a tuple in Python too. */
        jit_value first = *out;
        size_t len = strlen(text) + 3;
        char *wrapped = malloc(len);
        jit_value_clear(&first);
        if (!wrapped) {
            *errmsg = strdup("out of memory");
            return false;
        }
        snprintf(wrapped, len, "(%s)", text);
        bool ok = cli_parse_value(wrapped, out, errmsg);
        free(wrapped);
        return ok;
    }
    if (*ps.p) {
        fail(&ps, "unexpected '%s'", ps.p);
        jit_value_clear(out);
        *errmsg = ps.err;
        return false;
    }
    return true;
}
