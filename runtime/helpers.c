/* runtime/helpers.c — helpers too big to inline: CPython's float repr,
 * NumPy's float32 repr, int ** int, factorial, gcd, round(x, n), float ** float.
 * Input: scalars from compiled code → results, or RT_EXC with rt_raise'd error. */
#include "runtime.h"

#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- shortest round-trip digits ---------------------------------------- */

/* Shortest decimal digits of v (finite, non-zero, sign ignored) that read back
 * as the same value: digits (no dot, no trailing zeros) and the decimal
 * exponent of the first digit. `is_f32` reads back as float. */
static void shortest_digits(double v, bool is_f32, char *digits, int *exp10)
{
    char buf[64];
    int maxp = is_f32 ? 9 : 17;
    for (int p = 1; p <= maxp; p++) {
        snprintf(buf, sizeof buf, "%.*e", p - 1, v);
        bool same = is_f32 ? strtof(buf, NULL) == (float)v : strtod(buf, NULL) == v;
        if (same || p == maxp)
            break;
    }
    /* buf is "-d.ddde[+-]xx" */
    const char *s = buf;
    if (*s == '-')
        s++;
    int n = 0;
    for (; *s && *s != 'e'; s++)
        if (*s >= '0' && *s <= '9')
            digits[n++] = *s;
    while (n > 1 && digits[n - 1] == '0')
        n--;
    digits[n] = '\0';
    *exp10 = *s == 'e' ? atoi(s + 1) : 0;
}

/* Lays out digits × 10^exp10 as CPython/NumPy do: positional with at least
 * one digit after the point, or d.ddde±XX. */
static int layout(char *out, size_t n, bool neg, const char *digits, int exp10, bool sci)
{
    char tmp[512];
    size_t k = 0;
    int nd = (int)strlen(digits);
    if (neg)
        tmp[k++] = '-';
    if (sci) {
        tmp[k++] = digits[0];
        if (nd > 1) {
            tmp[k++] = '.';
            for (int i = 1; i < nd; i++)
                tmp[k++] = digits[i];
        }
        k += (size_t)snprintf(tmp + k, sizeof tmp - k, "e%c%02d", exp10 < 0 ? '-' : '+',
                              exp10 < 0 ? -exp10 : exp10);
    } else {
        int decpt = exp10 + 1; /* digits before the point */
        if (decpt <= 0) {
            tmp[k++] = '0';
            tmp[k++] = '.';
            for (int i = 0; i < -decpt; i++)
                tmp[k++] = '0';
            for (int i = 0; i < nd; i++)
                tmp[k++] = digits[i];
        } else if (decpt < nd) {
            for (int i = 0; i < nd; i++) {
                if (i == decpt)
                    tmp[k++] = '.';
                tmp[k++] = digits[i];
            }
        } else {
            for (int i = 0; i < nd; i++)
                tmp[k++] = digits[i];
            for (int i = nd; i < decpt; i++)
                tmp[k++] = '0';
            tmp[k++] = '.';
            tmp[k++] = '0';
        }
    }
    tmp[k] = '\0';
    if (n > 0) {
        size_t c = k < n ? k : n - 1;
        memcpy(out, tmp, c);
        out[c] = '\0';
    }
    return (int)k;
}

static int special(double v, char *buf, size_t n)
{
    const char *s = isnan(v) ? "nan" : v > 0 ? "inf" : "-inf";
    return snprintf(buf, n, "%s", s);
}

int rt_format_float(double v, char *buf, size_t n)
{
    if (!isfinite(v))
        return special(v, buf, n);
    if (v == 0.0)
        return snprintf(buf, n, "%s", signbit(v) ? "-0.0" : "0.0");
    char digits[32];
    int e;
    shortest_digits(v, false, digits, &e);
    /* CPython: repr uses exponent notation when decpt <= -4 or decpt > 16. */
    return layout(buf, n, signbit(v), digits, e, e < -4 || e >= 16);
}

int rt_format_float32(float v, char *buf, size_t n)
{
    if (!isfinite(v))
        return special(v, buf, n);
    if (v == 0.0f)
        return snprintf(buf, n, "%s", signbit(v) ? "-0.0" : "0.0");
    char digits[32];
    int e;
    shortest_digits(v, true, digits, &e);
    /* NumPy: scientific when |v| < 1e-4 or |v| >= 1e16. */
    double a = fabs((double)v);
    return layout(buf, n, signbit(v), digits, e, a < 1e-4 || a >= 1e16);
}

/* ---- integers ----------------------------------------------------------- */

int rt_ipow(int64_t *out, int64_t base, int64_t exp, const char *file, const char *func, int line,
            int col)
{
    *out = 0;
    if (exp < 0) {
        if (base == 0) {
            rt_raise("ZeroDivisionError", "0.0 cannot be raised to a negative power", file, func,
                     line, col);
            return RT_EXC;
        }
        rt_raise("ValueError",
                 "int ** negative int is not supported by pyjit (CPython would return a "
                 "float); write float(x) ** n",
                 file, func, line, col);
        return RT_EXC;
    }
    /* Wrapping 64-bit arithmetic, like the rest of pyjit's ints. */
    uint64_t r = 1, b = (uint64_t)base, e = (uint64_t)exp;
    while (e) {
        if (e & 1)
            r *= b;
        b *= b;
        e >>= 1;
    }
    *out = (int64_t)r;
    return RT_OK;
}

int rt_factorial(int64_t *out, int64_t n, const char *file, const char *func, int line, int col)
{
    *out = 0;
    if (n < 0) {
        rt_raise("ValueError", "factorial() not defined for negative values", file, func, line,
                 col);
        return RT_EXC;
    }
    if (n > 20) {
        rt_raise("OverflowError",
                 "factorial() result does not fit in a 64-bit int (pyjit ints are int64; "
                 "factorial(20) is the largest)",
                 file, func, line, col);
        return RT_EXC;
    }
    int64_t r = 1;
    for (int64_t i = 2; i <= n; i++)
        r *= i;
    *out = r;
    return RT_OK;
}

int64_t rt_gcd(int64_t a, int64_t b)
{
    /* math.gcd is non-negative; |INT64_MIN| wraps (64-bit ints). */
    uint64_t x = a < 0 ? 0 - (uint64_t)a : (uint64_t)a;
    uint64_t y = b < 0 ? 0 - (uint64_t)b : (uint64_t)b;
    while (y) {
        uint64_t t = x % y;
        x = y;
        y = t;
    }
    return (int64_t)x;
}

/* ---- round(x, ndigits) -------------------------------------------------- */

/* CPython's limits (floatobject.c): beyond these x rounds to itself / to ±0. */
#define NDIGITS_MAX 323
#define NDIGITS_MIN (-308)

double rt_round_half_even(double x, int64_t ndigits)
{
    if (!isfinite(x) || x == 0.0)
        return x;
    if (ndigits > NDIGITS_MAX)
        return x;
    if (ndigits < NDIGITS_MIN)
        return 0.0 * x;
    char buf[1200];
    if (ndigits >= 0) {
        if (fabs(x) >= 4503599627370496.0) /* 2^52: already an integer */
            return x;
        /* glibc prints the exact binary value correctly rounded, ties to even:
         * exactly CPython's _Py_dg_dtoa mode 3. */
        snprintf(buf, sizeof buf, "%.*f", (int)ndigits, x);
        return strtod(buf, NULL);
    }
    /* Negative ndigits: round the exact integer part at digit k = -ndigits. */
    int k = (int)-ndigits;
    double ax = fabs(x);
    double ip = trunc(ax);
    bool frac = ax != ip;
    char digits[400];
    int len = snprintf(digits, sizeof digits, "%.0f", ip);
    /* Left-pad with zeros so there is at least one kept digit. */
    char padded[800];
    int pad = len < k + 1 ? k + 1 - len : 0;
    memset(padded, '0', (size_t)pad);
    memcpy(padded + pad, digits, (size_t)len + 1);
    len += pad;
    int keep = len - k;
    char first = padded[keep];
    bool rest_nonzero = frac;
    for (int i = keep + 1; i < len; i++)
        if (padded[i] != '0')
            rest_nonzero = true;
    bool up;
    if (first > '5')
        up = true;
    else if (first < '5')
        up = false;
    else
        up = rest_nonzero || ((padded[keep - 1] - '0') & 1);
    padded[keep] = '\0';
    if (up) {
        int i = keep - 1;
        while (i >= 0 && padded[i] == '9')
            padded[i--] = '0';
        if (i >= 0) {
            padded[i]++;
        } else {
            memmove(padded + 1, padded, (size_t)keep + 1);
            padded[0] = '1';
        }
    }
    snprintf(buf, sizeof buf, "%s%se%d", signbit(x) ? "-" : "", padded, k);
    /* Overflow (CPython: OverflowError) gives ±inf here; see docs/semantics. */
    return strtod(buf, NULL);
}

/* ---- float ** float ----------------------------------------------------- */

static bool is_odd_integer(double w)
{
    return fmod(fabs(w), 2.0) == 1.0;
}

int rt_fpow(double *out, double v, double w, const char *file, const char *func, int line, int col)
{
    *out = 0.0;
    /* The special cases of CPython's float_pow, in its order. */
    if (w == 0.0) {
        *out = 1.0;
        return RT_OK;
    }
    if (isnan(v)) {
        *out = v;
        return RT_OK;
    }
    if (isnan(w)) {
        *out = v == 1.0 ? 1.0 : w;
        return RT_OK;
    }
    if (isinf(w)) {
        double av = fabs(v);
        if (av == 1.0)
            *out = 1.0;
        else if ((w > 0.0) == (av > 1.0))
            *out = fabs(w);
        else
            *out = 0.0;
        return RT_OK;
    }
    if (isinf(v)) {
        bool odd = is_odd_integer(w);
        if (w > 0.0)
            *out = odd ? v : fabs(v);
        else
            *out = odd ? copysign(0.0, v) : 0.0;
        return RT_OK;
    }
    if (v == 0.0) {
        if (w < 0.0) {
            rt_raise("ZeroDivisionError", "0.0 cannot be raised to a negative power", file, func,
                     line, col);
            return RT_EXC;
        }
        *out = is_odd_integer(w) ? v : 0.0;
        return RT_OK;
    }
    bool negate = false;
    if (v < 0.0) {
        if (w != floor(w)) {
            rt_raise("ValueError",
                     "negative number cannot be raised to a fractional power (CPython would "
                     "return a complex number)",
                     file, func, line, col);
            return RT_EXC;
        }
        v = -v;
        negate = is_odd_integer(w);
    }
    if (v == 1.0) {
        *out = negate ? -1.0 : 1.0;
        return RT_OK;
    }
    errno = 0;
    double r = pow(v, w);
    int err = errno;
    if (err == 0 && isinf(r))
        err = ERANGE;
    else if (err == ERANGE && r == 0.0)
        err = 0; /* underflow to 0 is fine */
    if (negate)
        r = -r;
    if (err) {
        if (err == ERANGE)
            rt_raise("OverflowError", "(34, 'Numerical result out of range')", file, func, line,
                     col);
        else
            rt_raise("ValueError", "(33, 'Numerical argument out of domain')", file, func, line,
                     col);
        return RT_EXC;
    }
    *out = r;
    return RT_OK;
}
