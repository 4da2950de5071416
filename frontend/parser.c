/* frontend/parser.c — recursive-descent parser for the Python 3.12 grammar.
 * Token array (lexer.c) → AST (internal.h Node trees in the module arena).
 * The first syntax error wins (as in CPython); messages and locations follow
 * CPython's where practical. Also the compile-time checks CPython's
 * symtable makes ('return' outside function, 'break' outside loop, ...). */
#include "internal.h"

#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct P {
    Token *t;
    int pos, n;
    Arena *arena;
    Interner *in;
    Lexer *lx;
    jmp_buf *jb;
    /* the error being raised */
    const char *err_kind;
    SrcLoc err_loc;
    char err_msg[512];
    bool generic; /* err is a plain "invalid syntax" */
    /* The first error CPython reports only after a successful parse (its
     * symtable/compiler checks: 'return' outside function, ...). */
    bool late;
    bool keep_err;   /* CPython does not let a later lexical error replace this one */
    bool comma_hint; /* the error is "Perhaps you forgot a comma?" */
    SrcLoc late_loc;
    char late_msg[256];
    /* context for the symtable-style checks */
    bool in_func, in_async, in_loop;
    int defs;  /* enclosing defs and lambdas (class bodies do not reset it) */
    int depth; /* recursion guard */
} P;

static const char *const node_kind_names[N__COUNT] = {
#define X(e) #e,
    FE_NODE_KINDS(X)
#undef X
};
const char *fe_node_kind_name(NodeKind k)
{
    return k < N__COUNT ? node_kind_names[k] : "?";
}

/* ---- errors ---- */

static _Noreturn void fail(P *p, const char *kind, SrcLoc loc, bool generic, const char *fmt, ...)
    __attribute__((format(printf, 5, 6)));
static _Noreturn void fail(P *p, const char *kind, SrcLoc loc, bool generic, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(p->err_msg, sizeof p->err_msg, fmt, ap);
    va_end(ap);
    p->err_kind = kind;
    p->err_loc = loc;
    p->generic = generic;
    longjmp(*p->jb, 1);
}

#define SYNTAX(p, loc, ...) fail((p), FE_KIND_SYNTAX, (loc), false, __VA_ARGS__)

/* Records an error CPython finds after parsing; parsing goes on. */
static void late_error(P *p, SrcLoc loc, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
static void late_error(P *p, SrcLoc loc, const char *fmt, ...)
{
    if (p->late)
        return;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(p->late_msg, sizeof p->late_msg, fmt, ap);
    va_end(ap);
    p->late = true;
    p->late_loc = loc;
}

static Token *tok(P *p)
{
    return &p->t[p->pos];
}
static Token *peek_at(P *p, int k)
{
    int i = p->pos + k;
    return &p->t[i < p->n ? i : p->n - 1];
}
static bool at(P *p, TokKind k)
{
    return tok(p)->kind == k;
}

/* Reports "invalid syntax" at the current token (or the lexer's error if it
 * stopped here). */
static _Noreturn void invalid(P *p)
{
    Token *t = tok(p);
    if (t->kind == TK_ERROR)
        fail(p, p->lx->err_kind, p->lx->err_loc, false, "%s", p->lx->err_msg);
    if (t->kind == TK_INDENT) {
        p->keep_err = true;
        fail(p, FE_KIND_INDENT, (SrcLoc){t->loc.line, t->end.col - 1 > 0 ? t->end.col - 1 : 1},
             false, "unexpected indent");
    }
    if (t->kind == TK_DEDENT || (t->kind == TK_NEWLINE && t->len == 0) || t->kind == TK_ENDMARKER) {
        /* CPython reports an unexpected end of a block at the newline. */
    }
    fail(p, FE_KIND_SYNTAX, t->loc, true, "invalid syntax");
}

static void advance(P *p)
{
    if (tok(p)->kind == TK_ERROR)
        invalid(p);
    if (p->pos < p->n - 1)
        p->pos++;
}
static bool accept(P *p, TokKind k)
{
    if (at(p, k)) {
        advance(p);
        return true;
    }
    return false;
}
static Token *expect(P *p, TokKind k)
{
    if (!at(p, k)) {
        if (tok(p)->kind == TK_ERROR)
            invalid(p);
        if (k == TK_COLON)
            SYNTAX(p, tok(p)->loc, "expected ':'");
        invalid(p);
    }
    Token *t = tok(p);
    advance(p);
    return t;
}
static bool at_name(P *p, const char *s)
{
    return at(p, TK_NAME) && strcmp(tok(p)->v.name, s) == 0;
}
static SrcLoc prev_end(P *p)
{
    return p->pos > 0 ? p->t[p->pos - 1].end : tok(p)->loc;
}

/* ---- nodes and lists ---- */

static Node *mk(P *p, NodeKind k, SrcLoc loc)
{
    Node *n = ARENA_NEW(p->arena, Node);
    n->kind = k;
    n->loc = loc;
    n->end = loc;
    return n;
}
/* Where a node starts when it is the left operand of an enclosing one. */
static SrcLoc start(const Node *n)
{
    return n->parens ? n->ploc : n->loc;
}

static Node *fin(P *p, Node *n)
{
    n->end = prev_end(p);
    return n;
}

/* A list built in the arena (no frees needed when a syntax error unwinds). */
typedef struct NB {
    Node **items;
    int n, cap;
} NB;
static void nb_push(P *p, NB *b, Node *x)
{
    if (b->n == b->cap) {
        int nc = b->cap ? b->cap * 2 : 4;
        Node **ni = ARENA_NEWN(p->arena, Node *, nc);
        if (b->n)
            memcpy(ni, b->items, sizeof(Node *) * (size_t)b->n);
        b->items = ni;
        b->cap = nc;
    }
    b->items[b->n++] = x;
}
static NodeList nb_list(NB *b)
{
    return (NodeList){b->n, b->items};
}
static NodeList list1(P *p, Node *x)
{
    NB b = {0};
    nb_push(p, &b, x);
    return nb_list(&b);
}

static void enter(P *p)
{
    if (++p->depth > 400)
        SYNTAX(p, tok(p)->loc, "too many nested parentheses");
}
static void leave(P *p)
{
    p->depth--;
}

/* ---- expressions ---- */

static Node *expression(P *p);
static Node *named_expression(P *p);
static Node *star_expressions(P *p);
static Node * bitor (P * p);
static Node *primary(P *p);
static Node *disjunction(P *p);
static void parse_params(P *p, NB *out, TokKind close, bool annotations);
static NodeList comprehension_clauses(P *p);
static void check_target(P *p, Node *t, int ctx);

static bool starts_expression(TokKind k)
{
    switch (k) {
    case TK_NAME:
    case TK_INT:
    case TK_FLOAT:
    case TK_IMAG:
    case TK_STRING:
    case TK_LPAR:
    case TK_LSQB:
    case TK_LBRACE:
    case TK_MINUS:
    case TK_PLUS:
    case TK_TILDE:
    case KW_NOT:
    case KW_LAMBDA:
    case KW_AWAIT:
    case KW_NONE:
    case KW_TRUE:
    case KW_FALSE:
    case TK_ELLIPSIS:
        return true;
    default:
        return false;
    }
}

static Node *strings(P *p)
{
    Token *first = tok(p);
    Node *n = mk(p, E_STR, first->loc);
    StrBuf sb = {0};
    int flags = 0;
    bool have_bytes = false, have_str = false;
    while (at(p, TK_STRING)) {
        Token *t = tok(p);
        if (t->v.str.flags & STR_BYTES)
            have_bytes = true;
        else
            have_str = true;
        if (have_bytes && have_str) {
            sb_free(&sb);
            SYNTAX(p, first->loc, "cannot mix bytes and nonbytes literals");
        }
        flags |= t->v.str.flags;
        sb_putn(&sb, t->v.str.s, (size_t)t->v.str.n);
        advance(p);
    }
    n->slen = (int)sb.len;
    n->sval = sb.data ? arena_strndup(p->arena, sb.data, sb.len) : arena_strdup(p->arena, "");
    n->flags = flags;
    sb_free(&sb);
    return fin(p, n);
}

/* '*' bitor | item: one element of a starred list. */
static Node *star_or(P *p, Node *(*item)(P *))
{
    if (!at(p, TK_STAR))
        return item(p);
    Node *n = mk(p, E_STARRED, tok(p)->loc);
    advance(p);
    n->a = bitor (p);
    return fin(p, n);
}

/* star_named_expression: '*' bitor | named_expression */
static Node *star_named(P *p)
{
    return star_or(p, named_expression);
}

/* first [',' item]* [','] → first alone, or an E_TUPLE of them; `more` says
 * whether an item follows a comma (else the comma was a trailing one). */
static Node *comma_tuple(P *p, Node *first, Node *(*item)(P *), bool (*more)(P *))
{
    if (!at(p, TK_COMMA))
        return first;
    Node *t = mk(p, E_TUPLE, start(first));
    NB b = {0};
    nb_push(p, &b, first);
    while (accept(p, TK_COMMA) && more(p))
        nb_push(p, &b, star_or(p, item));
    t->list = nb_list(&b);
    return fin(p, t);
}

/* In a bracketed display: `(1 2)` gets CPython's comma hint. */
static _Noreturn void missing_comma(P *p, Node *first)
{
    if (starts_expression(tok(p)->kind) && tok(p)->kind != KW_NOT) {
        p->comma_hint = true;
        SYNTAX(p, first->loc, "invalid syntax. Perhaps you forgot a comma?");
    }
    invalid(p);
}

static Node *paren_atom(P *p)
{
    Token *lp = tok(p);
    advance(p);
    if (at(p, TK_RPAR)) {
        advance(p);
        Node *n = mk(p, E_TUPLE, lp->loc);
        return fin(p, n);
    }
    if (at(p, KW_YIELD)) {
        Node *y = star_expressions(p); /* handles yield via expression() below */
        expect(p, TK_RPAR);
        y->parens = true;
        y->ploc = lp->loc;
        return y;
    }
    Node *first = star_named(p);
    if (at(p, KW_FOR) || at(p, KW_ASYNC)) {
        Node *g = mk(p, E_GENEXP, lp->loc);
        g->a = first;
        g->list = comprehension_clauses(p);
        expect(p, TK_RPAR);
        g->parens = true;
        g->ploc = lp->loc;
        return fin(p, g);
    }
    if (at(p, TK_RPAR)) {
        advance(p);
        if (first->kind == E_STARRED)
            SYNTAX(p, first->loc, "cannot use starred expression here");
        first->parens = true;
        /* CPython's node keeps the inner location; an enclosing node starts
         * at the outermost '('. */
        first->ploc = lp->loc;
        return first;
    }
    if (!at(p, TK_COMMA))
        missing_comma(p, first);
    NB b = {0};
    nb_push(p, &b, first);
    while (accept(p, TK_COMMA)) {
        if (at(p, TK_RPAR))
            break;
        Node *x = star_named(p);
        nb_push(p, &b, x);
        if (!at(p, TK_COMMA) && !at(p, TK_RPAR))
            missing_comma(p, x);
    }
    expect(p, TK_RPAR);
    Node *t = mk(p, E_TUPLE, lp->loc);
    t->list = nb_list(&b);
    t->parens = true;
    t->ploc = lp->loc;
    return fin(p, t);
}

/* The rest of a list or set display after its first element: `, x`*
 * up to `close` (a trailing comma allowed). */
static NodeList display_items(P *p, Node *first, TokKind close)
{
    NB b = {0};
    nb_push(p, &b, first);
    if (!at(p, TK_COMMA) && !at(p, close))
        missing_comma(p, first);
    while (accept(p, TK_COMMA)) {
        if (at(p, close))
            break;
        Node *x = star_named(p);
        nb_push(p, &b, x);
        if (!at(p, TK_COMMA) && !at(p, close))
            missing_comma(p, x);
    }
    expect(p, close);
    return nb_list(&b);
}

static Node *list_atom(P *p)
{
    Token *lb = tok(p);
    advance(p);
    Node *n = mk(p, E_LIST, lb->loc);
    if (accept(p, TK_RSQB))
        return fin(p, n);
    Node *first = star_named(p);
    if (at(p, KW_FOR) || at(p, KW_ASYNC)) {
        n->kind = E_LISTCOMP;
        n->a = first;
        n->list = comprehension_clauses(p);
        expect(p, TK_RSQB);
        return fin(p, n);
    }
    n->list = display_items(p, first, TK_RSQB);
    return fin(p, n);
}

static Node *brace_atom(P *p)
{
    Token *lb = tok(p);
    advance(p);
    Node *n = mk(p, E_DICT, lb->loc);
    if (accept(p, TK_RBRACE))
        return fin(p, n);
    NB keys = {0}, vals = {0};
    /* first element decides dict vs set */
    if (at(p, TK_DSTAR)) {
        advance(p);
        nb_push(p, &keys, NULL);
        nb_push(p, &vals, bitor (p));
    } else {
        Node *first = star_named(p);
        if (at(p, TK_COLON) && first->kind != E_STARRED) {
            advance(p);
            Node *v = expression(p);
            if (at(p, KW_FOR) || at(p, KW_ASYNC)) {
                n->kind = E_DICTCOMP;
                n->a = first;
                n->b = v;
                n->list = comprehension_clauses(p);
                expect(p, TK_RBRACE);
                return fin(p, n);
            }
            nb_push(p, &keys, first);
            nb_push(p, &vals, v);
        } else {
            /* a set */
            n->kind = E_SET;
            if (at(p, KW_FOR) || at(p, KW_ASYNC)) {
                n->kind = E_SETCOMP;
                n->a = first;
                n->list = comprehension_clauses(p);
                expect(p, TK_RBRACE);
                return fin(p, n);
            }
            n->list = display_items(p, first, TK_RBRACE);
            return fin(p, n);
        }
    }
    while (accept(p, TK_COMMA)) {
        if (at(p, TK_RBRACE))
            break;
        if (accept(p, TK_DSTAR)) {
            nb_push(p, &keys, NULL);
            nb_push(p, &vals, bitor (p));
            continue;
        }
        Node *k = expression(p);
        if (!at(p, TK_COLON))
            SYNTAX(p, k->loc, "':' expected after dictionary key");
        advance(p);
        nb_push(p, &keys, k);
        nb_push(p, &vals, expression(p));
    }
    if (at(p, TK_COLON) || !at(p, TK_RBRACE)) {
        if (keys.n && !at(p, TK_RBRACE) && !at(p, TK_COMMA) && starts_expression(tok(p)->kind))
            missing_comma(p,
                          keys.items[keys.n - 1] ? keys.items[keys.n - 1] : vals.items[vals.n - 1]);
    }
    expect(p, TK_RBRACE);
    n->list = nb_list(&keys);
    n->list2 = nb_list(&vals);
    return fin(p, n);
}

static Node *atom(P *p)
{
    Token *t = tok(p);
    Node *n;
    switch (t->kind) {
    case TK_NAME:
        n = mk(p, E_NAME, t->loc);
        n->name = t->v.name;
        advance(p);
        return fin(p, n);
    case TK_INT:
        n = mk(p, E_INT, t->loc);
        n->ival = t->v.i.u;
        n->flags = t->v.i.overflow;
        advance(p);
        return fin(p, n);
    case TK_FLOAT:
    case TK_IMAG:
        n = mk(p, t->kind == TK_FLOAT ? E_FLOAT : E_IMAG, t->loc);
        n->fval = t->v.f;
        advance(p);
        return fin(p, n);
    case TK_STRING:
        return strings(p);
    case KW_TRUE:
    case KW_FALSE:
    case KW_NONE:
    case TK_ELLIPSIS:
        n = mk(p,
               t->kind == KW_TRUE    ? E_TRUE
               : t->kind == KW_FALSE ? E_FALSE
               : t->kind == KW_NONE  ? E_NONE
                                     : E_ELLIPSIS,
               t->loc);
        advance(p);
        return fin(p, n);
    case TK_LPAR:
        return paren_atom(p);
    case TK_LSQB:
        return list_atom(p);
    case TK_LBRACE:
        return brace_atom(p);
    default:
        invalid(p);
    }
}

/* slice: [expr] ':' [expr] [':' [expr]] | named_expression | starred */
static Node *slice_item(P *p)
{
    SrcLoc loc = tok(p)->loc;
    Node *lo = NULL;
    if (!at(p, TK_COLON)) {
        if (at(p, TK_STAR))
            return star_named(p);
        lo = named_expression(p);
        if (!at(p, TK_COLON))
            return lo;
    }
    Node *s = mk(p, E_SLICE, loc);
    s->a = lo;
    advance(p); /* ':' */
    if (!at(p, TK_COLON) && !at(p, TK_COMMA) && !at(p, TK_RSQB))
        s->b = expression(p);
    if (accept(p, TK_COLON)) {
        if (!at(p, TK_COMMA) && !at(p, TK_RSQB))
            s->c = expression(p);
    }
    return fin(p, s);
}

static void call_args(P *p, Node *call, SrcLoc lpar)
{
    NB args = {0}, kws = {0};
    bool seen_kw = false, seen_dstar = false;
    while (!at(p, TK_RPAR)) {
        Token *t = tok(p);
        if (at(p, TK_STAR)) {
            if (seen_dstar)
                SYNTAX(p, t->loc, "iterable argument unpacking follows keyword argument unpacking");
            Node *s = mk(p, E_STARRED, t->loc);
            advance(p);
            s->a = expression(p);
            nb_push(p, &args, fin(p, s));
        } else if (at(p, TK_DSTAR)) {
            Node *k = mk(p, E_KEYWORD, t->loc);
            advance(p);
            k->a = expression(p);
            nb_push(p, &kws, fin(p, k));
            seen_dstar = true;
        } else if (at(p, TK_NAME) && peek_at(p, 1)->kind == TK_EQ) {
            Node *k = mk(p, E_KEYWORD, t->loc);
            k->name = t->v.name;
            advance(p);
            advance(p);
            k->a = expression(p);
            for (int i = 0; i < kws.n; i++)
                if (kws.items[i]->name == k->name)
                    SYNTAX(p, k->loc, "keyword argument repeated: %s", k->name);
            nb_push(p, &kws, fin(p, k));
            seen_kw = true;
        } else {
            Node *a = named_expression(p);
            if (at(p, TK_EQ)) {
                if (a->kind == E_NAME)
                    invalid(p);
                SYNTAX(p, a->loc,
                       "expression cannot contain assignment, perhaps you meant \"==\"?");
            }
            if (at(p, KW_FOR) || at(p, KW_ASYNC)) {
                /* CPython: a sole generator argument starts at the call's '(' */
                Node *g = mk(p, E_GENEXP, lpar);
                g->a = a;
                g->list = comprehension_clauses(p);
                fin(p, g);
                if (args.n || kws.n || !at(p, TK_RPAR))
                    SYNTAX(p, a->loc, "Generator expression must be parenthesized");
                a = g;
            }
            if (seen_dstar || seen_kw) {
                /* CPython reports it at the last token it read: the ')' */
                int depth = 0;
                while (!at(p, TK_ENDMARKER) && !at(p, TK_ERROR) &&
                       !(depth == 0 && at(p, TK_RPAR))) {
                    if (at(p, TK_LPAR) || at(p, TK_LSQB) || at(p, TK_LBRACE))
                        depth++;
                    else if (at(p, TK_RPAR) || at(p, TK_RSQB) || at(p, TK_RBRACE))
                        depth--;
                    advance(p);
                }
                SYNTAX(p, tok(p)->loc, "positional argument follows keyword argument%s",
                       seen_dstar ? " unpacking" : "");
            }
            nb_push(p, &args, a);
        }
        if (!accept(p, TK_COMMA))
            break;
        if (args.n == 1 && args.items[0]->kind == E_GENEXP && !args.items[0]->parens)
            SYNTAX(p, args.items[0]->a->loc, "Generator expression must be parenthesized");
    }
    expect(p, TK_RPAR);
    call->list = nb_list(&args);
    call->list2 = nb_list(&kws);
}

static Node *primary(P *p)
{
    Node *n = atom(p);
    for (;;) {
        Token *t = tok(p);
        if (t->kind == TK_DOT) {
            advance(p);
            Token *nm = tok(p);
            if (nm->kind != TK_NAME)
                invalid(p);
            advance(p);
            Node *a = mk(p, E_ATTR, start(n));
            a->a = n;
            a->name = nm->v.name;
            n = fin(p, a);
        } else if (t->kind == TK_LPAR) {
            advance(p);
            Node *c = mk(p, E_CALL, start(n));
            c->a = n;
            call_args(p, c, t->loc);
            n = fin(p, c);
        } else if (t->kind == TK_LSQB) {
            advance(p);
            Node *s = mk(p, E_SUBSCRIPT, start(n));
            s->a = n;
            Node *first = slice_item(p);
            if (at(p, TK_COMMA)) {
                Node *tup = mk(p, E_TUPLE, start(first));
                NB b = {0};
                nb_push(p, &b, first);
                while (accept(p, TK_COMMA)) {
                    if (at(p, TK_RSQB))
                        break;
                    nb_push(p, &b, slice_item(p));
                }
                tup->list = nb_list(&b);
                s->b = fin(p, tup);
            } else
                s->b = first;
            expect(p, TK_RSQB);
            n = fin(p, s);
        } else
            return n;
    }
}

static Node *await_primary(P *p)
{
    if (at(p, KW_AWAIT)) {
        Node *n = mk(p, E_AWAIT, tok(p)->loc);
        advance(p);
        n->a = primary(p);
        return fin(p, n);
    }
    return primary(p);
}

static Node *factor(P *p);
static Node *power(P *p)
{
    Node *l = await_primary(p);
    if (at(p, TK_DSTAR)) {
        advance(p);
        Node *n = mk(p, E_BINOP, start(l));
        n->op = BIN_POW;
        n->a = l;
        n->b = factor(p);
        return fin(p, n);
    }
    return l;
}

static Node *factor(P *p)
{
    Token *t = tok(p);
    int op = t->kind == TK_MINUS   ? UN_NEG
             : t->kind == TK_PLUS  ? UN_POS
             : t->kind == TK_TILDE ? UN_INVERT
                                   : -1;
    if (op >= 0) {
        advance(p);
        enter(p);
        Node *n = mk(p, E_UNOP, t->loc);
        n->op = op;
        n->a = factor(p);
        leave(p);
        return fin(p, n);
    }
    return power(p);
}

static int binop_of(TokKind k, int level)
{
    switch (level) {
    case 0:
        return k == TK_VBAR ? BIN_OR : -1;
    case 1:
        return k == TK_CIRCUMFLEX ? BIN_XOR : -1;
    case 2:
        return k == TK_AMP ? BIN_AND : -1;
    case 3:
        return k == TK_LSHIFT ? BIN_LSHIFT : k == TK_RSHIFT ? BIN_RSHIFT : -1;
    case 4:
        return k == TK_PLUS ? BIN_ADD : k == TK_MINUS ? BIN_SUB : -1;
    case 5:
        return k == TK_STAR      ? BIN_MUL
               : k == TK_SLASH   ? BIN_TRUEDIV
               : k == TK_DSLASH  ? BIN_FLOORDIV
               : k == TK_PERCENT ? BIN_MOD
               : k == TK_AT      ? BIN_MATMUL
                                 : -1;
    }
    return -1;
}

static Node *binary_level(P *p, int level)
{
    if (level > 5)
        return factor(p);
    Node *l = binary_level(p, level + 1);
    int op;
    while ((op = binop_of(tok(p)->kind, level)) >= 0) {
        advance(p);
        Node *n = mk(p, E_BINOP, start(l));
        n->op = op;
        n->a = l;
        n->b = binary_level(p, level + 1);
        l = fin(p, n);
    }
    return l;
}

static Node * bitor (P * p)
{
    enter(p);
    Node *n = binary_level(p, 0);
    leave(p);
    return n;
}

static int cmpop_here(P *p, int *ntok)
{
    *ntok = 1;
    switch (tok(p)->kind) {
    case TK_LT:
        return CMP_LT;
    case TK_LE:
        return CMP_LE;
    case TK_EQEQ:
        return CMP_EQ;
    case TK_NE:
        return CMP_NE;
    case TK_GT:
        return CMP_GT;
    case TK_GE:
        return CMP_GE;
    case KW_IN:
        return CMP_IN;
    case KW_IS:
        if (peek_at(p, 1)->kind == KW_NOT) {
            *ntok = 2;
            return CMP_IS_NOT;
        }
        return CMP_IS;
    case KW_NOT:
        if (peek_at(p, 1)->kind == KW_IN) {
            *ntok = 2;
            return CMP_NOT_IN;
        }
        return -1;
    default:
        return -1;
    }
}

static Node *comparison(P *p)
{
    Node *l = bitor (p);
    int ntok, op = cmpop_here(p, &ntok);
    if (op < 0)
        return l;
    Node *n = mk(p, E_COMPARE, start(l));
    n->a = l;
    NB rhs = {0};
    int nops = 0, cap = 4;
    int *ops = ARENA_NEWN(p->arena, int, cap);
    while ((op = cmpop_here(p, &ntok)) >= 0) {
        p->pos += ntok;
        if (nops == cap) {
            int *no = ARENA_NEWN(p->arena, int, cap * 2);
            memcpy(no, ops, sizeof(int) * (size_t)nops);
            ops = no;
            cap *= 2;
        }
        ops[nops++] = op;
        if (!starts_expression(tok(p)->kind))
            invalid(p);
        nb_push(p, &rhs, bitor (p));
    }
    n->list = nb_list(&rhs);
    n->ops = ops;
    return fin(p, n);
}

static Node *inversion(P *p)
{
    if (at(p, KW_NOT)) {
        Node *n = mk(p, E_UNOP, tok(p)->loc);
        advance(p);
        enter(p);
        n->op = UN_NOT;
        n->a = inversion(p);
        leave(p);
        return fin(p, n);
    }
    return comparison(p);
}

static Node *boolop(P *p, int which)
{
    TokKind kw = which == BOOL_OR ? KW_OR : KW_AND;
    Node *l = which == BOOL_OR ? boolop(p, BOOL_AND) : inversion(p);
    if (!at(p, kw))
        return l;
    Node *n = mk(p, E_BOOLOP, start(l));
    n->op = which;
    NB b = {0};
    nb_push(p, &b, l);
    while (accept(p, kw))
        nb_push(p, &b, which == BOOL_OR ? boolop(p, BOOL_AND) : inversion(p));
    n->list = nb_list(&b);
    return fin(p, n);
}

static Node *disjunction(P *p)
{
    return boolop(p, BOOL_OR);
}

static Node *lambdef(P *p)
{
    Node *n = mk(p, E_LAMBDA, tok(p)->loc);
    advance(p);
    NB params = {0};
    parse_params(p, &params, TK_COLON, false);
    expect(p, TK_COLON);
    n->list = nb_list(&params);
    bool f = p->in_func, lp = p->in_loop, as = p->in_async;
    p->in_func = true;
    p->in_loop = false;
    p->in_async = false;
    n->a = expression(p);
    p->in_func = f;
    p->in_loop = lp;
    p->in_async = as;
    return fin(p, n);
}

static Node *expression(P *p)
{
    if (at(p, KW_LAMBDA))
        return lambdef(p);
    if (at(p, KW_YIELD))
        invalid(p);
    enter(p);
    Node *body = disjunction(p);
    if (at(p, KW_IF)) {
        advance(p);
        Node *n = mk(p, E_IFEXP, start(body));
        n->b = body;
        n->a = disjunction(p);
        if (!at(p, KW_ELSE))
            SYNTAX(p, body->loc, "expected 'else' after 'if' expression");
        advance(p);
        n->c = expression(p);
        leave(p);
        return fin(p, n);
    }
    leave(p);
    return body;
}

static Node *named_expression(P *p)
{
    if (at(p, TK_NAME) && peek_at(p, 1)->kind == TK_WALRUS) {
        Node *n = mk(p, E_NAMEDEXPR, tok(p)->loc);
        Node *t = mk(p, E_NAME, tok(p)->loc);
        t->name = tok(p)->v.name;
        advance(p);
        fin(p, t);
        advance(p);
        n->a = t;
        n->b = expression(p);
        return fin(p, n);
    }
    Node *e = expression(p);
    if (at(p, TK_WALRUS))
        SYNTAX(p, e->loc, "cannot use assignment expressions with %s",
               e->kind == E_SUBSCRIPT ? "subscript"
               : e->kind == E_ATTR    ? "attribute"
                                      : "expression");
    return e;
}

/* The test of if/elif/while: `if x = 1:` gets CPython's hint. */
static Node *test_expression(P *p)
{
    Node *e = named_expression(p);
    if (at(p, TK_EQ) && peek_at(p, 1)->kind != TK_EQ) {
        if (e->kind == E_NAME)
            SYNTAX(p, e->loc, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
        SYNTAX(p, e->loc, "cannot assign to %s here. Maybe you meant '==' instead of '='?",
               e->kind == E_ATTR        ? "attribute"
               : e->kind == E_SUBSCRIPT ? "subscript"
                                        : "expression");
    }
    return e;
}

static Node *yield_expr(P *p)
{
    Node *n = mk(p, E_YIELD, tok(p)->loc);
    if (!p->in_func)
        late_error(p, n->loc, "'yield' outside function");
    advance(p);
    if (accept(p, KW_FROM)) {
        n->kind = E_YIELDFROM;
        n->a = expression(p);
    } else if (starts_expression(tok(p)->kind) || at(p, TK_STAR)) {
        n->a = star_expressions(p);
    }
    return fin(p, n);
}

/* star_expressions: a tuple when there is a comma. Also yield (statement
 * level and in parentheses). */
static bool more_expressions(P *p)
{
    return starts_expression(tok(p)->kind) || at(p, TK_STAR);
}

static Node *star_expressions(P *p)
{
    if (at(p, KW_YIELD))
        return yield_expr(p);
    return comma_tuple(p, star_or(p, expression), expression, more_expressions);
}

static bool more_targets(P *p)
{
    return !at(p, KW_IN) && !at(p, TK_EQ);
}

/* Targets of `for` and comprehensions: star_targets at bitor level so that
 * `in` is not swallowed as a comparison. */
static Node *target_list(P *p)
{
    return comma_tuple(p, star_or(p, bitor), bitor, more_targets);
}

static NodeList comprehension_clauses(P *p)
{
    NB b = {0};
    while (at(p, KW_FOR) || at(p, KW_ASYNC)) {
        Node *c = mk(p, E_COMPREHENSION, tok(p)->loc);
        if (accept(p, KW_ASYNC))
            c->flags = 1;
        expect(p, KW_FOR);
        c->a = target_list(p);
        check_target(p, c->a, 0);
        expect(p, KW_IN);
        c->b = disjunction(p);
        NB ifs = {0};
        while (accept(p, KW_IF))
            nb_push(p, &ifs, disjunction(p));
        c->list = nb_list(&ifs);
        nb_push(p, &b, fin(p, c));
    }
    return nb_list(&b);
}

/* ---- target checks (CPython's messages) ---- */

static const char *expr_name(const Node *e)
{
    switch (e->kind) {
    case E_CALL:
        return "function call";
    case E_INT:
    case E_FLOAT:
    case E_IMAG:
        return "literal";
    case E_STR:
        return (e->flags & STR_FSTRING) ? "f-string expression" : "literal";
    case E_TRUE:
        return "True";
    case E_FALSE:
        return "False";
    case E_NONE:
        return "None";
    case E_ELLIPSIS:
        return "ellipsis";
    case E_COMPARE:
        return "comparison";
    case E_IFEXP:
        return "conditional expression";
    case E_LAMBDA:
        return "lambda";
    case E_GENEXP:
        return "generator expression";
    case E_LISTCOMP:
        return "list comprehension";
    case E_SETCOMP:
        return "set comprehension";
    case E_DICTCOMP:
        return "dict comprehension";
    case E_DICT:
        return "dict literal";
    case E_SET:
        return "set display";
    case E_NAMEDEXPR:
        return "named expression";
    case E_AWAIT:
        return "await expression";
    case E_YIELD:
    case E_YIELDFROM:
        return "yield expression";
    case E_TUPLE:
        return "tuple";
    case E_LIST:
        return "list";
    case E_STARRED:
        return "starred";
    default:
        return "expression";
    }
}

/* ctx: 0 assignment/for target, 1 del, 2 augmented, 3 first target of a plain
 * assignment statement (gets the "Maybe you meant '=='" hint). */
static void check_target(P *p, Node *t, int ctx)
{
    switch (t->kind) {
    case E_NAME:
        if (t->name && strcmp(t->name, "__debug__") == 0)
            SYNTAX(p, t->loc, "cannot assign to __debug__");
        return;
    case E_ATTR:
    case E_SUBSCRIPT:
        return;
    case E_TUPLE:
    case E_LIST:
        if (ctx == 2)
            break;
        {
            int nstar = 0;
            for (int i = 0; i < t->list.n; i++) {
                Node *x = t->list.items[i];
                if (x->kind == E_STARRED) {
                    if (ctx == 1)
                        SYNTAX(p, x->loc, "cannot delete starred");
                    if (++nstar > 1)
                        SYNTAX(p, t->loc, "multiple starred expressions in assignment");
                    check_target(p, x->a, ctx == 3 ? 0 : ctx);
                } else
                    check_target(p, x, ctx == 3 ? 0 : ctx);
            }
        }
        return;
    case E_STARRED:
        if (ctx == 1)
            SYNTAX(p, t->loc, "cannot delete starred");
        if (ctx != 2)
            SYNTAX(p, t->loc, "starred assignment target must be in a list or tuple");
        break;
    case E_YIELD:
    case E_YIELDFROM:
        if (ctx != 1 && ctx != 2)
            SYNTAX(p, t->loc, "assignment to yield expression not possible");
        break;
    default:
        break;
    }
    if (ctx == 2)
        SYNTAX(p, t->loc, "'%s' is an illegal expression for augmented assignment", expr_name(t));
    if (ctx == 1)
        SYNTAX(p, t->loc, "cannot delete %s", expr_name(t));
    if (ctx == 3 && t->kind != E_TRUE && t->kind != E_FALSE && t->kind != E_NONE &&
        t->kind != E_NAMEDEXPR && t->kind != E_ELLIPSIS)
        SYNTAX(p, t->loc, "cannot assign to %s here. Maybe you meant '==' instead of '='?",
               expr_name(t));
    SYNTAX(p, t->loc, "cannot assign to %s", expr_name(t));
}

/* ---- parameters ---- */

static void parse_params(P *p, NB *out, TokKind close, bool annotations)
{
    int state = PARAM_NORMAL; /* before '*': normal; after: kwonly */
    bool seen_default = false, seen_slash = false, seen_star = false, bare_star = false;
    while (!at(p, close)) {
        Token *t = tok(p);
        if (at(p, TK_SLASH)) {
            if (seen_slash)
                SYNTAX(p, t->loc, "/ may appear only once");
            if (seen_star)
                SYNTAX(p, t->loc, "/ must be ahead of *");
            if (out->n == 0)
                SYNTAX(p, t->loc, "at least one argument must precede /");
            for (int i = 0; i < out->n; i++)
                out->items[i]->op = PARAM_POSONLY;
            seen_slash = true;
            advance(p);
        } else if (at(p, TK_STAR)) {
            if (seen_star)
                SYNTAX(p, t->loc, "* argument may appear only once");
            seen_star = true;
            advance(p);
            if (at(p, TK_COMMA) || at(p, close)) {
                bare_star = true;
                if (at(p, close) || (at(p, TK_COMMA) && peek_at(p, 1)->kind == close))
                    SYNTAX(p, t->loc, "named arguments must follow bare *");
            } else {
                Token *nm = tok(p);
                if (nm->kind != TK_NAME)
                    invalid(p);
                Node *prm = mk(p, N_PARAM, nm->loc);
                prm->name = nm->v.name;
                prm->op = PARAM_VARARG;
                advance(p);
                if (annotations && accept(p, TK_COLON))
                    prm->a = at(p, TK_STAR) ? star_named(p) : expression(p);
                nb_push(p, out, fin(p, prm));
            }
            state = PARAM_KWONLY;
        } else if (at(p, TK_DSTAR)) {
            advance(p);
            Token *nm = tok(p);
            if (nm->kind != TK_NAME)
                invalid(p);
            Node *prm = mk(p, N_PARAM, nm->loc);
            prm->name = nm->v.name;
            prm->op = PARAM_KWARG;
            advance(p);
            if (annotations && accept(p, TK_COLON))
                prm->a = expression(p);
            nb_push(p, out, fin(p, prm));
            if (at(p, TK_COMMA) && peek_at(p, 1)->kind != close)
                SYNTAX(p, peek_at(p, 1)->loc, "arguments cannot follow var-keyword argument");
            accept(p, TK_COMMA);
            break;
        } else if (at(p, TK_NAME)) {
            Node *prm = mk(p, N_PARAM, t->loc);
            prm->name = t->v.name;
            prm->op = state;
            advance(p);
            if (annotations && accept(p, TK_COLON))
                prm->a = expression(p);
            if (accept(p, TK_EQ)) {
                prm->b = expression(p);
                if (state == PARAM_NORMAL)
                    seen_default = true;
            } else if (seen_default && state == PARAM_NORMAL) {
                SYNTAX(p, t->loc, "parameter without a default follows parameter with a default");
            }
            for (int i = 0; i < out->n; i++)
                if (out->items[i]->name == prm->name)
                    late_error(p, t->loc, "duplicate argument '%s' in function definition",
                               prm->name);
            nb_push(p, out, fin(p, prm));
        } else
            invalid(p);
        if (!accept(p, TK_COMMA))
            break;
    }
    (void)bare_star;
}

/* ---- statements ---- */

static void statement(P *p, NB *out);
static NodeList block(P *p, const char *what, int line);

/* NAME ('.' NAME)* of an import (the current token is a NAME), interned. */
static const char *dotted_import_name(P *p)
{
    StrBuf sb = {0};
    sb_puts(&sb, tok(p)->v.name);
    advance(p);
    while (at(p, TK_DOT)) {
        advance(p);
        if (!at(p, TK_NAME)) {
            sb_free(&sb);
            invalid(p);
        }
        sb_putc(&sb, '.');
        sb_puts(&sb, tok(p)->v.name);
        advance(p);
    }
    const char *name = intern(p->in, sb.data);
    sb_free(&sb);
    return name;
}

static Node *simple_stmt(P *p)
{
    Token *t = tok(p);
    Node *n;
    switch (t->kind) {
    case KW_PASS:
        advance(p);
        return fin(p, mk(p, S_PASS, t->loc));
    case KW_BREAK:
        advance(p);
        if (!p->in_loop)
            late_error(p, t->loc, "'break' outside loop");
        return fin(p, mk(p, S_BREAK, t->loc));
    case KW_CONTINUE:
        advance(p);
        if (!p->in_loop)
            late_error(p, t->loc, "'continue' not properly in loop");
        return fin(p, mk(p, S_CONTINUE, t->loc));
    case KW_RETURN:
        n = mk(p, S_RETURN, t->loc);
        advance(p);
        if (starts_expression(tok(p)->kind) || at(p, TK_STAR))
            n->a = star_expressions(p);
        if (!p->in_func)
            late_error(p, t->loc, "'return' outside function");
        return fin(p, n);
    case KW_RAISE:
        n = mk(p, S_RAISE, t->loc);
        advance(p);
        if (starts_expression(tok(p)->kind)) {
            n->a = expression(p);
            if (accept(p, KW_FROM))
                n->b = expression(p);
        }
        return fin(p, n);
    case KW_GLOBAL:
    case KW_NONLOCAL: {
        n = mk(p, t->kind == KW_GLOBAL ? S_GLOBAL : S_NONLOCAL, t->loc);
        advance(p);
        NB b = {0};
        do {
            Token *nm = tok(p);
            if (nm->kind != TK_NAME)
                invalid(p);
            Node *x = mk(p, E_NAME, nm->loc);
            x->name = nm->v.name;
            advance(p);
            nb_push(p, &b, fin(p, x));
        } while (accept(p, TK_COMMA));
        n->list = nb_list(&b);
        fin(p, n);
        if (n->kind == S_NONLOCAL && p->defs == 0)
            late_error(p, n->loc, "nonlocal declaration not allowed at module level");
        return n;
    }
    case KW_DEL: {
        n = mk(p, S_DEL, t->loc);
        advance(p);
        NB b = {0};
        do {
            if (at(p, TK_NEWLINE) || at(p, TK_SEMI))
                break;
            Node *x = bitor (p);
            check_target(p, x, 1);
            nb_push(p, &b, x);
        } while (accept(p, TK_COMMA));
        if (b.n == 0)
            invalid(p);
        n->list = nb_list(&b);
        return fin(p, n);
    }
    case KW_ASSERT:
        n = mk(p, S_ASSERT, t->loc);
        advance(p);
        n->a = expression(p);
        if (accept(p, TK_COMMA))
            n->b = expression(p);
        return fin(p, n);
    case KW_IMPORT: {
        n = mk(p, S_IMPORT, t->loc);
        advance(p);
        NB b = {0};
        do {
            Token *s = tok(p);
            if (s->kind != TK_NAME)
                invalid(p);
            Node *al = mk(p, S_ALIAS, s->loc);
            al->name = dotted_import_name(p);
            if (accept(p, KW_AS)) {
                if (!at(p, TK_NAME))
                    invalid(p);
                Node *as = mk(p, E_NAME, tok(p)->loc);
                as->name = tok(p)->v.name;
                advance(p);
                al->a = fin(p, as);
            }
            nb_push(p, &b, fin(p, al));
        } while (accept(p, TK_COMMA));
        n->list = nb_list(&b);
        return fin(p, n);
    }
    case KW_FROM: {
        n = mk(p, S_IMPORTFROM, t->loc);
        advance(p);
        int level = 0;
        for (;;) {
            if (accept(p, TK_DOT))
                level++;
            else if (accept(p, TK_ELLIPSIS))
                level += 3;
            else
                break;
        }
        n->op = level;
        if (at(p, TK_NAME))
            n->name = dotted_import_name(p);
        else if (level == 0)
            invalid(p);
        expect(p, KW_IMPORT);
        NB b = {0};
        if (at(p, TK_STAR)) {
            Node *al = mk(p, S_ALIAS, tok(p)->loc);
            al->name = intern(p->in, "*");
            advance(p);
            nb_push(p, &b, fin(p, al));
        } else {
            bool par = accept(p, TK_LPAR);
            do {
                if (par && at(p, TK_RPAR) && b.n)
                    break;
                Token *s = tok(p);
                if (s->kind != TK_NAME)
                    invalid(p);
                Node *al = mk(p, S_ALIAS, s->loc);
                al->name = s->v.name;
                advance(p);
                if (accept(p, KW_AS)) {
                    if (!at(p, TK_NAME))
                        invalid(p);
                    Node *as = mk(p, E_NAME, tok(p)->loc);
                    as->name = tok(p)->v.name;
                    advance(p);
                    al->a = fin(p, as);
                }
                nb_push(p, &b, fin(p, al));
            } while (accept(p, TK_COMMA));
            if (!par && b.n && p->t[p->pos - 1].kind == TK_COMMA)
                SYNTAX(p, p->t[p->pos - 1].loc,
                       "trailing comma not allowed without surrounding parentheses");
            if (par)
                expect(p, TK_RPAR);
        }
        n->list = nb_list(&b);
        return fin(p, n);
    }
    default:
        break;
    }

    /* type alias (soft keyword) */
    if (at_name(p, "type") && peek_at(p, 1)->kind == TK_NAME &&
        (peek_at(p, 2)->kind == TK_EQ || peek_at(p, 2)->kind == TK_LSQB)) {
        n = mk(p, S_TYPEALIAS, t->loc);
        advance(p);
        Node *nm = mk(p, E_NAME, tok(p)->loc);
        nm->name = tok(p)->v.name;
        advance(p);
        n->a = fin(p, nm);
        if (accept(p, TK_LSQB)) {
            while (!at(p, TK_RSQB)) {
                if (!accept(p, TK_STAR))
                    accept(p, TK_DSTAR);
                if (!at(p, TK_NAME))
                    invalid(p);
                advance(p);
                if (accept(p, TK_COLON))
                    expression(p);
                if (!accept(p, TK_COMMA))
                    break;
            }
            expect(p, TK_RSQB);
        }
        expect(p, TK_EQ);
        n->b = expression(p);
        return fin(p, n);
    }

    /* expression statement / assignments */
    Node *first = star_expressions(p);
    Token *op = tok(p);
    if (op->kind == TK_EQ) {
        n = mk(p, S_ASSIGN, start(first));
        NB targets = {0};
        Node *value = first;
        bool is_first = true;
        while (accept(p, TK_EQ)) {
            check_target(p, value, is_first ? 3 : 0);
            is_first = false;
            nb_push(p, &targets, value);
            value = star_expressions(p);
        }
        n->list = nb_list(&targets);
        n->a = value;
        return fin(p, n);
    }
    if (op->kind == TK_COLON) {
        if (first->kind == E_TUPLE)
            SYNTAX(p, first->loc, "only single target (not tuple) can be annotated");
        if (first->kind == E_LIST)
            SYNTAX(p, first->loc, "only single target (not list) can be annotated");
        if (first->kind != E_NAME && first->kind != E_ATTR && first->kind != E_SUBSCRIPT)
            SYNTAX(p, first->loc, "illegal target for annotation");
        n = mk(p, S_ANNASSIGN, start(first));
        advance(p);
        n->a = first;
        n->b = expression(p);
        if (accept(p, TK_EQ))
            n->c = star_expressions(p);
        return fin(p, n);
    }
    int aug = -1;
    switch (op->kind) {
    case TK_PLUSEQ:
        aug = BIN_ADD;
        break;
    case TK_MINUSEQ:
        aug = BIN_SUB;
        break;
    case TK_STAREQ:
        aug = BIN_MUL;
        break;
    case TK_SLASHEQ:
        aug = BIN_TRUEDIV;
        break;
    case TK_DSLASHEQ:
        aug = BIN_FLOORDIV;
        break;
    case TK_PERCENTEQ:
        aug = BIN_MOD;
        break;
    case TK_DSTAREQ:
        aug = BIN_POW;
        break;
    case TK_LSHIFTEQ:
        aug = BIN_LSHIFT;
        break;
    case TK_RSHIFTEQ:
        aug = BIN_RSHIFT;
        break;
    case TK_AMPEQ:
        aug = BIN_AND;
        break;
    case TK_VBAREQ:
        aug = BIN_OR;
        break;
    case TK_CIRCUMFLEXEQ:
        aug = BIN_XOR;
        break;
    case TK_ATEQ:
        aug = BIN_MATMUL;
        break;
    default:
        break;
    }
    if (aug >= 0) {
        check_target(p, first, 2);
        n = mk(p, S_AUGASSIGN, start(first));
        advance(p);
        n->op = aug;
        n->a = first;
        n->b = at(p, KW_YIELD) ? yield_expr(p) : star_expressions(p);
        return fin(p, n);
    }
    if (first->kind == E_NAME &&
        (strcmp(first->name, "print") == 0 || strcmp(first->name, "exec") == 0) &&
        starts_expression(op->kind)) {
        Node *arg = star_expressions(p);
        SYNTAX(p, first->loc, "Missing parentheses in call to '%s'. Did you mean %s(...)?",
               first->name, first->name);
        (void)arg;
    }
    n = mk(p, S_EXPR, start(first));
    n->a = first;
    return fin(p, n);
}

static void simple_stmts(P *p, NB *out)
{
    for (;;) {
        nb_push(p, out, simple_stmt(p));
        if (accept(p, TK_SEMI)) {
            if (at(p, TK_NEWLINE))
                break;
            continue;
        }
        break;
    }
    if (!at(p, TK_NEWLINE)) {
        Token *t = tok(p);
        if (t->kind == TK_ERROR || t->kind == TK_INDENT)
            invalid(p);
        invalid(p);
    }
    advance(p);
}

/* block: NEWLINE INDENT statements DEDENT | simple_stmts */
static NodeList block(P *p, const char *what, int line)
{
    NB b = {0};
    if (at(p, TK_NEWLINE)) {
        advance(p);
        if (!at(p, TK_INDENT)) {
            if (at(p, TK_ERROR))
                invalid(p);
            fail(p, FE_KIND_INDENT, tok(p)->loc, false,
                 "expected an indented block after %s on line %d", what, line);
        }
        advance(p);
        while (!at(p, TK_DEDENT) && !at(p, TK_ENDMARKER))
            statement(p, &b);
        accept(p, TK_DEDENT);
    } else {
        if (at(p, TK_ERROR))
            invalid(p);
        simple_stmts(p, &b);
    }
    return nb_list(&b);
}

static NodeList type_params(P *p)
{
    NB b = {0};
    expect(p, TK_LSQB);
    while (!at(p, TK_RSQB)) {
        Token *t = tok(p);
        if (!accept(p, TK_STAR))
            accept(p, TK_DSTAR);
        if (!at(p, TK_NAME))
            invalid(p);
        Node *x = mk(p, E_NAME, t->loc);
        x->name = tok(p)->v.name;
        advance(p);
        if (accept(p, TK_COLON))
            x->a = expression(p);
        nb_push(p, &b, fin(p, x));
        if (!accept(p, TK_COMMA))
            break;
    }
    expect(p, TK_RSQB);
    return nb_list(&b);
}

static Node *funcdef(P *p, NodeList decorators, SrcLoc start, bool is_async)
{
    Token *kw = tok(p);
    expect(p, KW_DEF);
    Token *nm = tok(p);
    if (nm->kind != TK_NAME)
        invalid(p);
    advance(p);
    Node *n = mk(p, S_DEF, start);
    n->name = nm->v.name;
    n->flags = is_async;
    n->list3 = decorators;
    if (at(p, TK_LSQB))
        n->list4 = type_params(p);
    if (!at(p, TK_LPAR))
        SYNTAX(p, tok(p)->loc, "expected '('");
    advance(p);
    NB params = {0};
    parse_params(p, &params, TK_RPAR, true);
    expect(p, TK_RPAR);
    n->list = nb_list(&params);
    if (accept(p, TK_ARROW))
        n->a = expression(p);
    expect(p, TK_COLON);
    bool f = p->in_func, lp = p->in_loop, as = p->in_async;
    p->in_func = true;
    p->in_loop = false;
    p->in_async = is_async;
    p->defs++;
    n->list2 = block(p, "function definition", kw->loc.line);
    p->defs--;
    p->in_func = f;
    p->in_loop = lp;
    p->in_async = as;
    return fin(p, n);
}

static Node *classdef(P *p, NodeList decorators, SrcLoc start)
{
    Token *kw = tok(p);
    advance(p);
    Token *nm = tok(p);
    if (nm->kind != TK_NAME)
        invalid(p);
    advance(p);
    Node *n = mk(p, S_CLASS, start);
    n->name = nm->v.name;
    n->list3 = decorators;
    if (at(p, TK_LSQB))
        type_params(p);
    if (at(p, TK_LPAR)) {
        SrcLoc lpar = tok(p)->loc;
        advance(p);
        Node tmp = {0};
        call_args(p, &tmp, lpar);
        n->list = tmp.list;
        n->list4 = tmp.list2;
    }
    expect(p, TK_COLON);
    bool f = p->in_func, lp = p->in_loop, as = p->in_async;
    p->in_func = false;
    p->in_loop = false;
    p->in_async = false;
    n->list2 = block(p, "class definition", kw->loc.line);
    p->in_func = f;
    p->in_loop = lp;
    p->in_async = as;
    return fin(p, n);
}

static Node *if_stmt(P *p, bool elif)
{
    Token *kw = tok(p);
    advance(p);
    Node *n = mk(p, S_IF, kw->loc);
    n->a = test_expression(p);
    expect(p, TK_COLON);
    n->list = block(p, elif ? "'elif' statement" : "'if' statement", kw->loc.line);
    if (at(p, KW_ELIF)) {
        n->list2 = list1(p, if_stmt(p, true));
    } else if (at(p, KW_ELSE)) {
        Token *e = tok(p);
        advance(p);
        expect(p, TK_COLON);
        n->list2 = block(p, "'else' statement", e->loc.line);
    }
    return fin(p, n);
}

static NodeList loop_body(P *p, const char *what, int line)
{
    bool lp = p->in_loop;
    p->in_loop = true;
    NodeList body = block(p, what, line);
    p->in_loop = lp;
    return body;
}

static NodeList else_block(P *p)
{
    if (!at(p, KW_ELSE))
        return (NodeList){0, NULL};
    Token *e = tok(p);
    advance(p);
    expect(p, TK_COLON);
    return block(p, "'else' statement", e->loc.line);
}

static Node *while_stmt(P *p)
{
    Token *kw = tok(p);
    advance(p);
    Node *n = mk(p, S_WHILE, kw->loc);
    n->a = test_expression(p);
    expect(p, TK_COLON);
    n->list = loop_body(p, "'while' statement", kw->loc.line);
    n->list2 = else_block(p);
    return fin(p, n);
}

static Node *for_stmt(P *p, SrcLoc start, bool is_async)
{
    Token *kw = tok(p);
    advance(p);
    Node *n = mk(p, S_FOR, start);
    n->flags = is_async;
    n->a = target_list(p);
    check_target(p, n->a, 0);
    expect(p, KW_IN);
    n->b = star_expressions(p);
    expect(p, TK_COLON);
    n->list = loop_body(p, "'for' statement", kw->loc.line);
    n->list2 = else_block(p);
    return fin(p, n);
}

static Node *with_item(P *p)
{
    Node *it = mk(p, S_WITHITEM, tok(p)->loc);
    it->a = expression(p);
    if (accept(p, KW_AS)) {
        it->b = bitor (p);
        check_target(p, it->b, 0);
    }
    return fin(p, it);
}

static Node *with_stmt(P *p, SrcLoc start, bool is_async)
{
    Token *kw = tok(p);
    advance(p);
    Node *n = mk(p, S_WITH, start);
    n->flags = is_async;
    NB items = {0};
    bool done = false;
    if (at(p, TK_LPAR)) {
        /* `with (a as b, c as d):` — try the parenthesised form first. */
        int save = p->pos;
        jmp_buf jb, *old = p->jb;
        p->jb = &jb;
        if (!setjmp(jb)) {
            advance(p);
            NB tmp = {0};
            while (!at(p, TK_RPAR)) {
                nb_push(p, &tmp, with_item(p));
                if (!accept(p, TK_COMMA))
                    break;
            }
            expect(p, TK_RPAR);
            if (!at(p, TK_COLON))
                invalid(p);
            items = tmp;
            done = true;
        } else {
            p->pos = save;
        }
        p->jb = old;
    }
    if (!done) {
        do
            nb_push(p, &items, with_item(p));
        while (accept(p, TK_COMMA));
    }
    expect(p, TK_COLON);
    n->list = nb_list(&items);
    n->list2 = block(p, "'with' statement", kw->loc.line);
    return fin(p, n);
}

static Node *try_stmt(P *p)
{
    Token *kw = tok(p);
    advance(p);
    Node *n = mk(p, S_TRY, kw->loc);
    expect(p, TK_COLON);
    n->list = block(p, "'try' statement", kw->loc.line);
    NB handlers = {0};
    int star = -1;
    while (at(p, KW_EXCEPT)) {
        Token *e = tok(p);
        advance(p);
        bool is_star = accept(p, TK_STAR);
        if (star >= 0 && star != is_star)
            SYNTAX(p, e->loc, "cannot have both 'except' and 'except*' on the same 'try'");
        star = is_star;
        Node *h = mk(p, S_HANDLER, e->loc);
        if (!at(p, TK_COLON)) {
            h->a = expression(p);
            if (at(p, TK_COMMA)) {
                /* `except A, B:` */
                SYNTAX(p, h->a->loc, "multiple exception types must be parenthesized");
            }
            if (accept(p, KW_AS)) {
                if (!at(p, TK_NAME))
                    invalid(p);
                h->name = tok(p)->v.name;
                advance(p);
            }
        } else if (is_star)
            SYNTAX(p, tok(p)->loc, "expected one or more exception types");
        expect(p, TK_COLON);
        h->list = block(p, is_star ? "'except*' statement" : "'except' statement", e->loc.line);
        nb_push(p, &handlers, fin(p, h));
    }
    n->flags = star > 0;
    n->list2 = nb_list(&handlers);
    if (handlers.n)
        n->list3 = else_block(p);
    if (at(p, KW_FINALLY)) {
        Token *f = tok(p);
        advance(p);
        expect(p, TK_COLON);
        n->list4 = block(p, "'finally' statement", f->loc.line);
    }
    if (!handlers.n && !n->list4.n) {
        Token *t = tok(p);
        SrcLoc loc = t->loc;
        if (t->kind == TK_ENDMARKER || t->kind == TK_DEDENT)
            loc = prev_end(p);
        SYNTAX(p, loc, "expected 'except' or 'finally' block");
    }
    return fin(p, n);
}

/* ---- match patterns ---- */

static Node *pattern(P *p);

static Node *name_or_attr(P *p)
{
    Node *n = mk(p, E_NAME, tok(p)->loc);
    n->name = tok(p)->v.name;
    advance(p);
    fin(p, n);
    while (at(p, TK_DOT)) {
        advance(p);
        if (!at(p, TK_NAME))
            invalid(p);
        Node *a = mk(p, E_ATTR, start(n));
        a->a = n;
        a->name = tok(p)->v.name;
        advance(p);
        n = fin(p, a);
    }
    return n;
}

static Node *literal_pattern_expr(P *p)
{
    /* signed number [+- imaginary] | strings | None/True/False */
    Node *e;
    if (at(p, TK_MINUS)) {
        e = mk(p, E_UNOP, tok(p)->loc);
        e->op = UN_NEG;
        advance(p);
        if (!at(p, TK_INT) && !at(p, TK_FLOAT) && !at(p, TK_IMAG))
            invalid(p);
        e->a = atom(p);
        fin(p, e);
    } else
        e = atom(p);
    if (at(p, TK_PLUS) || at(p, TK_MINUS)) {
        Node *b = mk(p, E_BINOP, e->loc);
        b->op = at(p, TK_PLUS) ? BIN_ADD : BIN_SUB;
        advance(p);
        if (!at(p, TK_IMAG))
            SYNTAX(p, tok(p)->loc, "imaginary number required in complex literal");
        b->a = e;
        b->b = atom(p);
        e = fin(p, b);
    }
    return e;
}

static Node *closed_pattern(P *p)
{
    Token *t = tok(p);
    Node *n;
    switch (t->kind) {
    case TK_INT:
    case TK_FLOAT:
    case TK_IMAG:
    case TK_STRING:
    case TK_MINUS:
        n = mk(p, P_VALUE, t->loc);
        n->a = literal_pattern_expr(p);
        return fin(p, n);
    case KW_NONE:
    case KW_TRUE:
    case KW_FALSE:
        n = mk(p, P_SINGLETON, t->loc);
        n->a = atom(p);
        return fin(p, n);
    case TK_STAR:
        n = mk(p, P_STAR, t->loc);
        advance(p);
        if (!at(p, TK_NAME))
            invalid(p);
        n->name = strcmp(tok(p)->v.name, "_") == 0 ? NULL : tok(p)->v.name;
        advance(p);
        return fin(p, n);
    case TK_LPAR:
    case TK_LSQB: {
        TokKind close = t->kind == TK_LPAR ? TK_RPAR : TK_RSQB;
        advance(p);
        n = mk(p, P_SEQUENCE, t->loc);
        NB b = {0};
        bool comma = false;
        while (!at(p, close)) {
            nb_push(p, &b, pattern(p));
            if (!accept(p, TK_COMMA))
                break;
            comma = true;
        }
        expect(p, close);
        if (close == TK_RPAR && b.n == 1 && !comma) {
            return b.items[0]; /* group */
        }
        n->list = nb_list(&b);
        return fin(p, n);
    }
    case TK_LBRACE: {
        advance(p);
        n = mk(p, P_MAPPING, t->loc);
        NB keys = {0}, vals = {0};
        while (!at(p, TK_RBRACE)) {
            if (accept(p, TK_DSTAR)) {
                if (!at(p, TK_NAME))
                    invalid(p);
                n->name = tok(p)->v.name;
                advance(p);
                accept(p, TK_COMMA);
                break;
            }
            Node *k = at(p, TK_NAME) ? name_or_attr(p) : literal_pattern_expr(p);
            expect(p, TK_COLON);
            nb_push(p, &keys, k);
            nb_push(p, &vals, pattern(p));
            if (!accept(p, TK_COMMA))
                break;
        }
        expect(p, TK_RBRACE);
        n->list = nb_list(&keys);
        n->list2 = nb_list(&vals);
        return fin(p, n);
    }
    case TK_NAME: {
        Node *nm = name_or_attr(p);
        if (at(p, TK_LPAR)) {
            advance(p);
            n = mk(p, P_CLASS, t->loc);
            n->a = nm;
            NB pos = {0}, kv = {0}, kk = {0};
            while (!at(p, TK_RPAR)) {
                if (at(p, TK_NAME) && peek_at(p, 1)->kind == TK_EQ) {
                    Node *k = mk(p, E_NAME, tok(p)->loc);
                    k->name = tok(p)->v.name;
                    advance(p);
                    advance(p);
                    nb_push(p, &kk, fin(p, k));
                    nb_push(p, &kv, pattern(p));
                } else {
                    if (kk.n)
                        SYNTAX(p, tok(p)->loc, "positional patterns follow keyword patterns");
                    nb_push(p, &pos, pattern(p));
                }
                if (!accept(p, TK_COMMA))
                    break;
            }
            expect(p, TK_RPAR);
            n->list = nb_list(&pos);
            n->list2 = nb_list(&kv);
            n->list3 = nb_list(&kk);
            return fin(p, n);
        }
        if (nm->kind == E_ATTR) {
            n = mk(p, P_VALUE, t->loc);
            n->a = nm;
            return fin(p, n);
        }
        if (strcmp(nm->name, "_") == 0)
            return fin(p, mk(p, P_WILDCARD, t->loc));
        n = mk(p, P_CAPTURE, t->loc);
        n->name = nm->name;
        return fin(p, n);
    }
    default:
        invalid(p);
    }
}

static Node *pattern(P *p)
{
    enter(p);
    Node *first = closed_pattern(p);
    if (at(p, TK_VBAR)) {
        Node *o = mk(p, P_OR, first->loc);
        NB b = {0};
        nb_push(p, &b, first);
        while (accept(p, TK_VBAR))
            nb_push(p, &b, closed_pattern(p));
        o->list = nb_list(&b);
        first = fin(p, o);
    }
    if (accept(p, KW_AS)) {
        if (!at(p, TK_NAME))
            invalid(p);
        Node *a = mk(p, P_AS, first->loc);
        a->a = first;
        a->name = tok(p)->v.name;
        advance(p);
        first = fin(p, a);
    }
    leave(p);
    return first;
}

static Node *match_stmt(P *p)
{
    Token *kw = tok(p);
    advance(p);
    Node *n = mk(p, S_MATCH, kw->loc);
    Node *subj = star_named(p);
    if (at(p, TK_COMMA)) {
        Node *t = mk(p, E_TUPLE, start(subj));
        NB b = {0};
        nb_push(p, &b, subj);
        while (accept(p, TK_COMMA)) {
            if (at(p, TK_COLON))
                break;
            nb_push(p, &b, star_named(p));
        }
        t->list = nb_list(&b);
        subj = fin(p, t);
    }
    n->a = subj;
    expect(p, TK_COLON);
    if (!accept(p, TK_NEWLINE))
        invalid(p);
    if (!at(p, TK_INDENT))
        fail(p, FE_KIND_INDENT, tok(p)->loc, false,
             "expected an indented block after 'match' statement on line %d", kw->loc.line);
    advance(p);
    NB cases = {0};
    while (at_name(p, "case")) {
        Token *c = tok(p);
        advance(p);
        Node *cs = mk(p, S_CASE, c->loc);
        Node *pat = pattern(p);
        if (at(p, TK_COMMA)) {
            Node *seq = mk(p, P_SEQUENCE, pat->loc);
            NB b = {0};
            nb_push(p, &b, pat);
            while (accept(p, TK_COMMA)) {
                if (at(p, TK_COLON) || at(p, KW_IF))
                    break;
                nb_push(p, &b, pattern(p));
            }
            seq->list = nb_list(&b);
            pat = fin(p, seq);
        }
        cs->a = pat;
        if (accept(p, KW_IF))
            cs->b = named_expression(p);
        expect(p, TK_COLON);
        cs->list = block(p, "'case' statement", c->loc.line);
        nb_push(p, &cases, fin(p, cs));
    }
    if (!cases.n)
        invalid(p);
    if (!accept(p, TK_DEDENT))
        invalid(p);
    n->list = nb_list(&cases);
    return fin(p, n);
}

/* Is `match` at the start of this line the soft keyword? */
static bool is_match_stmt(P *p)
{
    if (!at_name(p, "match"))
        return false;
    TokKind k = peek_at(p, 1)->kind;
    if (!starts_expression(k) && k != TK_STAR)
        return false;
    /* Scan to the end of the logical line: a match statement ends with ':'
     * followed by NEWLINE. */
    int depth = 0;
    for (int i = p->pos + 1; i < p->n; i++) {
        TokKind t = p->t[i].kind;
        if (t == TK_LPAR || t == TK_LSQB || t == TK_LBRACE)
            depth++;
        else if (t == TK_RPAR || t == TK_RSQB || t == TK_RBRACE)
            depth--;
        else if (t == TK_NEWLINE || t == TK_ENDMARKER || t == TK_ERROR)
            return i > 0 && p->t[i - 1].kind == TK_COLON && depth == 0;
    }
    return false;
}

static void statement(P *p, NB *out)
{
    Token *t = tok(p);
    enter(p);
    switch (t->kind) {
    case TK_INDENT:
    case TK_ERROR:
        invalid(p);
    case KW_IF:
        nb_push(p, out, if_stmt(p, false));
        break;
    case KW_WHILE:
        nb_push(p, out, while_stmt(p));
        break;
    case KW_FOR:
        nb_push(p, out, for_stmt(p, t->loc, false));
        break;
    case KW_TRY:
        nb_push(p, out, try_stmt(p));
        break;
    case KW_WITH:
        nb_push(p, out, with_stmt(p, t->loc, false));
        break;
    case KW_DEF:
        nb_push(p, out, funcdef(p, (NodeList){0, NULL}, t->loc, false));
        break;
    case KW_CLASS:
        nb_push(p, out, classdef(p, (NodeList){0, NULL}, t->loc));
        break;
    case KW_ASYNC: {
        advance(p);
        if (at(p, KW_DEF))
            nb_push(p, out, funcdef(p, (NodeList){0, NULL}, t->loc, true));
        else if (!p->in_async)
            SYNTAX(p, t->loc, "asynchronous comprehension outside of an asynchronous function");
        else if (at(p, KW_FOR))
            nb_push(p, out, for_stmt(p, t->loc, true));
        else if (at(p, KW_WITH))
            nb_push(p, out, with_stmt(p, t->loc, true));
        else
            invalid(p);
        break;
    }
    case TK_AT: {
        NB decs = {0};
        while (at(p, TK_AT)) {
            advance(p);
            nb_push(p, &decs, named_expression(p));
            expect(p, TK_NEWLINE);
        }
        Token *d = tok(p);
        bool is_async = accept(p, KW_ASYNC);
        if (at(p, KW_DEF))
            nb_push(p, out, funcdef(p, nb_list(&decs), d->loc, is_async));
        else if (at(p, KW_CLASS) && !is_async)
            nb_push(p, out, classdef(p, nb_list(&decs), d->loc));
        else
            invalid(p);
        break;
    }
    default:
        if (is_match_stmt(p)) {
            nb_push(p, out, match_stmt(p));
            break;
        }
        simple_stmts(p, out);
        break;
    }
    leave(p);
}

bool fe_parse(const char *filename, const char *src, Arena *arena, Interner *in, DiagList *diags,
              NodeList *out)
{
    Lexer lx;
    fe_lex(&lx, src, arena, in);
    P p = {0};
    p.t = lx.toks.data;
    p.n = lx.toks.len;
    p.arena = arena;
    p.in = in;
    p.lx = &lx;
    jmp_buf jb;
    p.jb = &jb;
    bool ok = false;
    if (!setjmp(jb)) {
        NB b = {0};
        while (!at(&p, TK_ENDMARKER)) {
            if (at(&p, TK_NEWLINE)) {
                advance(&p);
                continue;
            }
            statement(&p, &b);
        }
        *out = nb_list(&b);
        ok = true;
        if (p.late) {
            diag_add(diags, DIAG_ERROR, FE_KIND_SYNTAX, filename, p.late_loc, "%s", p.late_msg);
            ok = false;
        }
    } else {
        const char *kind = p.err_kind;
        SrcLoc loc = p.err_loc;
        const char *msg = p.err_msg;
        /* As CPython, a lexical error further on wins over the parser's
         * error; an unclosed bracket only if it was opened before. */
        bool reached_end = p.t[p.pos].kind == TK_ERROR;
        if (lx.has_err && !p.keep_err &&
            (!lx.err_unclosed || lx.err_loc.line < loc.line || p.comma_hint || reached_end)) {
            kind = lx.err_kind;
            loc = lx.err_loc;
            msg = lx.err_msg;
        }
        diag_add(diags, DIAG_ERROR, kind, filename, loc, "%s", msg);
    }
    fe_lexer_free(&lx);
    return ok;
}
