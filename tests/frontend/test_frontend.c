/* tests/frontend/test_frontend.c — the frontend suite.
 * Tokens, literal values, module constants and diagnostics locations are
 * compared with data CPython produced (gen_locations.py); every function of
 * every .py under tests/ and the bench kernels must pass fe_verify_function;
 * bytecode shapes and the disassembly are checked on small functions. */
#include "internal.h"

#include <criterion/criterion.h>
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#ifndef FE_TEST_DIR
#error "FE_TEST_DIR must point at tests/frontend"
#endif

/* ---- helpers ---- */

static char *data_path(const char *name)
{
    return sup_asprintf("%s/%s", FE_TEST_DIR, name);
}

static char *read_data(const char *name)
{
    char *path = data_path(name);
    char *text = sup_read_file(path, NULL);
    cr_assert(text, "cannot read %s", path);
    free(path);
    return text;
}

/* Undoes gen_locations.py's esc(): \\ \n \t \r. */
static char *unesc(const char *s)
{
    StrBuf sb = {0};
    sb_puts(&sb, "");
    for (; *s; s++) {
        if (*s == '\\' && s[1]) {
            s++;
            sb_putc(&sb, *s == 'n' ? '\n' : *s == 't' ? '\t' : *s == 'r' ? '\r' : *s);
        } else
            sb_putc(&sb, *s);
    }
    return sb_take(&sb);
}

/* Next line of *p (NUL-terminated copy in buf); false at the end. */
static bool next_line(const char **p, char *buf, size_t cap)
{
    if (!**p)
        return false;
    size_t n = strcspn(*p, "\n");
    if (n >= cap)
        n = cap - 1;
    memcpy(buf, *p, n);
    buf[n] = 0;
    *p += strcspn(*p, "\n");
    if (**p)
        (*p)++;
    return true;
}

typedef struct Loaded {
    Interner in;
    DiagList dl;
    FeModule *m;
} Loaded;

/* Loads src; l->dl gets the load's diagnostics followed by the body errors
 * of every jitted def (kept in fn->diags: what compiling each would report,
 * and what `pyjit check` prints). */
static void load(Loaded *l, const char *src)
{
    interner_init(&l->in);
    diag_init(&l->dl);
    l->m = fe_load_module("t.py", src, &l->in, &l->dl);
    for (int i = 0; l->m && i < l->m->nfuncs; i++)
        if (l->m->funcs[i]->jitted)
            diag_append(&l->dl, &l->m->funcs[i]->diags);
}

static void unload(Loaded *l)
{
    fe_module_free(l->m);
    diag_free(&l->dl);
    interner_free(&l->in);
}

static char *all_diags(const DiagList *dl, const char *src)
{
    StrBuf sb = {0};
    sb_puts(&sb, "");
    for (int i = 0; i < dl->items.len; i++)
        diag_render(&sb, &dl->items.data[i], src);
    return sb_take(&sb);
}

/* Loads src and returns fn `name` (asserting no diagnostics). */
static FeFunction *load_fn(Loaded *l, const char *src, const char *name)
{
    load(l, src);
    char *d = all_diags(&l->dl, src);
    cr_assert(l->m, "load failed:\n%s", d);
    cr_assert_eq(l->dl.items.len, 0, "diagnostics:\n%s", d);
    free(d);
    FeFunction *fn = fe_module_function(l->m, name);
    cr_assert(fn, "no function %s", name);
    char *v = fe_verify_function(fn);
    cr_assert(!v, "verify: %s", v ? v : "");
    return fn;
}

static int count_op(const FeFunction *fn, FeOp op)
{
    int n = 0;
    for (int i = 0; i < fn->ncode; i++)
        n += fn->code[i].op == op;
    return n;
}

/* ---- tokens and literals (expected values from CPython) ---- */

static const char *tok_class(TokKind k)
{
    switch (k) {
    case TK_NAME:
        return "NAME";
    case TK_INT:
    case TK_FLOAT:
    case TK_IMAG:
        return "NUMBER";
    case TK_STRING:
        return "STRING";
    case TK_NEWLINE:
        return "NEWLINE";
    case TK_INDENT:
        return "INDENT";
    case TK_DEDENT:
        return "DEDENT";
    case TK_ENDMARKER:
        return "ENDMARKER";
    case TK_ERROR:
        return "ERROR";
    default:
        return k >= KW_FALSE ? "NAME" : "OP";
    }
}

Test(lexer, token_streams_match_cpython)
{
    char *text = read_data("tokens.txt");
    const char *p = text;
    char line[4096];
    int nsamples = 0;
    while (next_line(&p, line, sizeof line)) {
        if (strncmp(line, "tokens ", 7) != 0)
            continue;
        char name[128];
        snprintf(name, sizeof name, "%.127s", line + 7);
        cr_assert(next_line(&p, line, sizeof line) && strncmp(line, "src ", 4) == 0);
        char *src = unesc(line + 4);
        Arena ar;
        arena_init(&ar);
        Interner in;
        interner_init(&in);
        Lexer lx;
        fe_lex(&lx, src, &ar, &in);
        int i = 0;
        while (next_line(&p, line, sizeof line) && strcmp(line, "end") != 0) {
            const char *want = line + 4; /* "tok " */
            cr_assert(i < lx.toks.len, "%s: lexer stopped before %s", name, want);
            Token *t = &lx.toks.data[i++];
            StrBuf got = {0};
            const char *cls = tok_class(t->kind);
            if (t->kind == TK_ERROR)
                sb_printf(&got, "ERROR %s", lx.err_kind);
            else if (!strcmp(cls, "NAME") || !strcmp(cls, "NUMBER") || !strcmp(cls, "STRING") ||
                     !strcmp(cls, "OP")) {
                char *spelled = sup_strndup(t->src, (size_t)t->len);
                StrBuf e = {0};
                sb_puts(&e, "");
                for (char *q = spelled; *q; q++) {
                    if (*q == '\\')
                        sb_puts(&e, "\\\\");
                    else if (*q == '\n')
                        sb_puts(&e, "\\n");
                    else if (*q == '\t')
                        sb_puts(&e, "\\t");
                    else if (*q == '\r')
                        sb_puts(&e, "\\r");
                    else
                        sb_putc(&e, *q);
                }
                sb_printf(&got, "%s %d:%d %s", cls, t->loc.line, t->loc.col, e.data);
                sb_free(&e);
                free(spelled);
            } else
                sb_puts(&got, cls);
            cr_expect_str_eq(got.data, want, "%s: token %d", name, i - 1);
            sb_free(&got);
        }
        cr_expect_eq(i, lx.toks.len, "%s: %d tokens expected, lexer made %d", name, i, lx.toks.len);
        fe_lexer_free(&lx);
        interner_free(&in);
        arena_free(&ar);
        free(src);
        nsamples++;
    }
    cr_assert_gt(nsamples, 5);
    free(text);
}

Test(lexer, literal_values_match_cpython)
{
    char *text = read_data("literals.txt");
    const char *p = text;
    char line[4096], vline[4096];
    int n = 0;
    while (next_line(&p, line, sizeof line)) {
        if (strncmp(line, "lit ", 4) != 0)
            continue;
        cr_assert(next_line(&p, vline, sizeof vline) && strncmp(vline, "val ", 4) == 0);
        char *lit = unesc(line + 4);
        const char *want = vline + 4;
        Arena ar;
        arena_init(&ar);
        Interner in;
        interner_init(&in);
        Lexer lx;
        fe_lex(&lx, lit, &ar, &in);
        cr_assert(!lx.has_err, "%s: %s", lit, lx.err_msg);
        Token *t = &lx.toks.data[0];
        StrBuf got = {0};
        if (t->kind == TK_INT) {
            if (t->v.i.overflow)
                sb_puts(&got, "int overflow");
            else
                sb_printf(&got, "int %llu", (unsigned long long)t->v.i.u);
        } else if (t->kind == TK_FLOAT) {
            FeConst c = {.kind = FC_FLOAT};
            c.v.f = t->v.f;
            sb_puts(&got, "float ");
            fe_const_repr(&got, &c);
        } else if (t->kind == TK_STRING) {
            /* adjacent literals concatenate (the parser joins them) */
            StrBuf bytes = {0};
            int flags = 0;
            for (int k = 0; k < lx.toks.len && lx.toks.data[k].kind == TK_STRING; k++) {
                sb_putn(&bytes, lx.toks.data[k].v.str.s, (size_t)lx.toks.data[k].v.str.n);
                flags |= lx.toks.data[k].v.str.flags;
            }
            sb_puts(&got, flags & STR_BYTES ? "bytes " : "str ");
            for (size_t k = 0; k < bytes.len; k++)
                sb_printf(&got, "%02x", (unsigned char)bytes.data[k]);
            sb_free(&bytes);
        } else
            sb_printf(&got, "token %s", fe_token_name(t->kind));
        cr_expect_str_eq(got.data, want, "literal %s", lit);
        sb_free(&got);
        fe_lexer_free(&lx);
        interner_free(&in);
        arena_free(&ar);
        free(lit);
        n++;
    }
    cr_assert_gt(n, 30);
    free(text);
}

Test(lexer, imaginary_and_fstring_tokens)
{
    Arena ar;
    arena_init(&ar);
    Interner in;
    interner_init(&in);
    Lexer lx;
    fe_lex(&lx, "x = 3j + f'{a[\"k\"]}' + F'{{}}'\n", &ar, &in);
    cr_assert(!lx.has_err, "%s", lx.err_msg);
    cr_expect_eq(lx.toks.data[2].kind, TK_IMAG);
    cr_expect_eq(lx.toks.data[4].kind, TK_STRING);
    cr_expect(lx.toks.data[4].v.str.flags & STR_FSTRING);
    cr_expect_eq(lx.toks.data[6].kind, TK_STRING);
    cr_expect_eq(lx.toks.data[7].kind, TK_NEWLINE);
    fe_lexer_free(&lx);
    interner_free(&in);
    arena_free(&ar);
}

Test(lexer, identifiers_are_interned)
{
    Arena ar;
    arena_init(&ar);
    Interner in;
    interner_init(&in);
    Lexer lx;
    fe_lex(&lx, "abc = abc + x\n", &ar, &in);
    cr_assert_eq(lx.toks.data[0].v.name, lx.toks.data[2].v.name);
    cr_assert_eq(lx.toks.data[0].v.name, intern(&in, "abc"));
    fe_lexer_free(&lx);
    interner_free(&in);
    arena_free(&ar);
}

/* ---- diagnostics: kind, line, col, message vs CPython ---- */

Test(diagnostics, match_cpython_locations)
{
    char *text = read_data("locations.txt");
    const char *p = text;
    char line[8192];
    char name[128] = "", kind[64] = "", msg[1024] = "";
    int want_line = 0, want_col = 0, n = 0;
    char *src = NULL;
    while (next_line(&p, line, sizeof line)) {
        if (!strncmp(line, "case ", 5))
            snprintf(name, sizeof name, "%.127s", line + 5);
        else if (!strncmp(line, "kind ", 5))
            snprintf(kind, sizeof kind, "%.63s", line + 5);
        else if (!strncmp(line, "line ", 5))
            want_line = atoi(line + 5);
        else if (!strncmp(line, "col ", 4))
            want_col = atoi(line + 4);
        else if (!strncmp(line, "msg ", 4))
            snprintf(msg, sizeof msg, "%.1023s", line + 4);
        else if (!strncmp(line, "src ", 4))
            src = unesc(line + 4);
        else if (!strcmp(line, "end")) {
            Loaded l;
            load(&l, src);
            cr_expect(l.dl.nerrors > 0, "%s: loaded without error", name);
            if (l.dl.items.len) {
                Diag *d = &l.dl.items.data[0];
                cr_expect_str_eq(d->kind, kind, "%s: kind", name);
                cr_expect_str_eq(d->message, msg, "%s: message", name);
                cr_expect(d->loc.line == want_line && d->loc.col == want_col,
                          "%s: at %d:%d, CPython says %d:%d (%s)", name, d->loc.line, d->loc.col,
                          want_line, want_col, msg);
            } else
                cr_expect_fail("%s: no diagnostic", name);
            unload(&l);
            free(src);
            src = NULL;
            n++;
        }
    }
    cr_assert_gt(n, 100);
    free(text);
}

Test(diagnostics, data_still_what_cpython_says)
{
    struct stat st;
    if (stat("/usr/bin/python3", &st) != 0)
        cr_skip_test("no /usr/bin/python3");
    char *cmd = sup_asprintf("/usr/bin/python3 %s/gen_locations.py --check", FE_TEST_DIR);
    int rc = system(cmd);
    free(cmd);
    cr_assert_eq(rc, 0, "gen_locations.py --check failed: regenerate the data");
}

Test(diagnostics, errors_in_all_jitted_defs_are_collected)
{
    /* Body errors are lazy (Numba): the module loads, each def keeps its own. */
    const char *src = "from pyjit import jit\n\n@jit\ndef f(a):\n    return [a]\n\n"
                      "@jit\ndef g(a):\n    return {a}\n\ndef h(a):\n    return (a,)\n";
    Loaded l;
    load(&l, src);
    cr_assert_not_null(l.m);
    cr_expect_eq(fe_module_function(l.m, "f")->diags.nerrors, 1);
    cr_expect_eq(fe_module_function(l.m, "g")->diags.nerrors, 1);
    cr_expect_eq(fe_module_function(l.m, "h")->diags.nerrors, 0);
    cr_assert_eq(l.dl.nerrors, 2);
    cr_expect_eq(l.dl.items.data[0].loc.line, 5);
    cr_expect_eq(l.dl.items.data[1].loc.line, 9);
    unload(&l);
}

Test(diagnostics, undecorated_def_keeps_its_errors)
{
    const char *src = "def helper(a):\n    return [x for x in a]\n\ndef ok(a):\n    return a\n";
    Loaded l;
    load(&l, src);
    cr_assert(l.m);
    cr_assert_eq(l.dl.items.len, 0);
    FeFunction *h = fe_module_function(l.m, "helper");
    cr_assert(h && !h->jitted);
    cr_assert_eq(h->diags.nerrors, 1);
    cr_expect_str_eq(h->diags.items.data[0].message,
                     "list comprehensions are not supported in @jit functions");
    cr_expect_eq(h->diags.items.data[0].loc.line, 2);
    cr_expect_eq(h->diags.items.data[0].loc.col, 12);
    cr_expect_eq(fe_module_function(l.m, "ok")->diags.nerrors, 0);
    unload(&l);
}

Test(diagnostics, plain_function_with_other_decorator)
{
    const char *src = "import functools\n\n@functools.cache\ndef f(a):\n    return a\n";
    Loaded l;
    load(&l, src);
    cr_assert(l.m);
    FeFunction *f = fe_module_function(l.m, "f");
    cr_assert_eq(f->diags.nerrors, 1);
    cr_expect(strstr(f->diags.items.data[0].message, "'functools.cache'"));
    unload(&l);
}

/* ---- module level ---- */

Test(module, constants_match_cpython)
{
    char *path = data_path("consts_sample.py");
    char *src = sup_read_file(path, NULL);
    cr_assert(src);
    Loaded l;
    load(&l, src);
    char *d = all_diags(&l.dl, src);
    cr_assert(l.m, "%s", d);
    free(d);
    char *text = read_data("consts.txt");
    const char *p = text;
    char line[1024];
    int n = 0;
    while (next_line(&p, line, sizeof line)) {
        if (strncmp(line, "const ", 6) != 0)
            continue;
        char *name = line + 6;
        char *sp = strchr(name, ' ');
        *sp = 0;
        char *want = unesc(sp + 1);
        const FeGlobal *g = fe_module_global(l.m, name);
        cr_assert(g, "no global %s", name);
        if (!strcmp(want, "OPAQUE")) {
            cr_expect_eq(g->kind, FG_OPAQUE, "%s should be opaque (kind %d)", name, g->kind);
        } else if (g->kind == FG_IMPORTED) {
            /* from math import pi: typeinfer resolves it */
            cr_expect_str_eq(g->module, "math");
        } else {
            cr_expect_eq(g->kind, FG_CONST, "%s should be a constant %s", name, want);
            StrBuf sb = {0};
            fe_const_repr(&sb, &g->value);
            cr_expect_str_eq(sb.data, want, "%s", name);
            sb_free(&sb);
        }
        free(want);
        n++;
    }
    cr_assert_gt(n, 80);
    free(text);
    unload(&l);
    free(src);
    free(path);
}

Test(module, imports_and_decorators)
{
    const char *src =
        "import math\nimport numpy as np\nimport numpy\nimport os.path\n"
        "from math import sqrt, pi as PI\nfrom pyjit import jit, njit\nimport pyjit\n"
        "import numba\nfrom numba import njit as nj\n\n"
        "@jit\ndef a(x):\n    return x\n\n"
        "@njit(cache=True, fastmath=True, boundscheck=True, error_model='numpy', nogil=True,\n"
        "      parallel=False, nopython=True)\ndef b(x):\n    return x\n\n"
        "@jit('float64(float64)')\ndef c(x):\n    return x\n\n"
        "@jit(['int64(int64)', 'float64(float64)'], cache=False)\ndef d(x):\n    return x\n\n"
        "@pyjit.jit\ndef e(x):\n    return x\n\n@numba.njit(boundscheck=None)\ndef f(x):\n"
        "    return x\n\n@nj\ndef g(x, y=2, z=-1.5):\n    return x\n\ndef h(x):\n"
        "    return x\n";
    Loaded l;
    load(&l, src);
    char *dd = all_diags(&l.dl, src);
    cr_assert(l.m, "%s", dd);
    free(dd);
    const FeGlobal *g = fe_module_global(l.m, "np");
    cr_assert(g && g->kind == FG_MODULE);
    cr_expect_str_eq(g->module, "numpy");
    g = fe_module_global(l.m, "os");
    cr_assert(g && g->kind == FG_MODULE);
    cr_expect_str_eq(g->module, "os");
    g = fe_module_global(l.m, "PI");
    cr_assert(g && g->kind == FG_IMPORTED);
    cr_expect_str_eq(g->module, "math");
    cr_expect_str_eq(g->attr, "pi");
    g = fe_module_global(l.m, "nj");
    cr_assert(g && g->kind == FG_IMPORTED);
    cr_expect_str_eq(g->attr, "njit");
    for (const char *n = "abcdefg"; *n; n++) {
        char nm[2] = {*n, 0};
        FeFunction *fn = fe_module_function(l.m, nm);
        cr_assert(fn && fn->jitted, "%s should be jitted", nm);
        cr_expect_eq(fe_module_global(l.m, nm)->func, fn);
    }
    FeFunction *b = fe_module_function(l.m, "b");
    cr_expect(b->options.cache && b->options.fastmath && b->options.boundscheck &&
              b->options.boundscheck_set && b->options.nogil && !b->options.parallel);
    cr_expect_str_eq(b->options.error_model, "numpy");
    FeFunction *a = fe_module_function(l.m, "a");
    cr_expect_str_eq(a->options.error_model, "python");
    cr_expect(!a->options.boundscheck_set);
    cr_expect(!fe_module_function(l.m, "f")->options.boundscheck_set);
    FeFunction *c = fe_module_function(l.m, "c");
    cr_assert_eq(c->nsigs, 1);
    cr_expect_str_eq(c->sigs[0], "float64(float64)");
    cr_expect_eq(c->sig_loc.line, 20);
    FeFunction *d = fe_module_function(l.m, "d");
    cr_assert_eq(d->nsigs, 2);
    cr_expect_str_eq(d->sigs[1], "float64(float64)");
    FeFunction *gf = fe_module_function(l.m, "g");
    cr_assert_eq(gf->nparams, 3);
    cr_expect_null(gf->defaults[0]);
    cr_assert(gf->defaults[1] && gf->defaults[2]);
    cr_expect_eq(gf->defaults[1]->v.i, 2);
    cr_expect(gf->defaults[2]->kind == FC_FLOAT && gf->defaults[2]->v.f == -1.5);
    cr_expect(!fe_module_function(l.m, "h")->jitted);
    cr_expect_eq(fe_module_function(l.m, "a")->loc.line, 12);
    cr_expect_eq(fe_module_function(l.m, "a")->loc.col, 1);
    unload(&l);
}

Test(module, bad_decorator_options)
{
    const char *src = "from pyjit import jit\n\n@jit(fastmath=1.5, error_model='c', bogus=1)\n"
                      "def f(x):\n    return x\n\n@jit(3)\ndef g(x):\n    return x\n";
    Loaded l;
    load(&l, src);
    cr_assert_null(l.m);
    cr_assert_eq(l.dl.nerrors, 4);
    cr_expect(strstr(l.dl.items.data[0].message, "'fastmath'"));
    cr_expect(strstr(l.dl.items.data[1].message, "'error_model'"));
    cr_expect_str_eq(l.dl.items.data[2].message, "unknown @jit option 'bogus'");
    cr_expect(strstr(l.dl.items.data[3].message, "signature"));
    unload(&l);
}

Test(module, later_binding_wins)
{
    const char *src = "X = 1\nX = 2.5\ndef X():\n    return 0\nY = 1\nfor Y in range(3):\n"
                      "    pass\ntry:\n    from numba import njit\nexcept ImportError:\n"
                      "    njit = None\n";
    Loaded l;
    load(&l, src);
    cr_assert(l.m);
    cr_expect_eq(fe_module_global(l.m, "X")->kind, FG_FUNCTION);
    cr_expect_eq(fe_module_global(l.m, "Y")->kind, FG_CONST); /* for: conditional */
    const FeGlobal *g = fe_module_global(l.m, "njit");
    cr_assert(g);
    cr_expect_eq(g->kind, FG_IMPORTED);
    unload(&l);
}

Test(module, grammar_sample_loads)
{
    char *path = data_path("grammar_sample.py");
    char *src = sup_read_file(path, NULL);
    cr_assert(src);
    Loaded l;
    load(&l, src);
    char *d = all_diags(&l.dl, src);
    cr_assert(l.m, "grammar sample failed to load:\n%s", d);
    cr_assert_eq(l.dl.items.len, 0, "%s", d);
    free(d);
    int njit = 0;
    for (int i = 0; i < l.m->nfuncs; i++) {
        FeFunction *fn = l.m->funcs[i];
        if (fn->jitted) {
            njit++;
            cr_expect_eq(fn->diags.nerrors, 0, "%s", fn->name);
        }
        if (fn->diags.nerrors == 0) {
            char *v = fe_verify_function(fn);
            cr_expect(!v, "%s", v ? v : "");
            free(v);
        }
    }
    cr_expect_geq(njit, 10);
    FeFunction *every = fe_module_function(l.m, "everything");
    cr_assert(every);
    cr_expect_gt(every->diags.nerrors, 30);
    unload(&l);
    free(src);
    free(path);
}

/* ---- the verifier on every .py we have ---- */

static int verify_file(const char *path, int *nfuncs)
{
    char *src = sup_read_file(path, NULL);
    if (!src)
        return 0;
    Interner in;
    interner_init(&in);
    DiagList dl;
    diag_init(&dl);
    FeModule *m = fe_load_module(path, src, &in, &dl);
    int bad = 0;
    if (m) {
        for (int i = 0; i < m->nfuncs; i++) {
            FeFunction *fn = m->funcs[i];
            if (fn->diags.nerrors)
                continue;
            (*nfuncs)++;
            char *v = fe_verify_function(fn);
            if (v) {
                cr_log_error("%s: %s", path, v);
                free(v);
                bad++;
            }
        }
    }
    fe_module_free(m);
    diag_free(&dl);
    interner_free(&in);
    free(src);
    return bad;
}

static int verify_tree(const char *dir, int *nfiles, int *nfuncs)
{
    DIR *d = opendir(dir);
    if (!d)
        return 0;
    int bad = 0;
    struct dirent *e;
    while ((e = readdir(d))) {
        if (e->d_name[0] == '.')
            continue;
        char *p = sup_asprintf("%s/%s", dir, e->d_name);
        struct stat st;
        if (stat(p, &st) == 0 && S_ISDIR(st.st_mode))
            bad += verify_tree(p, nfiles, nfuncs);
        else {
            size_t n = strlen(e->d_name);
            if (n > 3 && !strcmp(e->d_name + n - 3, ".py")) {
                (*nfiles)++;
                bad += verify_file(p, nfuncs);
            }
        }
        free(p);
    }
    closedir(d);
    return bad;
}

Test(verifier, every_function_under_tests)
{
    int nfiles = 0, nfuncs = 0;
    int bad = verify_tree(FE_TESTS_DIR, &nfiles, &nfuncs);
    cr_assert_eq(bad, 0, "%d functions fail verification", bad);
    cr_assert_gt(nfiles, 3);
    cr_assert_gt(nfuncs, 10);
}

Test(verifier, every_bench_kernel)
{
    const char *dir = getenv("PYJIT_KERNELS_DIR");
    if (!dir)
        dir = FE_KERNELS_DIR;
    struct stat st;
    if (stat(dir, &st) != 0)
        cr_skip_test("no kernels directory %s", dir);
    int nfiles = 0, nfuncs = 0;
    int bad = verify_tree(dir, &nfiles, &nfuncs);
    cr_assert_eq(bad, 0);
    cr_assert_gt(nfiles, 0);
    /* kernels must load cleanly */
    DIR *d = opendir(dir);
    struct dirent *e;
    while ((e = readdir(d))) {
        size_t n = strlen(e->d_name);
        if (n < 4 || strcmp(e->d_name + n - 3, ".py"))
            continue;
        char *p = sup_asprintf("%s/%s", dir, e->d_name);
        char *src = sup_read_file(p, NULL);
        Loaded l;
        load(&l, src);
        char *dd = all_diags(&l.dl, src);
        cr_expect(l.m, "%s:\n%s", p, dd);
        free(dd);
        unload(&l);
        free(src);
        free(p);
    }
    closedir(d);
}

static FeFunction fake_fn(FeInstr *code, int n, FeConst *consts, int nconsts)
{
    static const char *locals[] = {"x", "$it"};
    FeFunction fn = {0};
    fn.name = "fake";
    fn.nparams = 1;
    fn.nlocals = 2;
    fn.local_names = locals;
    fn.code = code;
    fn.ncode = n;
    fn.consts = consts;
    fn.nconsts = nconsts;
    return fn;
}

Test(verifier, rejects_broken_bytecode)
{
    FeConst k[1] = {{.kind = FC_NONE}};
    /* stack not empty at a jump target */
    FeInstr a[] = {{OP_LOAD_LOCAL, 0, 0, {0}},
                   {OP_LOAD_LOCAL, 0, 0, {0}},
                   {OP_JUMP_IF_FALSE, 3, 0, {0}},
                   {OP_RETURN, 0, 0, {0}}};
    FeFunction f = fake_fn(a, 4, k, 1);
    char *v = fe_verify_function(&f);
    cr_assert(v && strstr(v, "jump target"), "%s", v ? v : "accepted");
    free(v);
    /* falls off the end */
    FeInstr b[] = {{OP_LOAD_CONST, 0, 0, {0}}, {OP_POP_TOP, 0, 0, {0}}};
    f = fake_fn(b, 2, k, 1);
    v = fe_verify_function(&f);
    cr_assert(v && strstr(v, "falls off"), "%s", v ? v : "accepted");
    free(v);
    /* operand out of range */
    FeInstr c[] = {{OP_LOAD_CONST, 5, 0, {0}}, {OP_RETURN, 0, 0, {0}}};
    f = fake_fn(c, 2, k, 1);
    v = fe_verify_function(&f);
    cr_assert(v && strstr(v, "out of range"), "%s", v ? v : "accepted");
    free(v);
    /* underflow */
    FeInstr d[] = {{OP_BINARY, BIN_ADD, 0, {0}}, {OP_RETURN, 0, 0, {0}}};
    f = fake_fn(d, 2, k, 1);
    v = fe_verify_function(&f);
    cr_assert(v && strstr(v, "pops"), "%s", v ? v : "accepted");
    free(v);
    /* inconsistent depth at a merge */
    FeInstr e[] = {{OP_LOAD_LOCAL, 0, 0, {0}}, {OP_JUMP_IF_TRUE, 4, 0, {0}},
                   {OP_LOAD_LOCAL, 0, 0, {0}}, {OP_LOAD_LOCAL, 0, 0, {0}},
                   {OP_LOAD_CONST, 0, 0, {0}}, {OP_RETURN, 0, 0, {0}}};
    f = fake_fn(e, 6, k, 1);
    v = fe_verify_function(&f);
    cr_assert(v, "accepted");
    free(v);
    /* a valid loop */
    FeInstr g[] = {{OP_LOAD_LOCAL, 0, 0, {0}},  {OP_GET_ITER, 0, 0, {0}},
                   {OP_STORE_LOCAL, 1, 0, {0}}, {OP_FOR_ITER, 1, 6, {0}},
                   {OP_POP_TOP, 0, 0, {0}},     {OP_JUMP, 3, 0, {0}},
                   {OP_LOAD_CONST, 0, 0, {0}},  {OP_RETURN, 0, 0, {0}}};
    f = fake_fn(g, 8, k, 1);
    v = fe_verify_function(&f);
    cr_assert(!v, "%s", v);
}

/* ---- bytecode shapes ---- */

Test(compile, swap_builds_and_unpacks)
{
    Loaded l;
    FeFunction *fn = load_fn(&l, "def f(a, b):\n    a, b = b, a\n    return a\n", "f");
    /* LOAD b; LOAD a; BUILD_TUPLE 2; UNPACK 2; STORE a; STORE b */
    cr_assert_eq(fn->code[0].op, OP_LOAD_LOCAL);
    cr_expect_eq(fn->code[0].a, 1);
    cr_expect_eq(fn->code[1].a, 0);
    cr_assert_eq(fn->code[2].op, OP_BUILD_TUPLE);
    cr_assert_eq(fn->code[3].op, OP_UNPACK);
    cr_expect_eq(fn->code[3].a, 2);
    cr_assert_eq(fn->code[4].op, OP_STORE_LOCAL);
    cr_expect_eq(fn->code[4].a, 0); /* item 0 (old b) is on top → a */
    cr_expect_eq(fn->code[5].a, 1);
    unload(&l);
}

Test(compile, augmented_subscript_evaluates_once)
{
    Loaded l;
    FeFunction *fn = load_fn(&l, "def f(a, g, x):\n    a[g(x)] += x\n", "f");
    cr_expect_eq(count_op(fn, OP_CALL), 1);
    cr_expect_eq(count_op(fn, OP_INDEX), 1);
    cr_expect_eq(count_op(fn, OP_STORE_INDEX), 1);
    int aug = 0;
    for (int i = 0; i < fn->ncode; i++)
        if (fn->code[i].op == OP_BINARY && fn->code[i].b == 1)
            aug++;
    cr_expect_eq(aug, 1);
    cr_expect_eq(fn->nlocals, 4); /* a g x + one hidden index */
    cr_expect_eq(fn->local_names[3][0], '$');
    unload(&l);
}

Test(compile, scoping_locals_and_globals)
{
    Loaded l;
    FeFunction *fn = load_fn(&l,
                             "K = 3\ndef f(a, b):\n    if a:\n        c = K\n    for i in "
                             "range(b):\n        d = i\n    a += 1\n    return c + d\n",
                             "f");
    cr_assert_geq(fn->nlocals, 6);
    const char *want[] = {"a", "b", "c", "i", "d"};
    for (int i = 0; i < 5; i++)
        cr_expect_str_eq(fn->local_names[i], want[i]);
    cr_expect_eq(fn->nparams, 2);
    bool k = false, range = false;
    for (int i = 0; i < fn->nnames; i++) {
        k |= !strcmp(fn->names[i], "K");
        range |= !strcmp(fn->names[i], "range");
    }
    cr_expect(k && range);
    unload(&l);
}

Test(compile, keyword_call_names_tuple)
{
    Loaded l;
    FeFunction *fn =
        load_fn(&l, "import numpy as np\ndef f(n):\n    return np.zeros(n, dtype=np.int64)\n", "f");
    int call = -1;
    for (int i = 0; i < fn->ncode; i++)
        if (fn->code[i].op == OP_CALL)
            call = i;
    cr_assert_geq(call, 0);
    cr_expect_eq(fn->code[call].a, 2);
    cr_assert_geq(fn->code[call].b, 0);
    FeConst *k = &fn->consts[fn->code[call].b];
    cr_assert_eq(k->kind, FC_TUPLE);
    cr_assert_eq(k->v.tuple.n, 1);
    cr_expect_str_eq(k->v.tuple.items[0].v.s, "dtype");
    unload(&l);
}

Test(compile, slices_and_index_tuples)
{
    Loaded l;
    FeFunction *fn = load_fn(&l, "def f(a, i):\n    return a[1:, i:5:2], a[i, 2]\n", "f");
    int slices2 = 0, slices3 = 0, tuples = 0;
    for (int i = 0; i < fn->ncode; i++) {
        if (fn->code[i].op == OP_BUILD_SLICE)
            *(fn->code[i].a == 2 ? &slices2 : &slices3) += 1;
        if (fn->code[i].op == OP_BUILD_TUPLE)
            tuples++;
    }
    cr_expect_eq(slices2, 1);
    cr_expect_eq(slices3, 1);
    cr_expect_eq(tuples, 3); /* two index tuples + the returned pair */
    unload(&l);
}

Test(compile, constants_are_deduplicated)
{
    Loaded l;
    FeFunction *fn =
        load_fn(&l, "def f(a):\n    return a + 1 + 1 + 1.0 + 1.0 + True - 0.0 - -0.0\n", "f");
    /* 1, 1.0, True, 0.0, -0.0 are five distinct constants */
    cr_expect_eq(fn->nconsts, 5);
    unload(&l);
}

Test(compile, fall_off_returns_none)
{
    Loaded l;
    FeFunction *fn = load_fn(&l, "def f(a):\n    a = 1\n", "f");
    cr_assert_eq(fn->code[fn->ncode - 1].op, OP_RETURN);
    cr_assert_eq(fn->code[fn->ncode - 2].op, OP_LOAD_CONST);
    cr_expect_eq(fn->consts[fn->code[fn->ncode - 2].a].kind, FC_NONE);
    unload(&l);
}

Test(compile, assert_raises_assertion_error)
{
    Loaded l;
    FeFunction *fn = load_fn(&l, "def f(a):\n    assert a > 0, 'neg'\n    return a\n", "f");
    cr_expect_eq(count_op(fn, OP_RAISE), 1);
    bool found = false;
    for (int i = 0; i < fn->nnames; i++)
        found |= !strcmp(fn->names[i], "AssertionError");
    cr_expect(found);
    unload(&l);
}

Test(compile, operand_stack_empty_at_jump_targets_in_nested_expressions)
{
    /* and/or, conditional expressions and chains inside calls, subscripts,
     * binary operators and assignment targets */
    Loaded l;
    FeFunction *fn = load_fn(&l,
                             "def f(a, b, c, g):\n"
                             "    x = g(a, b and c, 1 if a else 2, a < b < c)\n"
                             "    y = a + (b or c) * (a if b else c)\n"
                             "    a[b if c else 0] = a[c or 0] + (0 <= b < 10)\n"
                             "    a[b and c] += b or c\n"
                             "    while a and not (b or c) and 0 < a <= 5:\n"
                             "        b += 1 if c else 2\n"
                             "    return x, y\n",
                             "f");
    (void)fn; /* load_fn verified it */
    unload(&l);
}

/* ---- disassembly ---- */

Test(dump, small_function)
{
    Loaded l;
    FeFunction *fn = load_fn(&l,
                             "def f(x, n):\n    s = 0.0\n    for i in range(n):\n"
                             "        if x[i] > 0 and i != 3:\n            s += x[i]\n"
                             "    return s\n",
                             "f");
    char *d = fe_dump_function(fn);
    const char *want[] = {
        "function f(x, n)  # t.py:1:1",
        "locals: 0=x 1=n 2=s 3=i 4=$it0",
        "     0  2:9      LOAD_CONST     0       (0.0)",
        "     1  2:5      STORE_LOCAL    2       (s)",
        "     2  3:14     LOAD_GLOBAL    0       (range)",
        "CALL           1 -1    (1 args)",
        "GET_ITER",
        ">>   7  3:5      FOR_ITER       4",
        "INDEX",
        "COMPARE        4       (>)",
        "JUMP_IF_FALSE",
        "COMPARE        3       (!=)",
        "BINARY         0 1     (+, (augmented))",
        "JUMP           7       (to 7)",
        "RETURN",
    };
    for (size_t i = 0; i < sizeof want / sizeof *want; i++)
        cr_expect(strstr(d, want[i]), "missing %s in\n%s", want[i], d);
    free(d);
    unload(&l);
}

Test(dump, const_reprs_as_cpython)
{
    FeConst items[3] = {{.kind = FC_INT}, {.kind = FC_STR}, {.kind = FC_NONE}};
    items[0].v.i = -5;
    items[1].v.s = "it's";
    FeConst t = {.kind = FC_TUPLE};
    t.v.tuple.n = 3;
    t.v.tuple.items = items;
    StrBuf sb = {0};
    fe_const_repr(&sb, &t);
    cr_expect_str_eq(sb.data, "(-5, \"it's\", None)");
    sb_free(&sb);
    t.v.tuple.n = 1;
    fe_const_repr(&sb, &t);
    cr_expect_str_eq(sb.data, "(-5,)");
    sb_free(&sb);
}

Test(dump, opcode_table_from_x_macro)
{
    cr_expect_str_eq(fe_opinfo[OP_CALL].name, "CALL");
    cr_expect_eq(fe_opinfo[OP_FOR_ITER].b, OPK_JUMP);
    cr_expect_eq(fe_opinfo[OP_UNPACK].pushes, -1);
    cr_expect_str_eq(fe_binop_names[BIN_FLOORDIV], "//");
    cr_expect_str_eq(fe_cmpop_names[CMP_NOT_IN], "not in");
    cr_expect_str_eq(fe_unop_names[UN_NOT], "not");
    for (int i = 0; i < OP__COUNT; i++)
        cr_expect(fe_opinfo[i].name && fe_opinfo[i].doc && fe_opinfo[i].doc[0]);
}

/* ---- docs/bytecode.md stays in step with opcodes.def and the dump ---- */

static char *between(const char *text, const char *open, const char *close)
{
    const char *a = strstr(text, open);
    cr_assert(a, "no %s", open);
    a += strlen(open);
    const char *b = strstr(a, close);
    cr_assert(b);
    return sup_strndup(a, (size_t)(b - a));
}

Test(docs, bytecode_md_lists_every_opcode)
{
    char *path = sup_asprintf("%s/bytecode.md", FE_DOCS_DIR);
    char *doc = sup_read_file(path, NULL);
    cr_assert(doc, "cannot read %s", path);
    for (int i = 0; i < OP__COUNT; i++) {
        char *row = sup_asprintf("| `%s` |", fe_opinfo[i].name);
        const char *r = strstr(doc, row);
        cr_expect(r, "docs/bytecode.md lacks a row for %s", fe_opinfo[i].name);
        if (r) {
            size_t n = strcspn(r, "\n");
            char *line = sup_strndup(r, n);
            cr_expect(strstr(line, fe_opinfo[i].doc), "row of %s does not say \"%s\"",
                      fe_opinfo[i].name, fe_opinfo[i].doc);
            free(line);
        }
        free(row);
    }
    /* the example dump is what fe_dump_function prints today */
    char *src = between(doc, "```python\n", "```\n");
    char *want = between(doc, "operands, meaning):\n\n```\n", "```\n");
    Loaded l;
    FeFunction *fn = load_fn(&l, src, "clipped_sum");
    char *got = fe_dump_function(fn);
    const char *w = strchr(want, '\n'), *g = strchr(got, '\n');
    cr_assert(w && g);
    cr_expect_str_eq(g, w, "docs/bytecode.md example is stale");
    free(got);
    unload(&l);
    free(src);
    free(want);
    free(doc);
    free(path);
}
