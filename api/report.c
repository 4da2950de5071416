/* api/report.c — a -ftime-report style text for one compiled signature.
 * jit_compiled → "phase  ms  share" table (parse, bytecode, inference,
 * lowering, optimisation, machine code, total), as `pyjit run --time` shows. */
#include "internal.h"

#include <stdlib.h>

char *jit_compiled_time_report(const jit_compiled *c)
{
    if (!c)
        return NULL;
    if (c->inner) /* a return-converting entry: report the code it wraps */
        c = c->inner;
    const jit_compile_times *t = &c->times;
    const char *fname = c->fn && c->fn->fe ? c->fn->fe->name : "?";
    struct {
        const char *name;
        double ms;
    } rows[] = {
        {"parse", t->parse_ms},          {"bytecode", t->bytecode_ms},
        {"type inference", t->infer_ms}, {"lowering (LLVM IR)", t->lower_ms},
        {"optimisation", t->opt_ms},     {"machine code", t->mc_ms},
    };
    double sum = 0;
    for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++)
        sum += rows[i].ms;
    StrBuf sb = {0};
    sb_printf(&sb, "pyjit compile time report: %s(", fname);
    for (int i = 0; i < c->nargs; i++)
        sb_printf(&sb, "%s%s", i ? ", " : "", c->argtypes[i]->name);
    sb_printf(&sb, ")\n  %-20s %10s %7s\n", "phase", "wall ms", "share");
    for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++)
        sb_printf(&sb, "  %-20s %10.3f %6.1f%%\n", rows[i].name, rows[i].ms,
                  sum > 0 ? 100.0 * rows[i].ms / sum : 0.0);
    sb_printf(&sb, "  %-20s %10.3f %6.1f%%\n", "total", sum, sum > 0 ? 100.0 : 0.0);
    sb_puts(&sb, "  (parse and bytecode are the module load, shared by its functions)\n");
    return sb_take(&sb);
}
