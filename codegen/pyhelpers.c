/* codegen/pyhelpers.c — small C helpers that compiled code calls for Python
 * semantics codegen cannot inline cheaply (mapped into the JIT by
 * cg_lookup_symbol). int64 / int64 → float64 correctly rounded like
 * CPython's int true division. */
#include "internal.h"

#include <math.h>

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
