/* support/intern.c — string interning and the hash map.
 * Interned strings are compared by pointer in every later stage. */
#include "support.h"

#include <stdlib.h>
#include <string.h>

uint64_t sup_hash_bytes(const void *p, size_t n)
{
    /* FNV-1a 64 */
    const unsigned char *s = p;
    uint64_t h = 1469598103934665603ull;
    for (size_t i = 0; i < n; i++) {
        h ^= s[i];
        h *= 1099511628211ull;
    }
    return h;
}

void interner_init(Interner *in)
{
    in->slots = NULL;
    in->cap = in->count = 0;
    arena_init(&in->arena);
}

static void interner_grow(Interner *in)
{
    size_t nc = in->cap ? in->cap * 2 : 256;
    const char **ns = sup_calloc(nc, sizeof *ns);
    for (size_t i = 0; i < in->cap; i++) {
        const char *s = in->slots[i];
        if (!s)
            continue;
        size_t j = sup_hash_bytes(s, strlen(s)) & (nc - 1);
        while (ns[j])
            j = (j + 1) & (nc - 1);
        ns[j] = s;
    }
    free(in->slots);
    in->slots = ns;
    in->cap = nc;
}

const char *intern_n(Interner *in, const char *s, size_t n)
{
    if ((in->count + 1) * 2 > in->cap)
        interner_grow(in);
    size_t j = sup_hash_bytes(s, n) & (in->cap - 1);
    while (in->slots[j]) {
        const char *t = in->slots[j];
        if (strncmp(t, s, n) == 0 && t[n] == 0)
            return t;
        j = (j + 1) & (in->cap - 1);
    }
    const char *copy = arena_strndup(&in->arena, s, n);
    in->slots[j] = copy;
    in->count++;
    return copy;
}

const char *intern(Interner *in, const char *s) { return intern_n(in, s, strlen(s)); }

void interner_free(Interner *in)
{
    free(in->slots);
    arena_free(&in->arena);
    in->slots = NULL;
    in->cap = in->count = 0;
}

/* ---- map ---- */

static MapEntry *map_find(const Map *m, const void *key, size_t n, uint64_t h)
{
    if (!m->cap)
        return NULL;
    size_t j = h & (m->cap - 1);
    for (;;) {
        MapEntry *e = &m->slots[j];
        if (!e->key)
            return e;
        if (e->hash == h && e->keylen == n &&
            (n == 0 ? e->key == key : memcmp(e->key, key, n) == 0))
            return e;
        j = (j + 1) & (m->cap - 1);
    }
}

static void map_grow(Map *m)
{
    size_t nc = m->cap ? m->cap * 2 : 16;
    MapEntry *ns = sup_calloc(nc, sizeof *ns);
    for (size_t i = 0; i < m->cap; i++) {
        MapEntry *e = &m->slots[i];
        if (!e->key)
            continue;
        size_t j = e->hash & (nc - 1);
        while (ns[j].key)
            j = (j + 1) & (nc - 1);
        ns[j] = *e;
    }
    free(m->slots);
    m->slots = ns;
    m->cap = nc;
}

static uint64_t ptr_hash(const void *p)
{
    uint64_t x = (uint64_t)(uintptr_t)p;
    x ^= x >> 33;
    x *= 0xff51afd7ed558ccdull;
    x ^= x >> 33;
    return x;
}

void *map_get_ptr(const Map *m, const void *key)
{
    MapEntry *e = map_find(m, key, 0, ptr_hash(key));
    return e && e->key ? e->value : NULL;
}

void map_put_ptr(Map *m, const void *key, void *value)
{
    if ((m->count + 1) * 2 > m->cap)
        map_grow(m);
    uint64_t h = ptr_hash(key);
    MapEntry *e = map_find(m, key, 0, h);
    if (!e->key) {
        e->key = key;
        e->keylen = 0;
        e->hash = h;
        m->count++;
    }
    e->value = value;
}

void *map_get_bytes(const Map *m, const void *key, size_t n)
{
    MapEntry *e = map_find(m, key, n, sup_hash_bytes(key, n));
    return e && e->key ? e->value : NULL;
}

void map_put_bytes(Map *m, const void *key, size_t n, void *value)
{
    if ((m->count + 1) * 2 > m->cap)
        map_grow(m);
    uint64_t h = sup_hash_bytes(key, n);
    MapEntry *e = map_find(m, key, n, h);
    if (!e->key) {
        e->key = sup_strndup(key, n); /* copy; NUL-terminated for convenience */
        e->keylen = n;
        e->hash = h;
        m->count++;
    }
    e->value = value;
}

void map_free(Map *m)
{
    for (size_t i = 0; i < m->cap; i++)
        if (m->slots[i].key && m->slots[i].keylen)
            free((void *)m->slots[i].key);
    free(m->slots);
    m->slots = NULL;
    m->cap = m->count = 0;
}
