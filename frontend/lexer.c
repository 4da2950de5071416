/* frontend/lexer.c — Python 3.12 tokenizer.
 * Source text → Token array: INDENT/DEDENT (Python's tab rules), NEWLINE,
 * implicit joining inside brackets, backslash continuation, all literal forms.
 * Stops at the first lexical error with a TK_ERROR token and CPython's message. */
#include "internal.h"

#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_INDENT 100
#define MAX_BRACKETS 200

typedef struct L {
    Lexer *lx;
    const char *src, *p, *line_start;
    int line;
    Arena *arena;
    Interner *in;
    int indents[MAX_INDENT], altindents[MAX_INDENT], nindent;
    struct {
        char ch;
        SrcLoc loc;
    } br[MAX_BRACKETS];
    int nbr;
    bool at_bol;
    bool line_tokens; /* a token was emitted on the current logical line */
    bool failed;
} L;

static const char *const tok_names[TK__COUNT] = {
    [TK_ENDMARKER] = "end of file", [TK_NAME] = "name",      [TK_INT] = "integer",
    [TK_FLOAT] = "float",           [TK_IMAG] = "imaginary", [TK_STRING] = "string",
    [TK_NEWLINE] = "newline",       [TK_INDENT] = "indent",  [TK_DEDENT] = "dedent",
    [TK_ERROR] = "error",
#define X(e, s) [e] = s,
    FE_OPERATORS(X) FE_KEYWORDS(X)
#undef X
};

const char *fe_token_name(TokKind k)
{
    return k < TK__COUNT && tok_names[k] ? tok_names[k] : "?";
}

static SrcLoc here(L *l, const char *p)
{
    return (SrcLoc){l->line, (int)(p - l->line_start) + 1};
}

static void lex_error_at(L *l, const char *kind, SrcLoc loc, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
static void lex_error_at(L *l, const char *kind, SrcLoc loc, const char *fmt, ...)
{
    if (l->failed)
        return;
    l->failed = true;
    va_list ap;
    va_start(ap, fmt);
    char *m = sup_vasprintf(fmt, ap);
    va_end(ap);
    l->lx->has_err = true;
    l->lx->err_kind = kind;
    l->lx->err_loc = loc;
    l->lx->err_msg = arena_strdup(l->arena, m);
    free(m);
    Token t = {0};
    t.kind = TK_ERROR;
    t.loc = t.end = loc;
    t.src = l->p;
    vec_push(&l->lx->toks, t);
}

static Token *emit(L *l, TokKind k, const char *start, const char *end, SrcLoc loc)
{
    Token t = {0};
    t.kind = k;
    t.loc = loc;
    t.src = start;
    t.len = (int)(end - start);
    t.end = here(l, end);
    vec_push(&l->lx->toks, t);
    if (k != TK_NEWLINE && k != TK_INDENT && k != TK_DEDENT)
        l->line_tokens = true;
    return &vec_last(&l->lx->toks);
}

static bool is_id_start(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 0x80;
}
static bool is_id_char(unsigned char c)
{
    return is_id_start(c) || (c >= '0' && c <= '9');
}
static bool is_digit(char c)
{
    return c >= '0' && c <= '9';
}

/* Decodes one UTF-8 sequence at p (length in *n); U+FFFD on junk. */
static unsigned utf8_decode(const unsigned char *p, int *n)
{
    if (p[0] < 0x80) {
        *n = 1;
        return p[0];
    }
    int len = p[0] >= 0xF0 ? 4 : p[0] >= 0xE0 ? 3 : p[0] >= 0xC0 ? 2 : 1;
    unsigned cp = len == 4 ? p[0] & 7 : len == 3 ? p[0] & 15 : p[0] & 31;
    for (int i = 1; i < len; i++) {
        if ((p[i] & 0xC0) != 0x80) {
            *n = i;
            return 0xFFFD;
        }
        cp = (cp << 6) | (p[i] & 63);
    }
    *n = len;
    return len == 1 ? 0xFFFD : cp;
}

/* Code points that can never be part of an identifier: punctuation and
 * symbol blocks (no Unicode tables here; letters elsewhere are accepted). */
static bool is_invalid_cp(unsigned cp)
{
    return (cp >= 0x80 && cp <= 0xBF && cp != 0xAA && cp != 0xB5 && cp != 0xBA) || cp == 0xD7 ||
           cp == 0xF7 ||
           (cp >= 0x2000 && cp <= 0x2BFF && cp != 0x2118 && cp != 0x212E &&
            !(cp >= 0x2100 && cp <= 0x214F)) ||
           (cp >= 0x3000 && cp <= 0x3003) || (cp >= 0x3008 && cp <= 0x3020) ||
           (cp >= 0xFF01 && cp <= 0xFF0F) || (cp >= 0xFF1A && cp <= 0xFF20) || cp == 0xFEFF ||
           cp == 0xFFFD;
}

static void utf8_put(StrBuf *sb, unsigned cp)
{
    if (cp < 0x80) {
        sb_putc(sb, (char)cp);
    } else if (cp < 0x800) {
        sb_putc(sb, (char)(0xC0 | (cp >> 6)));
        sb_putc(sb, (char)(0x80 | (cp & 63)));
    } else if (cp < 0x10000) {
        sb_putc(sb, (char)(0xE0 | (cp >> 12)));
        sb_putc(sb, (char)(0x80 | ((cp >> 6) & 63)));
        sb_putc(sb, (char)(0x80 | (cp & 63)));
    } else {
        sb_putc(sb, (char)(0xF0 | (cp >> 18)));
        sb_putc(sb, (char)(0x80 | ((cp >> 12) & 63)));
        sb_putc(sb, (char)(0x80 | ((cp >> 6) & 63)));
        sb_putc(sb, (char)(0x80 | (cp & 63)));
    }
}

static void newline_advance(L *l, const char *nl)
{
    /* nl points at '\r' or '\n'; moves past the line break. */
    if (nl[0] == '\r' && nl[1] == '\n')
        nl++;
    l->p = nl + 1;
    l->line++;
    l->line_start = l->p;
}

/* ---- numbers ---- */

static double parse_float(const char *s)
{
    static locale_t c_locale;
    if (!c_locale)
        c_locale = newlocale(LC_ALL_MASK, "C", (locale_t)0);
    return c_locale ? strtod_l(s, NULL, c_locale) : strtod(s, NULL);
}

/* Scans digits (per `ok`) separated by single underscores. Returns false
 * (with *bad at the offending char) on a misplaced underscore. */
static bool scan_digits(const char **pp, bool (*ok)(char), const char **bad)
{
    const char *p = *pp;
    while (ok(*p)) {
        p++;
        if (*p == '_') {
            if (!ok(p[1])) {
                *bad = p;
                *pp = p;
                return false;
            }
            p++;
        }
    }
    *pp = p;
    return true;
}
static bool ok_dec(char c)
{
    return is_digit(c);
}
static bool ok_hex(char c)
{
    return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}
static bool ok_oct(char c)
{
    return c >= '0' && c <= '7';
}
static bool ok_bin(char c)
{
    return c == '0' || c == '1';
}

/* After a number: an identifier character is an error unless it starts one
 * of the keywords CPython still accepts there (`1if x else y`). */
static bool number_end_ok(const char *p)
{
    if (!is_id_char((unsigned char)*p))
        return true;
    static const char *const kws[] = {"and", "else", "for", "if", "in", "is", "not", "or"};
    for (size_t i = 0; i < sizeof kws / sizeof *kws; i++)
        if (strncmp(p, kws[i], strlen(kws[i])) == 0)
            return true;
    return false;
}

static void lex_number(L *l)
{
    const char *start = l->p, *p = l->p, *bad = NULL;
    SrcLoc loc = here(l, start);
    if (p[0] == '0' && strchr("xXoObB", p[1]) && p[1]) {
        char b = (char)(p[1] | 0x20);
        bool (*ok)(char) = b == 'x' ? ok_hex : b == 'o' ? ok_oct : ok_bin;
        const char *kind = b == 'x' ? "hexadecimal" : b == 'o' ? "octal" : "binary";
        int base = b == 'x' ? 16 : b == 'o' ? 8 : 2;
        p += 2;
        if (*p == '_')
            p++;
        const char *dstart = p;
        if (!scan_digits(&p, ok, &bad) || p == dstart) {
            l->p = p;
            if (p == dstart && is_digit(*p))
                lex_error_at(l, FE_KIND_SYNTAX, here(l, p), "invalid digit '%c' in %s literal", *p,
                             kind);
            else
                lex_error_at(l, FE_KIND_SYNTAX, here(l, bad ? bad : p - 1), "invalid %s literal",
                             kind);
            return;
        }
        if (is_digit(*p)) {
            lex_error_at(l, FE_KIND_SYNTAX, here(l, p), "invalid digit '%c' in %s literal", *p,
                         kind);
            return;
        }
        if (!number_end_ok(p)) {
            lex_error_at(l, FE_KIND_SYNTAX, here(l, p - 1), "invalid %s literal", kind);
            return;
        }
        uint64_t v = 0;
        bool over = false;
        for (const char *q = dstart; q < p; q++) {
            if (*q == '_')
                continue;
            int d = is_digit(*q) ? *q - '0' : (*q | 0x20) - 'a' + 10;
            if (v > (UINT64_MAX - (uint64_t)d) / (uint64_t)base)
                over = true;
            v = v * (uint64_t)base + (uint64_t)d;
        }
        l->p = p;
        Token *t = emit(l, TK_INT, start, p, loc);
        t->v.i.u = v;
        t->v.i.overflow = over;
        return;
    }
    bool is_float = false, is_imag = false;
    if (!scan_digits(&p, ok_dec, &bad)) {
        lex_error_at(l, FE_KIND_SYNTAX, here(l, bad), "invalid decimal literal");
        return;
    }
    if (*p == '.') {
        is_float = true;
        p++;
        if (is_digit(*p) && !scan_digits(&p, ok_dec, &bad)) {
            lex_error_at(l, FE_KIND_SYNTAX, here(l, bad), "invalid decimal literal");
            return;
        }
    }
    if (*p == 'e' || *p == 'E') {
        const char *q = p + 1;
        if (*q == '+' || *q == '-')
            q++;
        if (!is_digit(*q)) {
            /* CPython points at the last character it accepted */
            lex_error_at(l, FE_KIND_SYNTAX, here(l, q == p + 1 ? p - 1 : q - 1),
                         "invalid decimal literal");
            return;
        }
        if (!scan_digits(&q, ok_dec, &bad)) {
            lex_error_at(l, FE_KIND_SYNTAX, here(l, bad), "invalid decimal literal");
            return;
        }
        is_float = true;
        p = q;
    }
    if (*p == 'j' || *p == 'J') {
        is_imag = true;
        p++;
    }
    if (!number_end_ok(p)) {
        /* CPython points at the last character of the number */
        lex_error_at(l, FE_KIND_SYNTAX, here(l, p - 1), "invalid decimal literal");
        return;
    }
    /* Copy without underscores. */
    char buf[512];
    size_t n = 0;
    for (const char *q = start; q < p && n + 1 < sizeof buf; q++)
        if (*q != '_' && *q != 'j' && *q != 'J')
            buf[n++] = *q;
    buf[n] = 0;
    if (!is_float && !is_imag) {
        if (buf[0] == '0') {
            for (const char *q = buf; *q; q++)
                if (*q != '0') {
                    lex_error_at(l, FE_KIND_SYNTAX, loc,
                                 "leading zeros in decimal integer literals are not permitted; "
                                 "use an 0o prefix for octal integers");
                    return;
                }
        }
        uint64_t v = 0;
        bool over = false;
        for (const char *q = buf; *q; q++) {
            uint64_t d = (uint64_t)(*q - '0');
            if (v > (UINT64_MAX - d) / 10)
                over = true;
            v = v * 10 + d;
        }
        l->p = p;
        Token *t = emit(l, TK_INT, start, p, loc);
        t->v.i.u = v;
        t->v.i.overflow = over;
        return;
    }
    l->p = p;
    Token *t = emit(l, is_imag ? TK_IMAG : TK_FLOAT, start, p, loc);
    t->v.f = parse_float(buf);
}

/* ---- strings ---- */

static int hexval(char c)
{
    if (is_digit(c))
        return c - '0';
    c |= 0x20;
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

/* Skips a nested string literal inside an f-string replacement field
 * (3.12 allows the same quote again). Returns false at EOF. */
static bool skip_nested_string(L *l, const char **pp)
{
    const char *p = *pp;
    char q = *p;
    bool triple = p[1] == q && p[2] == q;
    p += triple ? 3 : 1;
    for (;;) {
        if (!*p)
            return false;
        if (*p == '\\' && p[1]) {
            p += 2;
            continue;
        }
        if (*p == '\n' || *p == '\r') {
            if (!triple)
                return false;
            newline_advance(l, p);
            p = l->p;
            continue;
        }
        if (*p == q && (!triple || (p[1] == q && p[2] == q))) {
            p += triple ? 3 : 1;
            break;
        }
        p++;
    }
    *pp = p;
    return true;
}

static void lex_string(L *l, const char *start, int flags)
{
    const char *p = l->p;
    SrcLoc loc = here(l, start);
    char q = *p;
    bool triple = p[1] == q && p[2] == q;
    p += triple ? 3 : 1;
    StrBuf sb = {0};
    bool raw = flags & STR_RAW, bytes = flags & STR_BYTES, fstr = flags & STR_FSTRING;
    for (;;) {
        char c = *p;
        if (!c || (!triple && (c == '\n' || c == '\r'))) {
            /* CPython counts a final newline as the end of the last line */
            int detected = l->line - (!c && p > l->src && p[-1] == '\n' && l->line > 1);
            lex_error_at(l, FE_KIND_SYNTAX, loc,
                         "unterminated %sstring literal (detected at line %d)",
                         triple ? "triple-quoted "
                         : fstr ? "f-"
                                : "",
                         detected);
            sb_free(&sb);
            return;
        }
        if (c == q && (!triple || (p[1] == q && p[2] == q))) {
            p += triple ? 3 : 1;
            break;
        }
        if (c == '\n' || c == '\r') {
            sb_putc(&sb, '\n');
            newline_advance(l, p);
            p = l->p;
            continue;
        }
        if (bytes && (unsigned char)c >= 0x80) {
            lex_error_at(l, FE_KIND_SYNTAX, loc, "bytes can only contain ASCII literal characters");
            sb_free(&sb);
            return;
        }
        if (fstr && c == '{') {
            if (p[1] == '{') {
                sb_puts(&sb, "{{");
                p += 2;
                continue;
            }
            /* Replacement field: copy up to the matching '}' verbatim.
             * br[] holds the open brackets; a '{' that opens a field is
             * 'F'. After a ':' directly inside a field comes its format
             * spec (spec[] set), where only '{' and '}' are special. */
            char br[64];
            bool spec[64];
            int depth = 0;
            const char *f = p;
            for (;;) {
                char d = *f;
                if (!d || depth >= 63) {
                    lex_error_at(l, FE_KIND_SYNTAX, loc, "f-string: expecting '}'");
                    sb_free(&sb);
                    return;
                }
                if (d == '\n' || d == '\r') {
                    sb_putc(&sb, '\n');
                    newline_advance(l, f);
                    f = l->p;
                    continue;
                }
                bool in_spec = depth > 0 && spec[depth - 1];
                if (!in_spec && (d == '\'' || d == '"')) {
                    const char *s0 = f;
                    if (!skip_nested_string(l, &f)) {
                        lex_error_at(l, FE_KIND_SYNTAX, loc,
                                     "unterminated string literal (detected at line %d)", l->line);
                        sb_free(&sb);
                        return;
                    }
                    sb_putn(&sb, s0, (size_t)(f - s0));
                    continue;
                }
                if (!in_spec && d == '#') {
                    /* a comment inside a replacement field (3.12) */
                    while (*f && *f != '\n' && *f != '\r')
                        f++;
                    continue;
                }
                sb_putc(&sb, d);
                f++;
                if (d == '{') {
                    br[depth] = (depth == 0 || in_spec) ? 'F' : '{';
                    spec[depth++] = false;
                } else if (!in_spec && (d == '(' || d == '[')) {
                    br[depth] = d;
                    spec[depth++] = false;
                } else if (d == '}' || (!in_spec && (d == ')' || d == ']'))) {
                    if (--depth == 0)
                        break;
                } else if (!in_spec && d == ':' && br[depth - 1] == 'F') {
                    spec[depth - 1] = true;
                }
            }
            p = f;
            continue;
        }
        if (c != '\\') {
            sb_putc(&sb, c);
            p++;
            continue;
        }
        /* backslash */
        char e = p[1];
        if (fstr && (e == '{' || e == '}')) {
            /* a backslash does not escape braces in f-strings */
            sb_putc(&sb, '\\');
            p++;
            continue;
        }
        if (fstr && !raw && e == 'N' && p[2] == '{') {
            /* \N{NAME}: a named escape, not a replacement field */
            while (*p && *p != '}' && *p != '\n' && *p != q)
                sb_putc(&sb, *p++);
            if (*p == '}')
                sb_putc(&sb, *p++);
            continue;
        }
        if (raw || fstr) {
            sb_putc(&sb, '\\');
            p++;
            if (e == '\n' || e == '\r') {
                sb_putc(&sb, '\n');
                newline_advance(l, p);
                p = l->p;
            } else if (e) {
                sb_putc(&sb, e);
                p++;
            }
            continue;
        }
        p += 2;
        switch (e) {
        case '\n':
        case '\r':
            newline_advance(l, p - 1);
            p = l->p;
            break;
        case '\\':
            sb_putc(&sb, '\\');
            break;
        case '\'':
            sb_putc(&sb, '\'');
            break;
        case '"':
            sb_putc(&sb, '"');
            break;
        case 'a':
            sb_putc(&sb, '\a');
            break;
        case 'b':
            sb_putc(&sb, '\b');
            break;
        case 'f':
            sb_putc(&sb, '\f');
            break;
        case 'n':
            sb_putc(&sb, '\n');
            break;
        case 'r':
            sb_putc(&sb, '\r');
            break;
        case 't':
            sb_putc(&sb, '\t');
            break;
        case 'v':
            sb_putc(&sb, '\v');
            break;
        case '0':
        case '1':
        case '2':
        case '3':
        case '4':
        case '5':
        case '6':
        case '7': {
            unsigned v = (unsigned)(e - '0');
            for (int k = 0; k < 2 && ok_oct(*p); k++)
                v = v * 8 + (unsigned)(*p++ - '0');
            if (bytes)
                sb_putc(&sb, (char)(v & 0xFF));
            else
                utf8_put(&sb, v);
            break;
        }
        case 'x':
        case 'u':
        case 'U': {
            int nd = e == 'x' ? 2 : e == 'u' ? 4 : 8;
            if (bytes && e != 'x') {
                sb_putc(&sb, '\\');
                sb_putc(&sb, e);
                break;
            }
            unsigned v = 0;
            for (int k = 0; k < nd; k++) {
                int h = hexval(p[k]);
                if (h < 0) {
                    lex_error_at(l, FE_KIND_SYNTAX, loc, "(%s error) truncated \\%c%s escape",
                                 bytes ? "value" : "unicode", e,
                                 e == 'x'   ? "XX"
                                 : e == 'u' ? "XXXX"
                                            : "XXXXXXXX");
                    sb_free(&sb);
                    return;
                }
                v = v * 16 + (unsigned)h;
            }
            p += nd;
            if (bytes)
                sb_putc(&sb, (char)v);
            else if (v > 0x10FFFF) {
                lex_error_at(l, FE_KIND_SYNTAX, loc, "(unicode error) illegal Unicode character");
                sb_free(&sb);
                return;
            } else
                utf8_put(&sb, v);
            break;
        }
        default:
            /* Unknown escapes (and \N{...}, which needs the Unicode
             * database) are kept as written. */
            sb_putc(&sb, '\\');
            if (e)
                sb_putc(&sb, e);
            else
                p--;
            break;
        }
    }
    l->p = p;
    Token *t = emit(l, TK_STRING, start, p, loc);
    t->v.str.n = (int)sb.len;
    t->v.str.s = sb.data ? arena_strndup(l->arena, sb.data, sb.len) : arena_strdup(l->arena, "");
    t->v.str.flags = flags;
    sb_free(&sb);
}

/* If [start, end) is a valid string prefix, returns its STR_* flags, else -1. */
static int string_prefix(const char *s, int n)
{
    if (n > 2)
        return -1;
    int flags = 0;
    for (int i = 0; i < n; i++) {
        int f;
        switch (s[i] | 0x20) {
        case 'r':
            f = STR_RAW;
            break;
        case 'b':
            f = STR_BYTES;
            break;
        case 'u':
            f = STR_UNICODE;
            break;
        case 'f':
            f = STR_FSTRING;
            break;
        default:
            return -1;
        }
        if (flags & f)
            return -1;
        flags |= f;
    }
    if ((flags & STR_UNICODE) && n > 1)
        return -1;
    if ((flags & STR_BYTES) && (flags & STR_FSTRING))
        return -1;
    return flags | (n == 0 ? 0 : 0);
}

/* ---- operators ---- */

static const struct {
    TokKind kind;
    const char *s;
} operators[] = {
#define X(e, s) {e, s},
    FE_OPERATORS(X)
#undef X
};

static const struct {
    TokKind kind;
    const char *s;
} keywords[] = {
#define X(e, s) {e, s},
    FE_KEYWORDS(X)
#undef X
};

static bool lex_operator(L *l)
{
    const char *p = l->p;
    for (int len = 3; len >= 1; len--) {
        for (size_t i = 0; i < sizeof operators / sizeof *operators; i++) {
            const char *s = operators[i].s;
            if ((int)strlen(s) == len && strncmp(p, s, (size_t)len) == 0) {
                TokKind k = operators[i].kind;
                SrcLoc loc = here(l, p);
                if (k == TK_LPAR || k == TK_LSQB || k == TK_LBRACE) {
                    if (l->nbr >= MAX_BRACKETS) {
                        lex_error_at(l, FE_KIND_SYNTAX, loc, "too many nested parentheses");
                        return true;
                    }
                    l->br[l->nbr].ch = *p;
                    l->br[l->nbr].loc = loc;
                    l->nbr++;
                } else if (k == TK_RPAR || k == TK_RSQB || k == TK_RBRACE) {
                    if (l->nbr == 0) {
                        lex_error_at(l, FE_KIND_SYNTAX, loc, "unmatched '%c'", *p);
                        return true;
                    }
                    char open = l->br[l->nbr - 1].ch;
                    char want = open == '(' ? ')' : open == '[' ? ']' : '}';
                    if (want != *p) {
                        if (l->br[l->nbr - 1].loc.line != l->line)
                            lex_error_at(l, FE_KIND_SYNTAX, loc,
                                         "closing parenthesis '%c' does not match opening "
                                         "parenthesis '%c' on line %d",
                                         *p, open, l->br[l->nbr - 1].loc.line);
                        else
                            lex_error_at(l, FE_KIND_SYNTAX, loc,
                                         "closing parenthesis '%c' does not match opening "
                                         "parenthesis '%c'",
                                         *p, open);
                        return true;
                    }
                    l->nbr--;
                }
                l->p = p + len;
                emit(l, k, p, p + len, loc);
                return true;
            }
        }
    }
    return false;
}

/* ---- indentation ---- */

/* At the start of a logical line: measures indentation and emits
 * INDENT/DEDENT. Blank and comment-only lines are skipped. */
static void lex_indent(L *l)
{
    for (;;) {
        const char *p = l->p;
        int col = 0, alt = 0;
        for (;; p++) {
            if (*p == ' ') {
                col++;
                alt++;
            } else if (*p == '\t') {
                col = (col / 8 + 1) * 8;
                alt++;
            } else if (*p == '\f') {
                col = alt = 0;
            } else
                break;
        }
        if (*p == '#' || *p == '\n' || *p == '\r' || *p == 0) {
            /* blank line: no indentation change */
            while (*p && *p != '\n' && *p != '\r')
                p++;
            if (!*p) {
                l->p = p;
                return;
            }
            newline_advance(l, p);
            continue;
        }
        if (*p == '\\' && (p[1] == '\n' || p[1] == '\r')) {
            /* A continuation line right at the start counts as blank. */
            l->p = p;
            return;
        }
        l->p = p;
        int top = l->indents[l->nindent - 1], alttop = l->altindents[l->nindent - 1];
        SrcLoc loc = here(l, p);
        if (col == top) {
            if (alt != alttop)
                lex_error_at(l, FE_KIND_TAB, (SrcLoc){l->line, 1},
                             "inconsistent use of tabs and spaces in indentation");
        } else if (col > top) {
            if (alt <= alttop) {
                lex_error_at(l, FE_KIND_TAB, (SrcLoc){l->line, 1},
                             "inconsistent use of tabs and spaces in indentation");
                return;
            }
            if (l->nindent >= MAX_INDENT) {
                lex_error_at(l, FE_KIND_INDENT, loc, "too many levels of indentation");
                return;
            }
            l->indents[l->nindent] = col;
            l->altindents[l->nindent] = alt;
            l->nindent++;
            Token *t = emit(l, TK_INDENT, l->line_start, p, (SrcLoc){l->line, 1});
            t->end = loc;
        } else {
            while (l->nindent > 1 && col < l->indents[l->nindent - 1]) {
                l->nindent--;
                emit(l, TK_DEDENT, p, p, loc);
            }
            if (col != l->indents[l->nindent - 1]) {
                size_t n = strcspn(l->line_start, "\r\n");
                lex_error_at(l, FE_KIND_INDENT, (SrcLoc){l->line, (int)n + 1},
                             "unindent does not match any outer indentation level");
                return;
            }
            if (alt != l->altindents[l->nindent - 1]) {
                lex_error_at(l, FE_KIND_TAB, (SrcLoc){l->line, 1},
                             "inconsistent use of tabs and spaces in indentation");
                return;
            }
        }
        return;
    }
}

void fe_lex(Lexer *lx, const char *src, Arena *arena, Interner *in)
{
    memset(lx, 0, sizeof *lx);
    L l = {0};
    l.lx = lx;
    l.src = src;
    l.p = src;
    if ((unsigned char)src[0] == 0xEF && (unsigned char)src[1] == 0xBB &&
        (unsigned char)src[2] == 0xBF)
        l.p += 3;
    l.line_start = l.p;
    l.line = 1;
    l.arena = arena;
    l.in = in;
    l.nindent = 1;
    l.at_bol = true;
    while (!l.failed) {
        if (l.at_bol) {
            l.at_bol = false;
            lex_indent(&l);
            if (l.failed)
                break;
        }
        while (*l.p == ' ' || *l.p == '\t' || *l.p == '\f')
            l.p++;
        const char *p = l.p;
        char c = *p;
        if (c == '#') {
            while (*l.p && *l.p != '\n' && *l.p != '\r')
                l.p++;
            continue;
        }
        if (c == '\n' || c == '\r') {
            if (l.nbr == 0 && l.line_tokens) {
                emit(&l, TK_NEWLINE, p, p + 1, here(&l, p));
                l.line_tokens = false;
            }
            newline_advance(&l, p);
            if (l.nbr == 0)
                l.at_bol = true;
            continue;
        }
        if (c == 0) {
            if (l.nbr > 0) {
                char ch = l.br[l.nbr - 1].ch;
                l.p = p;
                lex_error_at(&l, FE_KIND_SYNTAX, l.br[l.nbr - 1].loc, "'%c' was never closed", ch);
                lx->err_unclosed = true;
                break;
            }
            if (l.line_tokens) {
                emit(&l, TK_NEWLINE, p, p, here(&l, p));
                l.line_tokens = false;
            }
            while (l.nindent > 1) {
                l.nindent--;
                emit(&l, TK_DEDENT, p, p, here(&l, p));
            }
            emit(&l, TK_ENDMARKER, p, p, here(&l, p));
            break;
        }
        if (c == '\\') {
            if (p[1] == '\n' || p[1] == '\r') {
                SrcLoc after = here(&l, p + 1);
                newline_advance(&l, p + 1);
                if (!*l.p) {
                    lex_error_at(&l, FE_KIND_SYNTAX, after, "unexpected EOF while parsing");
                    break;
                }
                continue;
            }
            if (p[1] == 0) {
                lex_error_at(&l, FE_KIND_SYNTAX, here(&l, p + 1), "unexpected EOF while parsing");
                break;
            }
            lex_error_at(&l, FE_KIND_SYNTAX, here(&l, p + 1),
                         "unexpected character after line continuation character");
            break;
        }
        if (is_digit(c) || (c == '.' && is_digit(p[1]))) {
            lex_number(&l);
            continue;
        }
        if (c == '\'' || c == '"') {
            lex_string(&l, p, 0);
            continue;
        }
        if (is_id_start((unsigned char)c)) {
            const char *q = p;
            while (is_id_char((unsigned char)*q)) {
                if ((unsigned char)*q >= 0x80) {
                    int n;
                    unsigned cp = utf8_decode((const unsigned char *)q, &n);
                    if (is_invalid_cp(cp)) {
                        if (q == p) {
                            char ch[8] = {0};
                            memcpy(ch, q, (size_t)n);
                            lex_error_at(&l, FE_KIND_SYNTAX, here(&l, q),
                                         "invalid character '%s' (U+%04X)", ch, cp);
                            l.p = q;
                            goto done;
                        }
                        break;
                    }
                    q += n;
                } else
                    q++;
            }
            int flags;
            if ((*q == '\'' || *q == '"') && (flags = string_prefix(p, (int)(q - p))) >= 0) {
                l.p = q;
                lex_string(&l, p, flags);
                continue;
            }
            l.p = q;
            SrcLoc loc = here(&l, p);
            TokKind k = TK_NAME;
            for (size_t i = 0; i < sizeof keywords / sizeof *keywords; i++)
                if ((size_t)(q - p) == strlen(keywords[i].s) &&
                    strncmp(p, keywords[i].s, (size_t)(q - p)) == 0)
                    k = keywords[i].kind;
            Token *t = emit(&l, k, p, q, loc);
            t->v.name = intern_n(in, p, (size_t)(q - p));
            continue;
        }
        if (lex_operator(&l))
            continue;
        /* '$', '?', '`' and control characters: CPython says "invalid syntax". */
        if ((unsigned char)c < 0x20 || c == 0x7f)
            lex_error_at(&l, FE_KIND_SYNTAX, here(&l, p), "invalid non-printable character U+%04X",
                         (unsigned char)c);
        else
            lex_error_at(&l, FE_KIND_SYNTAX, here(&l, p), "invalid syntax");
        break;
    }
done:;
}

void fe_lexer_free(Lexer *lx)
{
    vec_free(&lx->toks);
}
