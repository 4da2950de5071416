/* runtime/gamma.c — math.gamma and math.lgamma with CPython's results.
 * double → double (or ValueError / OverflowError). CPython does not call
 * libm here: it evaluates the Lanczos approximation N = 13, g ≈ 6.0247
 * (Boost's lanczos13m53 tables, also used by Godfrey/Pugh), exact factorials
 * for small integers, 1/x near zero and the reflection formula for x < 0.
 * The same published method in the same evaluation order gives the same
 * doubles, which libm's tgamma/lgamma do not. */
#include "runtime.h"

#include <math.h>

#define LANCZOS_N 13
static const double lanczos_g = 6.024680040776729583740234375;
static const double lanczos_g_minus_half = 5.524680040776729583740234375;
static const double pi = 3.141592653589793238462643383279502884197;

/* Numerator coefficients of the rational Lanczos sum (lanczos13m53, in
 * ascending powers of x); the denominator is x (x+1) ... (x+11) expanded. */
static const double num_coeffs[LANCZOS_N] = {
    23531376880.410759688572007674451636754734846804940,
    42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843,
    17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708,
    1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801,
    31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768,
    186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024,
    210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408,
};
static const double den_coeffs[LANCZOS_N] = {
    0.0,       39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0, 13339535.0,
    2637558.0, 357423.0,   32670.0,     1925.0,      66.0,        1.0,
};

/* Γ(n) = (n-1)! is exact in a double for n <= 23. */
#define NGAMMA_INTEGRAL 23

/* The rational sum; Horner in x for small x, in 1/x for large x (so that
 * neither overflows). */
static double lanczos_sum(double x)
{
    double num = 0.0, den = 0.0;
    if (x < 5.0) {
        for (int i = LANCZOS_N; --i >= 0;) {
            num = num * x + num_coeffs[i];
            den = den * x + den_coeffs[i];
        }
    } else {
        for (int i = 0; i < LANCZOS_N; i++) {
            num = num / x + num_coeffs[i];
            den = den / x + den_coeffs[i];
        }
    }
    return num / den;
}

/* sin(pi * x) without the error of forming pi * x for large x: reduce x
 * modulo 2 exactly, then pick the octant. */
static double sinpi(double x)
{
    double y = fmod(fabs(x), 2.0);
    int n = (int)round(2.0 * y);
    double r;
    switch (n) {
    case 0:
        r = sin(pi * y);
        break;
    case 1:
        r = cos(pi * (y - 0.5));
        break;
    case 2:
        /* sin(pi - a), not -sin(a - pi): +0.0 at y == 1 */
        r = sin(pi * (1.0 - y));
        break;
    case 3:
        r = -cos(pi * (y - 1.5));
        break;
    default: /* 4 */
        r = sin(pi * (y - 2.0));
        break;
    }
    return copysign(1.0, x) * r;
}

static int domain(const char *file, const char *func, int line, int col)
{
    rt_raise("ValueError", "math domain error", file, func, line, col);
    return RT_EXC;
}

static int range(const char *file, const char *func, int line, int col)
{
    rt_raise("OverflowError", "math range error", file, func, line, col);
    return RT_EXC;
}

int rt_gamma(double *out, double x, const char *file, const char *func, int line, int col)
{
    if (!isfinite(x)) {
        if (isnan(x) || x > 0.0) {
            *out = x; /* gamma(nan) = nan, gamma(inf) = inf */
            return RT_OK;
        }
        return domain(file, func, line, col); /* -inf */
    }
    if (x == 0.0) /* pole */
        return domain(file, func, line, col);
    if (x == floor(x)) {
        if (x < 0.0)
            return domain(file, func, line, col);
        if (x <= NGAMMA_INTEGRAL) {
            double f = 1.0; /* (x-1)!: every partial product is exact */
            for (int k = 2; k < (int)x; k++)
                f *= k;
            *out = f;
            return RT_OK;
        }
    }
    double absx = fabs(x);
    if (absx < 1e-20) { /* gamma(x) ~ 1/x */
        double r = 1.0 / x;
        if (isinf(r))
            return range(file, func, line, col);
        *out = r;
        return RT_OK;
    }
    if (absx > 200.0) {
        if (x < 0.0) { /* underflows to ±0 */
            *out = 0.0 / sinpi(x);
            return RT_OK;
        }
        return range(file, func, line, col);
    }
    double y = absx + lanczos_g_minus_half, q, z, r;
    /* z: the rounding error of forming y, corrected for below. */
    if (absx > lanczos_g_minus_half) {
        q = y - absx;
        z = q - lanczos_g_minus_half;
    } else {
        q = y - lanczos_g_minus_half;
        z = q - absx;
    }
    z = z * lanczos_g / y;
    if (x < 0.0) {
        r = -pi / sinpi(absx) / absx * exp(y) / lanczos_sum(absx);
        r -= z * r;
        if (absx < 140.0) {
            r /= pow(y, absx - 0.5);
        } else {
            double sqrtpow = pow(y, absx / 2.0 - 0.25);
            r /= sqrtpow;
            r /= sqrtpow;
        }
    } else {
        r = lanczos_sum(absx) / exp(y);
        r += z * r;
        if (absx < 140.0) {
            r *= pow(y, absx - 0.5);
        } else {
            double sqrtpow = pow(y, absx / 2.0 - 0.25);
            r *= sqrtpow;
            r *= sqrtpow;
        }
    }
    if (isinf(r))
        return range(file, func, line, col);
    *out = r;
    return RT_OK;
}

int rt_lgamma(double *out, double x, const char *file, const char *func, int line, int col)
{
    if (!isfinite(x)) {
        *out = isnan(x) ? x : INFINITY; /* lgamma(±inf) = inf */
        return RT_OK;
    }
    if (x == floor(x) && x <= 2.0) {
        if (x <= 0.0) /* poles */
            return domain(file, func, line, col);
        *out = 0.0; /* lgamma(1) = lgamma(2) = 0 */
        return RT_OK;
    }
    double absx = fabs(x);
    if (absx < 1e-20) {
        *out = -log(absx);
        return RT_OK;
    }
    /* log of the Lanczos form, grouped so large x keeps its accuracy */
    double r = log(lanczos_sum(absx)) - lanczos_g;
    r += (absx - 0.5) * (log(absx + lanczos_g - 0.5) - 1);
    if (x < 0.0) /* reflection */
        r = log(pi) - log(fabs(sinpi(absx))) - log(absx) - r;
    if (isinf(r))
        return range(file, func, line, col);
    *out = r;
    return RT_OK;
}
