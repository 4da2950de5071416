/* fuzz/fuzz_cli_args.c — libFuzzer target: arbitrary text → the CLI's
 * Python-literal argument parser (cli_parse_value, cli/args.c).
 * Properties: failure gives a message; success gives a value whose repr()
 * parses back to a value with the same repr. */
#include "args.h"
#include "fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 4096)
        return 0;
    char *text = fuzz_cstring(data, size);
    jit_value v;
    char *errmsg = NULL;
    if (!cli_parse_value(text, &v, &errmsg)) {
        FUZZ_CHECK(errmsg && *errmsg, "'%s' refused without a message", text);
        free(errmsg);
        free(text);
        return 0;
    }
    FUZZ_CHECK(errmsg == NULL, "'%s' accepted with a message", text);
    char *r1 = jit_value_repr(&v);
    FUZZ_CHECK(r1 != NULL, "no repr for '%s'", text);
    jit_value w;
    FUZZ_CHECK(cli_parse_value(r1, &w, &errmsg), "repr '%s' of '%s' does not parse: %s", r1, text,
               errmsg ? errmsg : "?");
    char *r2 = jit_value_repr(&w);
    FUZZ_CHECK(r2 && strcmp(r1, r2) == 0, "'%s' -> '%s' -> '%s'", text, r1, r2 ? r2 : "(null)");
    jit_free(r1);
    jit_free(r2);
    jit_value_clear(&v);
    jit_value_clear(&w);
    free(text);
    return 0;
}
