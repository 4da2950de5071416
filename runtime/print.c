/* runtime/print.c — print() of compiled code: values → stdout via stdio,
 * formatted as CPython's str(); rt_print_end writes the terminator and flushes. */
#include "runtime.h"

#include <inttypes.h>
#include <stdio.h>

void rt_print_i64(int64_t v)
{
    printf("%" PRId64, v);
}

void rt_print_u64(uint64_t v)
{
    printf("%" PRIu64, v);
}

void rt_print_f64(double v)
{
    char buf[64];
    rt_format_float(v, buf, sizeof buf);
    fputs(buf, stdout);
}

void rt_print_f32(float v)
{
    char buf[64];
    rt_format_float32(v, buf, sizeof buf);
    fputs(buf, stdout);
}

void rt_print_bool(bool v)
{
    fputs(v ? "True" : "False", stdout);
}

void rt_print_none(void)
{
    fputs("None", stdout);
}

void rt_print_str(const char *s)
{
    if (s)
        fputs(s, stdout);
}

void rt_print_end(const char *end)
{
    fputs(end ? end : "\n", stdout);
    fflush(stdout);
}
