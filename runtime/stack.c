/* runtime/stack.c — stack-overflow guard for recursive compiled code.
 * An entry gets the thread's stack floor (stack bottom + headroom) from
 * rt_stack_enter; compiled code compares its frame address with it before
 * calls that can recurse and calls rt_stack_overflow below it, which raises
 * RecursionError — unwinding with longjmp to the entry's jmp_buf when the
 * entry registered one (codegen/lower.c). */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE /* pthread_getattr_np */
#endif
#include "runtime.h"

#include <pthread.h>
#include <setjmp.h>

static _Thread_local uintptr_t stack_floor;
static _Thread_local void *entry_jmpbuf;

static uintptr_t compute_floor(void)
{
    /* The frame address, not a local's: under ASan's use-after-return
     * detection locals live on a heap "fake stack" far from the real one
     * (the floor would then never be reached). */
    uintptr_t sp = (uintptr_t)__builtin_frame_address(0);
    uintptr_t lo = 0, size = 0;
    pthread_attr_t attr;
    if (pthread_getattr_np(pthread_self(), &attr) == 0) {
        void *addr = NULL;
        size_t sz = 0;
        if (pthread_attr_getstack(&attr, &addr, &sz) == 0) {
            lo = (uintptr_t)addr;
            size = sz;
        }
        pthread_attr_destroy(&attr);
    }
    /* Unknown or implausible bounds (no stack limit...): allow 4 MiB below
     * the current frame. */
    if (!lo || sp <= lo || sp - lo > ((uintptr_t)1 << 32)) {
        lo = sp - ((uintptr_t)4 << 20);
        size = (uintptr_t)4 << 20;
    }
    /* headroom for the frames below the last check (non-recursive callees)
     * and the runtime functions they call */
    uintptr_t want = (uintptr_t)256 << 10;
    uintptr_t margin = size / 4 < want ? size / 4 : want;
    return lo + margin;
}

int64_t rt_stack_enter(void *jmpbuf)
{
    if (!stack_floor)
        stack_floor = compute_floor();
    entry_jmpbuf = jmpbuf;
    return (int64_t)stack_floor;
}

void rt_stack_overflow(const char *file, const char *func, int line, int col)
{
    rt_raise("RecursionError", "maximum recursion depth exceeded", file, func, line, col);
    if (entry_jmpbuf) {
        void *jb = entry_jmpbuf;
        entry_jmpbuf = NULL;
        longjmp(*(jmp_buf *)jb, 1);
    }
}
