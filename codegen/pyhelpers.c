/* codegen/pyhelpers.c — small C helpers that compiled code calls for Python
 * semantics codegen cannot inline cheaply (mapped into the JIT by
 * cg_lookup_symbol). int64 / int64 → float64 correctly rounded like
 * CPython's int true division; array errors with NumPy's messages. */
#include "internal.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>

/* Correctly rounded a / b (b != 0) for any int64 a, b: CPython divides the
 * exact integers, so converting both to double first can be 1 ulp off once
 * |a| or |b| exceeds 2**53. */
double cg_rt_int_truediv(int64_t a, int64_t b)
{
    bool neg = (a < 0) != (b < 0);
    uint64_t ua = a < 0 ? 0 - (uint64_t)a : (uint64_t)a;
    uint64_t ub = b < 0 ? 0 - (uint64_t)b : (uint64_t)b;
    if (ua == 0)
        return neg ? -0.0 : 0.0;
    int la = 64 - __builtin_clzll(ua), lb = 64 - __builtin_clzll(ub);
    /* Scale so the integer quotient has 55..57 bits: two guard bits plus a
     * sticky bit make the one rounding in the conversion to double exact. */
    int s = 55 + lb - la + 1;
    unsigned __int128 num = s >= 0 ? (unsigned __int128)ua << s : (unsigned __int128)ua >> -s;
    uint64_t q, sticky;
    if (s >= 0) {
        q = (uint64_t)(num / ub);
        sticky = (num % ub) != 0;
    } else {
        /* s < 0 only when lb is tiny relative to la; fold the shifted-out
         * bits of ua into the sticky bit. */
        uint64_t lost = ua & ((1ULL << -s) - 1);
        q = (uint64_t)(num / ub);
        sticky = (num % ub) != 0 || lost != 0;
    }
    double r = ldexp((double)(q | sticky), -s);
    return neg ? -r : r;
}

/* ---- array errors with NumPy's messages (arrays.c) ---- */

void cg_rt_index_error(int64_t index, int64_t axis, int64_t size, const char *file,
                       const char *func, int line, int col)
{
    char msg[160];
    snprintf(msg, sizeof msg, "index %lld is out of bounds for axis %lld with size %lld",
             (long long)index, (long long)axis, (long long)size);
    rt_raise("IndexError", msg, file, func, line, col);
}

static void put_shape(StrBuf *sb, const int64_t *shape, int64_t n)
{
    sb_putc(sb, '(');
    for (int64_t i = 0; i < n; i++)
        sb_printf(sb, i ? ",%lld" : "%lld", (long long)shape[i]);
    sb_puts(sb, n == 1 ? ",)" : ")");
}

/* shapes: the source's n dimensions, then the target's n. */
void cg_rt_broadcast_error(const int64_t *shapes, int64_t ndim, const char *file, const char *func,
                           int line, int col)
{
    StrBuf sb = {0};
    sb_puts(&sb, "could not broadcast input array from shape ");
    put_shape(&sb, shapes, ndim);
    sb_puts(&sb, " into shape ");
    put_shape(&sb, shapes + ndim, ndim);
    char *msg = sb_take(&sb);
    rt_raise("ValueError", msg, file, func, line, col);
    free(msg);
}

void cg_rt_reshape_error(int64_t size, const int64_t *shape, int64_t ndim, const char *file,
                         const char *func, int line, int col)
{
    StrBuf sb = {0};
    sb_printf(&sb, "cannot reshape array of size %lld into shape ", (long long)size);
    /* NumPy's convert_shape_to_string: leading unknown (-1) dimensions are
     * skipped, later ones print as "newaxis"; one dimension gets ",)"
     * only when it is the only entry */
    int64_t i = 0;
    while (i < ndim && shape[i] < 0)
        i++;
    if (i == ndim) {
        sb_puts(&sb, "()");
    } else {
        sb_printf(&sb, "(%lld", (long long)shape[i++]);
        for (; i < ndim; i++) {
            if (shape[i] < 0)
                sb_puts(&sb, ",newaxis");
            else
                sb_printf(&sb, ",%lld", (long long)shape[i]);
        }
        sb_puts(&sb, ndim == 1 ? ",)" : ")");
    }
    char *msg = sb_take(&sb);
    rt_raise("ValueError", msg, file, func, line, col);
    free(msg);
}

void cg_rt_linspace_error(int64_t num, const char *file, const char *func, int line, int col)
{
    char msg[120];
    snprintf(msg, sizeof msg, "Number of samples, %lld, must be non-negative.", (long long)num);
    rt_raise("ValueError", msg, file, func, line, col);
}
