/* support — arenas, string interning, growable vectors, hash map, diagnostics.
 * Input: nothing pyjit-specific; output: building blocks for every stage.
 * Memory: an Arena owns everything allocated from it and frees it in one call;
 * an Interner owns its strings; a DiagList owns its messages.
 * What can fail: only allocation, which aborts with a message (out of memory
 * inside the compiler is not recoverable; run-time allocation failures in
 * compiled code are reported as MemoryError by runtime/ instead). */
#ifndef PYJIT_SUPPORT_H
#define PYJIT_SUPPORT_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* ---- allocation ------------------------------------------------------- */

/* malloc/calloc/realloc that abort on failure (compile-time data only). */
void *sup_malloc(size_t n);
void *sup_calloc(size_t count, size_t n);
void *sup_realloc(void *p, size_t n);
char *sup_strdup(const char *s);
char *sup_strndup(const char *s, size_t n);
/* printf into a fresh malloc'd string. */
char *sup_asprintf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
char *sup_vasprintf(const char *fmt, va_list ap);

/* A bump allocator. All memory is released by arena_free. Zero-filled. */
typedef struct ArenaChunk ArenaChunk;
typedef struct Arena {
    ArenaChunk *head; /* newest chunk */
} Arena;

void arena_init(Arena *a);
void *arena_alloc(Arena *a, size_t n);
char *arena_strdup(Arena *a, const char *s);
char *arena_strndup(Arena *a, const char *s, size_t n);
char *arena_printf(Arena *a, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void arena_free(Arena *a);

#define ARENA_NEW(a, T) ((T *)arena_alloc((a), sizeof(T)))
#define ARENA_NEWN(a, T, n) ((T *)arena_alloc((a), sizeof(T) * (size_t)(n)))

/* ---- growable vectors --------------------------------------------------
 * A Vec(T) is a struct { T *data; int len, cap; } declared in place:
 *     Vec(int) xs = {0};  vec_push(&xs, 3);  ...  vec_free(&xs);
 * Memory is malloc'd (not arena), so free with vec_free. */
#define Vec(T)                                                                 \
    struct {                                                                   \
        T *data;                                                               \
        int len, cap;                                                          \
    }
#define vec_grow(v, n)                                                         \
    do {                                                                       \
        if ((v)->len + (n) > (v)->cap) {                                       \
            int nc_ = (v)->cap ? (v)->cap * 2 : 8;                             \
            while (nc_ < (v)->len + (n))                                       \
                nc_ *= 2;                                                      \
            (v)->data = sup_realloc((v)->data, sizeof(*(v)->data) * (size_t)nc_); \
            (v)->cap = nc_;                                                    \
        }                                                                      \
    } while (0)
#define vec_push(v, x)                                                         \
    do {                                                                       \
        vec_grow((v), 1);                                                      \
        (v)->data[(v)->len++] = (x);                                           \
    } while (0)
#define vec_pop(v) ((v)->data[--(v)->len])
#define vec_last(v) ((v)->data[(v)->len - 1])
#define vec_free(v)                                                            \
    do {                                                                       \
        free((v)->data);                                                       \
        (v)->data = NULL;                                                      \
        (v)->len = (v)->cap = 0;                                               \
    } while (0)

/* ---- string builder ---------------------------------------------------- */
typedef struct StrBuf {
    char *data; /* always NUL-terminated once anything was appended */
    size_t len, cap;
} StrBuf;

void sb_putc(StrBuf *sb, char c);
void sb_puts(StrBuf *sb, const char *s);
void sb_putn(StrBuf *sb, const char *s, size_t n);
void sb_printf(StrBuf *sb, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void sb_vprintf(StrBuf *sb, const char *fmt, va_list ap);
/* Returns the malloc'd string (never NULL) and resets the builder. */
char *sb_take(StrBuf *sb);
void sb_free(StrBuf *sb);

/* ---- string interning ---------------------------------------------------
 * intern() returns one canonical copy per distinct string, so interned
 * strings compare with ==. The interner owns the copies. Not thread-safe:
 * each context/module has its own, used under that owner's lock. */
typedef struct Interner {
    const char **slots;
    size_t cap, count;
    Arena arena;
} Interner;

void interner_init(Interner *in);
const char *intern(Interner *in, const char *s);
const char *intern_n(Interner *in, const char *s, size_t n);
void interner_free(Interner *in);

/* ---- hash map (pointer/string key -> pointer) ---------------------------
 * Open addressing. Keys are either pointers compared by identity (use
 * map_*_ptr) or byte strings compared by content (map_*_bytes). */
typedef struct MapEntry {
    const void *key;
    size_t keylen; /* 0 for pointer keys */
    uint64_t hash;
    void *value;
} MapEntry;
typedef struct Map {
    MapEntry *slots;
    size_t cap, count;
} Map;

uint64_t sup_hash_bytes(const void *p, size_t n);
void *map_get_ptr(const Map *m, const void *key);
void map_put_ptr(Map *m, const void *key, void *value);
/* Byte keys are copied into the map and owned by it. */
void *map_get_bytes(const Map *m, const void *key, size_t n);
void map_put_bytes(Map *m, const void *key, size_t n, void *value);
void map_free(Map *m);

/* ---- source locations and diagnostics ---------------------------------- */

/* 1-based line and column (column counts bytes from 1). 0 = unknown. */
typedef struct SrcLoc {
    int line, col;
} SrcLoc;

#define DIAG_SEVERITIES(X)                                                     \
    X(DIAG_ERROR, "error")                                                     \
    X(DIAG_WARNING, "warning")                                                 \
    X(DIAG_NOTE, "note")
typedef enum {
#define X(e, s) e,
    DIAG_SEVERITIES(X)
#undef X
} DiagSeverity;

/* One message. `kind` is the Python-facing category ("SyntaxError",
 * "TypingError", "NotImplementedError"...), the same for a note as for the
 * error it belongs to. Strings are owned by the DiagList. */
typedef struct Diag {
    DiagSeverity severity;
    const char *kind;
    const char *file; /* may be NULL */
    SrcLoc loc;
    char *message;
} Diag;

typedef struct DiagList {
    Vec(Diag) items;
    int nerrors;
    Arena arena; /* file names, kinds */
} DiagList;

void diag_init(DiagList *dl);
void diag_free(DiagList *dl);
/* Adds a diagnostic; message is printf-formatted. Returns the new Diag. */
Diag *diag_add(DiagList *dl, DiagSeverity sev, const char *kind, const char *file, SrcLoc loc,
               const char *fmt, ...) __attribute__((format(printf, 6, 7)));
Diag *diag_vadd(DiagList *dl, DiagSeverity sev, const char *kind, const char *file, SrcLoc loc,
                const char *fmt, va_list ap);
/* Appends all diagnostics of src to dst (copies). */
void diag_append(DiagList *dst, const DiagList *src);
const char *diag_severity_name(DiagSeverity sev);
/* Renders one diagnostic as "file:line:col: error: message\n" followed by the
 * source line and a caret under the column when `source` is given.
 * Appends to sb. */
void diag_render(StrBuf *sb, const Diag *d, const char *source);
/* Returns the text of 1-based line `line` of src (without newline) as a
 * pointer into src and its length; NULL if out of range. */
const char *sup_source_line(const char *src, int line, size_t *len);

/* Reads a whole file; returns malloc'd NUL-terminated text or NULL (errno set). */
char *sup_read_file(const char *path, size_t *len);

#endif
