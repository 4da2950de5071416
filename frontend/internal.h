/* frontend/internal.h — what the frontend's files share: tokens (lexer.c),
 * the AST (parser.c), and the entry points between them and compile.c.
 * Source text → Token array → AST (arena-allocated Node trees) → bytecode. */
#ifndef PYJIT_FRONTEND_INTERNAL_H
#define PYJIT_FRONTEND_INTERNAL_H

#include "frontend.h"

/* Diagnostic kinds the frontend emits. */
#define FE_KIND_SYNTAX "SyntaxError"
#define FE_KIND_INDENT "IndentationError"
#define FE_KIND_TAB "TabError"
#define FE_KIND_UNSUPPORTED "UnsupportedError"

/* ---- tokens ---- */
/* Operators and delimiters, longest first within a common prefix is not
 * needed: the lexer tries 3-, 2-, then 1-character spellings. */
/* clang-format off */
#define FE_OPERATORS(X)      \
    X(TK_LPAR, "(")          \
    X(TK_RPAR, ")")          \
    X(TK_LSQB, "[")          \
    X(TK_RSQB, "]")          \
    X(TK_LBRACE, "{")        \
    X(TK_RBRACE, "}")        \
    X(TK_COMMA, ",")         \
    X(TK_COLON, ":")         \
    X(TK_SEMI, ";")          \
    X(TK_DOT, ".")           \
    X(TK_ELLIPSIS, "...")    \
    X(TK_PLUS, "+")          \
    X(TK_MINUS, "-")         \
    X(TK_STAR, "*")          \
    X(TK_SLASH, "/")         \
    X(TK_DSLASH, "//")       \
    X(TK_PERCENT, "%")       \
    X(TK_DSTAR, "**")        \
    X(TK_LSHIFT, "<<")       \
    X(TK_RSHIFT, ">>")       \
    X(TK_AMP, "&")           \
    X(TK_VBAR, "|")          \
    X(TK_CIRCUMFLEX, "^")    \
    X(TK_TILDE, "~")         \
    X(TK_AT, "@")            \
    X(TK_LT, "<")            \
    X(TK_GT, ">")            \
    X(TK_LE, "<=")           \
    X(TK_GE, ">=")           \
    X(TK_EQEQ, "==")         \
    X(TK_NE, "!=")           \
    X(TK_ARROW, "->")        \
    X(TK_EQ, "=")            \
    X(TK_PLUSEQ, "+=")       \
    X(TK_MINUSEQ, "-=")      \
    X(TK_STAREQ, "*=")       \
    X(TK_SLASHEQ, "/=")      \
    X(TK_DSLASHEQ, "//=")    \
    X(TK_PERCENTEQ, "%=")    \
    X(TK_DSTAREQ, "**=")     \
    X(TK_LSHIFTEQ, "<<=")    \
    X(TK_RSHIFTEQ, ">>=")    \
    X(TK_AMPEQ, "&=")        \
    X(TK_VBAREQ, "|=")       \
    X(TK_CIRCUMFLEXEQ, "^=") \
    X(TK_ATEQ, "@=")         \
    X(TK_WALRUS, ":=")       \
    X(TK_BANG, "!")
/* clang-format on */

/* clang-format off */
#define FE_KEYWORDS(X)         \
    X(KW_FALSE, "False")       \
    X(KW_NONE, "None")         \
    X(KW_TRUE, "True")         \
    X(KW_AND, "and")           \
    X(KW_AS, "as")             \
    X(KW_ASSERT, "assert")     \
    X(KW_ASYNC, "async")       \
    X(KW_AWAIT, "await")       \
    X(KW_BREAK, "break")       \
    X(KW_CLASS, "class")       \
    X(KW_CONTINUE, "continue") \
    X(KW_DEF, "def")           \
    X(KW_DEL, "del")           \
    X(KW_ELIF, "elif")         \
    X(KW_ELSE, "else")         \
    X(KW_EXCEPT, "except")     \
    X(KW_FINALLY, "finally")   \
    X(KW_FOR, "for")           \
    X(KW_FROM, "from")         \
    X(KW_GLOBAL, "global")     \
    X(KW_IF, "if")             \
    X(KW_IMPORT, "import")     \
    X(KW_IN, "in")             \
    X(KW_IS, "is")             \
    X(KW_LAMBDA, "lambda")     \
    X(KW_NONLOCAL, "nonlocal") \
    X(KW_NOT, "not")           \
    X(KW_OR, "or")             \
    X(KW_PASS, "pass")         \
    X(KW_RAISE, "raise")       \
    X(KW_RETURN, "return")     \
    X(KW_TRY, "try")           \
    X(KW_WHILE, "while")       \
    X(KW_WITH, "with")         \
    X(KW_YIELD, "yield")
/* clang-format on */

typedef enum {
    TK_ENDMARKER,
    TK_NAME,
    TK_INT,
    TK_FLOAT,
    TK_IMAG,
    TK_STRING,
    TK_NEWLINE,
    TK_INDENT,
    TK_DEDENT,
    TK_ERROR, /* the lexer stopped here; Lexer.err describes why */
#define X(e, s) e,
    FE_OPERATORS(X) FE_KEYWORDS(X)
#undef X
        TK__COUNT
} TokKind;

/* String literal prefix flags. */
enum { STR_RAW = 1, STR_BYTES = 2, STR_FSTRING = 4, STR_UNICODE = 8 };

typedef struct Token {
    TokKind kind;
    SrcLoc loc;      /* first character */
    SrcLoc end;      /* one past the last character (same line for most) */
    const char *src; /* spelling in the source */
    int len;
    union {
        const char *name; /* TK_NAME: interned */
        struct {
            uint64_t u;    /* TK_INT value (if !overflow) */
            bool overflow; /* does not fit in uint64 */
        } i;
        double f; /* TK_FLOAT, TK_IMAG */
        struct {
            const char *s; /* decoded text (arena), NUL-terminated */
            int n;         /* bytes */
            int flags;     /* STR_* */
        } str;
    } v;
} Token;

typedef struct Lexer {
    Vec(Token) toks;
    /* The first lexical error, if any (a TK_ERROR token marks where). */
    bool has_err;
    const char *err_kind;
    SrcLoc err_loc;
    char *err_msg;     /* arena */
    bool err_unclosed; /* the error is an unclosed bracket at end of file */
} Lexer;

/* Tokenizes the whole source into lx->toks (ends with TK_ENDMARKER or TK_ERROR).
 * Strings and messages are allocated in `arena`, names interned in `in`. */
void fe_lex(Lexer *lx, const char *src, Arena *arena, Interner *in);
void fe_lexer_free(Lexer *lx);
const char *fe_token_name(TokKind k);

/* ---- AST ---- */
/* clang-format off */
#define FE_NODE_KINDS(X) \
    X(E_NAME)            \
    X(E_INT)             \
    X(E_FLOAT)           \
    X(E_IMAG)            \
    X(E_STR)             \
    X(E_TRUE)            \
    X(E_FALSE)           \
    X(E_NONE)            \
    X(E_ELLIPSIS)        \
    X(E_BINOP)           \
    X(E_UNOP)            \
    X(E_BOOLOP)          \
    X(E_COMPARE)         \
    X(E_CALL)            \
    X(E_KEYWORD)         \
    X(E_ATTR)            \
    X(E_SUBSCRIPT)       \
    X(E_SLICE)           \
    X(E_TUPLE)           \
    X(E_LIST)            \
    X(E_SET)             \
    X(E_DICT)            \
    X(E_LISTCOMP)        \
    X(E_SETCOMP)         \
    X(E_DICTCOMP)        \
    X(E_GENEXP)          \
    X(E_COMPREHENSION)   \
    X(E_LAMBDA)          \
    X(E_IFEXP)           \
    X(E_NAMEDEXPR)       \
    X(E_STARRED)         \
    X(E_DSTARRED)        \
    X(E_YIELD)           \
    X(E_YIELDFROM)       \
    X(E_AWAIT)           \
    X(S_EXPR)            \
    X(S_ASSIGN)          \
    X(S_AUGASSIGN)       \
    X(S_ANNASSIGN)       \
    X(S_RETURN)          \
    X(S_PASS)            \
    X(S_BREAK)           \
    X(S_CONTINUE)        \
    X(S_IF)              \
    X(S_WHILE)           \
    X(S_FOR)             \
    X(S_DEF)             \
    X(S_CLASS)           \
    X(S_TRY)             \
    X(S_HANDLER)         \
    X(S_WITH)            \
    X(S_WITHITEM)        \
    X(S_RAISE)           \
    X(S_ASSERT)          \
    X(S_DEL)             \
    X(S_GLOBAL)          \
    X(S_NONLOCAL)        \
    X(S_IMPORT)          \
    X(S_IMPORTFROM)      \
    X(S_ALIAS)           \
    X(S_MATCH)           \
    X(S_CASE)            \
    X(S_TYPEALIAS)       \
    X(N_PARAM)           \
    X(P_VALUE)           \
    X(P_SINGLETON)       \
    X(P_CAPTURE)         \
    X(P_WILDCARD)        \
    X(P_SEQUENCE)        \
    X(P_STAR)            \
    X(P_MAPPING)         \
    X(P_CLASS)           \
    X(P_AS)              \
    X(P_OR)
/* clang-format on */

typedef enum {
#define X(e) e,
    FE_NODE_KINDS(X)
#undef X
        N__COUNT
} NodeKind;

typedef struct Node Node;
typedef struct NodeList {
    int n;
    Node **items;
} NodeList;

/* Bool ops (E_BOOLOP.op). */
enum { BOOL_AND, BOOL_OR };
/* Parameter kinds (N_PARAM.op). */
enum { PARAM_POSONLY, PARAM_NORMAL, PARAM_VARARG, PARAM_KWONLY, PARAM_KWARG };

/* One AST node: a kind tag and the fields that kind uses (see parser.c's
 * constructors for which). Arena-allocated, never freed individually. */
struct Node {
    NodeKind kind;
    SrcLoc loc;       /* CPython's (lineno, col_offset + 1) */
    SrcLoc end;       /* CPython's (end_lineno, end_col_offset + 1) */
    int op;           /* BINOP/UNOP/CMPOP/BOOL_* / PARAM_* / import level */
    int flags;        /* E_STR: STR_*; async for/with/def: 1; E_INT: overflow; try*: 1 */
    int flow;         /* compile.c cache: 0 unknown, 1 no jumps inside, 2 jumps inside */
    bool parens;      /* expression was written in parentheses */
    SrcLoc ploc;      /* with parens: the outermost "(" (where CPython starts an enclosing node) */
    const char *name; /* identifier / attribute / keyword name / import module */
    Node *a, *b, *c, *d;
    NodeList list, list2, list3, list4;
    int *ops;         /* E_COMPARE: list.n comparison operators */
    uint64_t ival;    /* E_INT */
    double fval;      /* E_FLOAT / E_IMAG */
    const char *sval; /* E_STR: decoded text */
    int slen;         /* E_STR */
};
/*
 * Field use by kind:
 *  E_NAME name · E_INT ival, flags=overflow · E_FLOAT/E_IMAG fval · E_STR sval, slen, flags
 *  E_BINOP op a b · E_UNOP op a · E_BOOLOP op list · E_COMPARE a, list (comparators), ops
 *  E_CALL a (func), list (positional args incl. E_STARRED), list2 (E_KEYWORD name a; name
 *    NULL means **a)
 *  E_ATTR a name · E_SUBSCRIPT a b · E_SLICE a b c (each may be NULL)
 *  E_TUPLE/E_LIST/E_SET list · E_DICT list (keys, NULL for **), list2 (values)
 *  E_LISTCOMP/E_SETCOMP/E_GENEXP a (element), list (E_COMPREHENSION)
 *  E_DICTCOMP a (key) b (value) list · E_COMPREHENSION a (target) b (iter) list (ifs) flags
 *  E_LAMBDA list (N_PARAM) a (body) · E_IFEXP a (test) b (body) c (orelse)
 *  E_NAMEDEXPR a (target) b (value) · E_STARRED/E_DSTARRED/E_AWAIT/E_YIELD/E_YIELDFROM a
 *  S_EXPR a · S_ASSIGN list (targets) a (value) · S_AUGASSIGN op a (target) b (value)
 *  S_ANNASSIGN a (target) b (annotation) c (value or NULL) · S_RETURN a (or NULL)
 *  S_IF/S_WHILE a (test) list (body) list2 (orelse)
 *  S_FOR a (target) b (iter) list (body) list2 (orelse) flags=async
 *  S_DEF name list (params) list2 (body) list3 (decorators) a (returns) list4 (type
 *    params) flags=async
 *  S_CLASS name list (bases) list2 (body) list3 (decorators) list4 (keywords)
 *  S_TRY list (body) list2 (handlers) list3 (orelse) list4 (finally) flags=try*
 *  S_HANDLER a (type) name list (body) · S_WITH list (S_WITHITEM a b) list2 (body) flags
 *  S_RAISE a b (cause) · S_ASSERT a b · S_DEL list · S_GLOBAL/S_NONLOCAL list (E_NAME)
 *  S_IMPORT list (S_ALIAS) · S_IMPORTFROM name (module or NULL) op (level) list (S_ALIAS)
 *  S_ALIAS name (dotted) a (E_NAME asname or NULL) · S_MATCH a list (S_CASE)
 *  S_CASE a (pattern) b (guard) list (body) · S_TYPEALIAS a (name) b (value)
 *  N_PARAM name op (PARAM_*) a (annotation) b (default)
 *  P_VALUE a · P_SINGLETON a · P_CAPTURE name · P_SEQUENCE/P_OR list · P_STAR name (or NULL)
 *  P_MAPPING list (keys) list2 (patterns) name (**rest) · P_CLASS a (cls) list (patterns)
 *    list2 (keyword patterns: values) list3 (E_NAME keys) · P_AS a (pattern) name
 */

/* Parses a module. Returns the list of top-level statements, or false after
 * adding a SyntaxError diagnostic (only the first error is reported, as
 * CPython does). Nodes live in `arena`. */
bool fe_parse(const char *filename, const char *src, Arena *arena, Interner *in, DiagList *diags,
              NodeList *out);
const char *fe_node_kind_name(NodeKind k);

/* compile.c: one def → bytecode (errors go to `diags`). */
void fe_compile_function(FeModule *m, FeFunction *fn, const Node *def, DiagList *diags);

#endif
