/* typeinfer/signature.c — Numba-style type and signature strings.
 * Input: "float64(float64[:], int64)", "(int64, float64)", "UniTuple(f8, 3)"...
 * Output: interned Types; errors as a message plus a 1-based column.
 * A small recursive-descent parser over the characters of the string. */
#include "internal.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

typedef struct SigParser {
    TiTypes *tt;
    const char *s;
    size_t pos;
    char *err;
    int errcol;
} SigParser;

static const struct {
    const char *name;
    TypeKind kind;
} scalar_names[] = {
    {"boolean", TY_BOOL},   {"bool_", TY_BOOL},      {"bool", TY_BOOL},
    {"b1", TY_BOOL},        {"int8", TY_INT8},       {"i1", TY_INT8},
    {"int16", TY_INT16},    {"i2", TY_INT16},        {"int32", TY_INT32},
    {"i4", TY_INT32},       {"intc", TY_INT32},      {"int64", TY_INT64},
    {"i8", TY_INT64},       {"intp", TY_INT64},      {"int_", TY_INT64},
    {"uint8", TY_UINT8},    {"u1", TY_UINT8},        {"uint16", TY_UINT16},
    {"u2", TY_UINT16},      {"uint32", TY_UINT32},   {"u4", TY_UINT32},
    {"uintc", TY_UINT32},   {"uint64", TY_UINT64},   {"u8", TY_UINT64},
    {"uintp", TY_UINT64},   {"float32", TY_FLOAT32}, {"f4", TY_FLOAT32},
    {"single", TY_FLOAT32}, {"float64", TY_FLOAT64}, {"f8", TY_FLOAT64},
    {"double", TY_FLOAT64}, {"float_", TY_FLOAT64},  {"none", TY_NONE},
    {"void", TY_NONE},
};

static bool fail(SigParser *p, size_t pos, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
static bool fail(SigParser *p, size_t pos, const char *fmt, ...)
{
    if (p->err)
        return false;
    va_list ap;
    va_start(ap, fmt);
    p->err = sup_vasprintf(fmt, ap);
    va_end(ap);
    p->errcol = (int)pos + 1;
    return false;
}

static void skip_ws(SigParser *p)
{
    while (p->s[p->pos] == ' ' || p->s[p->pos] == '\t')
        p->pos++;
}

static char peek(SigParser *p)
{
    skip_ws(p);
    return p->s[p->pos];
}

static bool accept(SigParser *p, char c)
{
    if (peek(p) == c) {
        p->pos++;
        return true;
    }
    return false;
}

/* Describes what is at the current position, for "expected X" messages. */
static const char *found(SigParser *p)
{
    return p->s[p->pos] ? "" : " at the end of the string";
}

static bool expect(SigParser *p, char c)
{
    if (accept(p, c))
        return true;
    return fail(p, p->pos, "expected '%c'%s", c, found(p));
}

/* Reads an identifier into buf; false (no error) if none is here. */
static bool ident(SigParser *p, char *buf, size_t cap, size_t *start)
{
    skip_ws(p);
    *start = p->pos;
    const char *s = p->s + p->pos;
    if (!isalpha((unsigned char)*s) && *s != '_')
        return false;
    size_t n = 0;
    while (isalnum((unsigned char)s[n]) || s[n] == '_')
        n++;
    if (n >= cap)
        n = cap - 1;
    memcpy(buf, s, n);
    buf[n] = 0;
    while (isalnum((unsigned char)p->s[p->pos]) || p->s[p->pos] == '_')
        p->pos++;
    return true;
}

static bool number(SigParser *p, long *out)
{
    skip_ws(p);
    if (!isdigit((unsigned char)p->s[p->pos]))
        return fail(p, p->pos, "expected a number%s", found(p));
    long v = 0;
    while (isdigit((unsigned char)p->s[p->pos])) {
        v = v * 10 + (p->s[p->pos++] - '0');
        if (v > 1000000)
            return fail(p, p->pos, "number too large");
    }
    *out = v;
    return true;
}

static int edit_distance(const char *a, const char *b)
{
    size_t la = strlen(a), lb = strlen(b);
    if (la > 31 || lb > 31)
        return 99;
    int d[32][32];
    for (size_t i = 0; i <= la; i++)
        d[i][0] = (int)i;
    for (size_t j = 0; j <= lb; j++)
        d[0][j] = (int)j;
    for (size_t i = 1; i <= la; i++)
        for (size_t j = 1; j <= lb; j++) {
            int c = d[i - 1][j - 1] + (a[i - 1] != b[j - 1]);
            if (d[i - 1][j] + 1 < c)
                c = d[i - 1][j] + 1;
            if (d[i][j - 1] + 1 < c)
                c = d[i][j - 1] + 1;
            /* transposition counts as one edit */
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] &&
                d[i - 2][j - 2] + 1 < c)
                c = d[i - 2][j - 2] + 1;
            d[i][j] = c;
        }
    return d[la][lb];
}

static bool unknown_name(SigParser *p, const char *name, size_t start)
{
    if (!strcmp(name, "int"))
        return fail(p, start, "unknown type name 'int' (did you mean 'int64'?)");
    if (!strcmp(name, "float"))
        return fail(p, start, "unknown type name 'float' (did you mean 'float64'?)");
    if (!strncmp(name, "complex", 7) || !strcmp(name, "c8") || !strcmp(name, "c16"))
        return fail(p, start, "complex types are not supported yet ('%s')", name);
    const char *best = NULL;
    int bestd = 3;
    for (size_t i = 0; i < sizeof scalar_names / sizeof scalar_names[0]; i++) {
        if (strlen(scalar_names[i].name) < 4)
            continue;
        int d = edit_distance(name, scalar_names[i].name);
        if (d < bestd) {
            bestd = d;
            best = scalar_names[i].name;
        }
    }
    if (best)
        return fail(p, start, "unknown type name '%s' (did you mean '%s'?)", name, best);
    return fail(p, start, "unknown type name '%s'", name);
}

typedef Vec(const Type *) TypeVec;

static const Type *parse_type(SigParser *p);

/* Comma-separated types up to `close` (consumed). */
static bool parse_list(SigParser *p, char close, TypeVec *out)
{
    if (accept(p, close))
        return true;
    for (;;) {
        const Type *t = parse_type(p);
        if (!t)
            return false;
        vec_push(out, t);
        if (accept(p, close))
            return true;
        if (!accept(p, ','))
            return fail(p, p->pos, "expected ',' or '%c'%s", close, found(p));
        if (accept(p, close)) /* trailing comma */
            return true;
    }
}

/* "[:, ::1]" after a dtype. */
static const Type *parse_array_suffix(SigParser *p, const Type *dtype, size_t dtpos)
{
    size_t open = p->pos;
    p->pos++; /* '[' */
    int ndim = 0;
    char layout = 'A';
    bool c_last = false;
    for (;;) {
        skip_ws(p);
        size_t dpos = p->pos;
        if (!expect(p, ':'))
            return NULL;
        bool contig = false;
        if (accept(p, ':')) {
            long one;
            if (!number(p, &one))
                return NULL;
            if (one != 1)
                return fail(p, dpos, "only '::1' may give a step in an array type"), NULL;
            contig = true;
        }
        ndim++;
        if (ndim > 32)
            return fail(p, dpos, "too many dimensions"), NULL;
        if (c_last)
            return fail(p, dpos, "'::1' must be the last dimension (C layout)"), NULL;
        if (contig) {
            if (ndim == 1 && peek(p) == ',')
                return fail(p, dpos, "Fortran layout arrays are not supported"), NULL;
            c_last = true;
        }
        if (accept(p, ']'))
            break;
        if (!accept(p, ','))
            return fail(p, p->pos, "expected ',' or ']'%s", found(p)), NULL;
    }
    if (c_last)
        layout = 'C';
    if (!ti_is_number(dtype))
        return fail(p, dtpos, "array dtype must be a number type, not %s", dtype->name), NULL;
    (void)open;
    return ti_array(p->tt, dtype, ndim, layout);
}

static const Type *parse_base(SigParser *p)
{
    skip_ws(p);
    size_t start = p->pos;
    if (accept(p, '(')) {
        TypeVec items = {0};
        const Type *t = NULL;
        if (parse_list(p, ')', &items))
            t = ti_tuple(p->tt, items.len, items.data);
        vec_free(&items);
        return t;
    }
    char name[64];
    if (!ident(p, name, sizeof name, &start))
        return fail(p, p->pos, "expected a type%s", found(p)), NULL;
    for (size_t i = 0; i < sizeof scalar_names / sizeof scalar_names[0]; i++)
        if (!strcmp(name, scalar_names[i].name))
            return ti_scalar(scalar_names[i].kind);
    if (!strcmp(name, "UniTuple")) {
        if (!expect(p, '('))
            return NULL;
        const Type *item = parse_type(p);
        long n;
        if (!item || !expect(p, ',') || !number(p, &n) || !expect(p, ')'))
            return NULL;
        const Type **items = sup_malloc(sizeof *items * (size_t)(n > 0 ? n : 1));
        for (long i = 0; i < n; i++)
            items[i] = item;
        const Type *t = ti_tuple(p->tt, (int)n, items);
        free(items);
        return t;
    }
    if (!strcmp(name, "Tuple")) {
        if (!expect(p, '('))
            return NULL;
        TypeVec items = {0};
        const Type *t = NULL;
        if (parse_list(p, ')', &items))
            t = ti_tuple(p->tt, items.len, items.data);
        vec_free(&items);
        return t;
    }
    if (!strcmp(name, "array")) {
        /* the canonical display form: array(float64, 2d, C) */
        if (!expect(p, '('))
            return NULL;
        skip_ws(p);
        size_t dtpos = p->pos;
        const Type *dt = parse_type(p);
        long nd;
        if (!dt || !expect(p, ',') || !number(p, &nd))
            return NULL;
        if (p->s[p->pos] != 'd')
            return fail(p, p->pos, "expected 'd' after the number of dimensions"), NULL;
        p->pos++;
        if (!expect(p, ','))
            return NULL;
        skip_ws(p);
        char lay = p->s[p->pos];
        if (lay != 'C' && lay != 'A')
            return fail(p, p->pos, "expected layout 'C' or 'A'%s", found(p)), NULL;
        p->pos++;
        if (!expect(p, ')'))
            return NULL;
        if (!ti_is_number(dt))
            return fail(p, dtpos, "array dtype must be a number type, not %s", dt->name), NULL;
        if (nd < 1 || nd > 32)
            return fail(p, dtpos, "bad number of dimensions %ld", nd), NULL;
        return ti_array(p->tt, dt, (int)nd, lay);
    }
    unknown_name(p, name, start);
    return NULL;
}

static const Type *parse_type(SigParser *p)
{
    skip_ws(p);
    size_t start = p->pos;
    const Type *t = parse_base(p);
    while (t && peek(p) == '[')
        t = parse_array_suffix(p, t, start);
    return t;
}

static bool at_end(SigParser *p)
{
    if (peek(p) == 0)
        return true;
    return fail(p, p->pos, "unexpected '%c' after the type", p->s[p->pos]);
}

bool ti_parse_signature(TiTypes *tt, const char *text, const Type **ret, const Type ***args,
                        int *nargs, char **errmsg, int *errcol)
{
    SigParser p = {.tt = tt, .s = text ? text : ""};
    TypeVec list = {0};
    const Type *r = NULL;
    bool ok = false;
    *ret = NULL;
    if (args) {
        *args = NULL;
        *nargs = 0;
    }
    if (!args) {
        r = parse_type(&p);
        if (r && peek(&p) == '(') {
            fail(&p, p.pos, "expected a type, not a function signature");
            goto done;
        }
        ok = r && at_end(&p);
        goto done;
    }
    /* signature, "(args)" or "a, b" */
    if (peek(&p) == '(') {
        size_t open = p.pos;
        p.pos++;
        if (!parse_list(&p, ')', &list))
            goto done;
        if (peek(&p) == '[' || peek(&p) == '(') {
            /* the parenthesised list was a tuple type: return type or array */
            p.pos = open;
            list.len = 0;
        } else {
            ok = at_end(&p);
            goto done;
        }
    }
    r = parse_type(&p);
    if (!r)
        goto done;
    if (accept(&p, '(')) {
        if (parse_list(&p, ')', &list))
            ok = at_end(&p);
        goto done;
    }
    /* an argument list without parentheses */
    vec_push(&list, r);
    r = NULL;
    while (accept(&p, ',')) {
        const Type *t = parse_type(&p);
        if (!t)
            goto done;
        vec_push(&list, t);
    }
    ok = at_end(&p);
done:
    if (!ok) {
        if (!p.err)
            fail(&p, p.pos, "invalid type");
        if (errmsg)
            *errmsg = p.err;
        else
            free(p.err);
        if (errcol)
            *errcol = p.errcol;
        vec_free(&list);
        return false;
    }
    *ret = r;
    if (args) {
        *nargs = list.len;
        *args = sup_malloc(sizeof(const Type *) * (size_t)(list.len > 0 ? list.len : 1));
        for (int i = 0; i < list.len; i++)
            (*args)[i] = list.data[i];
    }
    vec_free(&list);
    if (errmsg)
        *errmsg = NULL;
    return true;
}
