/* runtime/nrt.c — refcounted memory for arrays created by compiled code:
 * rt_nrt_alloc → RtMemInfo (refcount 1, 64-byte aligned data) → decref frees. */
#include "runtime.h"

#include <stdatomic.h>
#include <stdlib.h>

static _Atomic int64_t live;

RtMemInfo *rt_nrt_alloc(int64_t nbytes, const char *file, const char *func, int line, int col)
{
    /* The header and the data share one block; data starts 64-byte aligned. */
    if (nbytes < 0 || (uint64_t)nbytes > (uint64_t)INT64_MAX - 128) {
        rt_raise("MemoryError", "array is too big", file, func, line, col);
        return NULL;
    }
    size_t total = 64 + ((size_t)nbytes + 63) / 64 * 64;
    RtMemInfo *mi = aligned_alloc(64, total);
    if (!mi) {
        rt_raise("MemoryError", "cannot allocate array memory", file, func, line, col);
        return NULL;
    }
    mi->refcount = 1;
    mi->nbytes = nbytes;
    mi->data = (char *)mi + 64;
    atomic_fetch_add_explicit(&live, 1, memory_order_relaxed);
    return mi;
}

void rt_nrt_incref(RtMemInfo *mi)
{
    if (mi)
        __atomic_fetch_add(&mi->refcount, 1, __ATOMIC_RELAXED);
}

void rt_nrt_decref(RtMemInfo *mi)
{
    if (!mi)
        return;
    if (__atomic_sub_fetch(&mi->refcount, 1, __ATOMIC_ACQ_REL) == 0) {
        atomic_fetch_sub_explicit(&live, 1, memory_order_relaxed);
        free(mi);
    }
}

int64_t rt_nrt_live(void)
{
    return atomic_load_explicit(&live, memory_order_relaxed);
}
