/* tests/codegen/test_data.c — data-driven semantics tests: every function
 * and call in data.txt (written by gen_data.py from CPython's answers) is
 * compiled and run; results must match bit for bit (floats: NaN == NaN,
 * signed zeros distinguished), exceptions by type and message. */
#include <criterion/criterion.h>
#include <criterion/redirect.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"

static void setup(void)
{
    h_setup();
    cr_redirect_stdout();
}

TestSuite(data, .init = setup, .fini = h_teardown);

static void unescape_into(StrBuf *sb, const char *s)
{
    for (; *s; s++) {
        if (s[0] == '\\' && s[1] == 'n') {
            sb_putc(sb, '\n');
            s++;
        } else if (s[0] == '\\' && s[1] == '\\') {
            sb_putc(sb, '\\');
            s++;
        } else {
            sb_putc(sb, *s);
        }
    }
}

static bool parse_val(const Type *t, const char *s, Val *v)
{
    memset(v, 0, sizeof *v);
    char *end;
    switch (t->kind) {
    case TY_BOOL:
        v->b = !strcmp(s, "True");
        return !strcmp(s, "True") || !strcmp(s, "False");
    case TY_INT64:
        v->i = strtoll(s, &end, 10);
        return *end == 0;
    case TY_FLOAT64:
        v->f = strtod(s, &end);
        return *end == 0;
    default:
        return false;
    }
}

static bool same(const Type *t, Val a, Val b, bool approx)
{
    if (approx && t->kind == TY_FLOAT64 && isfinite(a.f) && isfinite(b.f))
        return fabs(a.f - b.f) <= 1e-14 + 1e-13 * fabs(a.f);
    switch (t->kind) {
    case TY_BOOL:
        return a.b == b.b;
    case TY_INT64:
        return a.i == b.i;
    case TY_FLOAT64:
        if (isnan(a.f) && isnan(b.f))
            return true;
        return memcmp(&a.f, &b.f, sizeof(double)) == 0;
    default:
        return false;
    }
}

static void show(char *buf, size_t n, const Type *t, Val v)
{
    if (t->kind == TY_FLOAT64)
        snprintf(buf, n, "%.17g", v.f);
    else if (t->kind == TY_BOOL)
        snprintf(buf, n, "%s", v.b ? "True" : "False");
    else
        snprintf(buf, n, "%lld", (long long)v.i);
}

/* Reads a tuple result item i from the C struct (natural alignment). */
static Val tuple_item(const Type *tt, const unsigned char *mem, int i)
{
    size_t off = 0;
    Val v;
    memset(&v, 0, sizeof v);
    for (int k = 0; k <= i; k++) {
        size_t sz = tt->items[k]->kind == TY_BOOL ? 1 : 8;
        off = (off + sz - 1) / sz * sz;
        if (k == i) {
            if (sz == 1)
                v.b = mem[off] != 0;
            else
                memcpy(&v, mem + off, 8);
        }
        off += sz;
    }
    return v;
}

Test(data, cpython_semantics, .timeout = 240)
{
    size_t n;
    char *text = sup_read_file(CG_DATA, &n);
    cr_assert(text, "cannot read %s", CG_DATA);
    StrBuf src = {0};
    for (char *line = text; line && *line;) {
        char *nl = strchr(line, '\n');
        if (line[0] == 'S') {
            size_t len = nl ? (size_t)(nl - line) : strlen(line);
            sb_putn(&src, line + 2, len > 2 ? len - 2 : 0);
            sb_putc(&src, '\n');
        }
        line = nl ? nl + 1 : NULL;
    }
    char *source = sb_take(&src);
    Compiled c = {0};
    bool have = false, approx = false;
    int ncalls = 0, nfail = 0;
    char fname[128] = "";
    StrBuf printed = {0};
    sb_puts(&printed, "");
    for (char *line = strtok(text, "\n"); line; line = strtok(NULL, "\n")) {
        if (line[0] == 'F') {
            if (have)
                h_free(&c);
            char sig[256], flag[32] = "";
            sscanf(line, "F %127s %255s %31s", fname, sig, flag);
            approx = !strcmp(flag, "approx");
            for (char *p = sig; *p; p++)
                if (*p == ',')
                    *p = ' ';
            /* back to "a, b" */
            char sig2[512] = "";
            for (char *tok = sig, *sp; tok && *tok; tok = sp) {
                sp = strchr(tok, ' ');
                if (sp)
                    *sp++ = 0;
                if (sig2[0])
                    strcat(sig2, ", ");
                strcat(sig2, tok);
            }
            have = h_compile(&c, source, fname, sig2, NULL);
            cr_expect(have, "%s(%s) did not compile:\n%s", fname, sig2, c.diags);
            if (!have)
                nfail++;
            continue;
        }
        if (line[0] == 'O') {
            unescape_into(&printed, line + 2);
            continue;
        }
        if (line[0] != 'C' || !have)
            continue;
        ncalls++;
        /* C a b ... = r... | C a b ... ! Type message */
        char *mark = strstr(line, " = ");
        char *exc = strstr(line, " ! ");
        char *argend = mark ? mark : exc;
        cr_assert(argend, "bad line %s", line);
        char *rest = argend + 3;
        *argend = 0;
        Val args[8];
        int na = 0;
        char *save;
        for (char *tok = strtok_r(line + 2, " ", &save); tok; tok = strtok_r(NULL, " ", &save)) {
            cr_assert(na < c.nargs, "too many args in %s", line);
            cr_assert(parse_val(c.args[na], tok, &args[na]), "bad arg %s", tok);
            na++;
        }
        Val r;
        unsigned char tup[64];
        memset(tup, 0, sizeof tup);
        h_call(&c, args, &r, tup);
        RtError *e = rt_error_take();
        char desc[256];
        snprintf(desc, sizeof desc, "%s(%s)", fname, line + 2);
        if (exc) {
            char *sp = strchr(rest, ' ');
            char *msg = sp ? sp + 1 : "";
            if (sp)
                *sp = 0;
            bool ok = e && !strcmp(e->type, rest) && !strcmp(e->message, msg);
            cr_expect(ok, "%s: expected %s: %s, got %s: %s", desc, rest, msg,
                      e ? e->type : "no exception", e ? e->message : "");
            nfail += !ok;
        } else {
            cr_expect(!e, "%s: unexpected %s: %s", desc, e ? e->type : "", e ? e->message : "");
            nfail += e != NULL;
            int k = 0;
            if (c.ret->kind == TY_NONE) {
                cr_expect_str_eq(rest, "None", "%s: expected %s, got None", desc, rest);
                rt_error_free(e);
                continue;
            }
            for (char *tok = strtok_r(rest, " ", &save); tok;
                 tok = strtok_r(NULL, " ", &save), k++) {
                const Type *t = c.ret->kind == TY_TUPLE ? c.ret->items[k] : c.ret;
                Val want, got = c.ret->kind == TY_TUPLE ? tuple_item(c.ret, tup, k) : r;
                cr_assert(parse_val(t, tok, &want), "bad result %s for %s", tok, t->name);
                if (!same(t, want, got, approx)) {
                    char g[64];
                    show(g, sizeof g, t, got);
                    cr_expect(false, "%s: expected %s, got %s", desc, tok, g);
                    nfail++;
                }
            }
        }
        rt_error_free(e);
    }
    if (have)
        h_free(&c);
    free(source);
    free(text);
    cr_expect(ncalls > 1000, "only %d calls ran", ncalls);
    cr_expect_eq(nfail, 0, "%d failures in %d calls", nfail, ncalls);
    fflush(stdout);
    char *want = sb_take(&printed);
    cr_expect_stdout_eq_str(want, "printed output differs from CPython's");
    free(want);
}
