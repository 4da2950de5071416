/* fuzz/fuzz_signature.c — libFuzzer target: arbitrary text → Numba-style
 * type and signature strings (ti_parse_signature, jit_type_parse).
 * Properties: an error has a message and a column inside the text (or just
 * past it); a parsed type's name parses back to the same interned type. */
#include "fuzz.h"
#include "pyjit.h"
#include "typeinfer.h"

static jit_context *ctx;

static void check_error(const char *text, bool ok, char *errmsg, int errcol)
{
    if (ok) {
        FUZZ_CHECK(errmsg == NULL, "success with an error message for '%s'", text);
        return;
    }
    FUZZ_CHECK(errmsg && *errmsg, "failure without a message for '%s'", text);
    FUZZ_CHECK(errcol >= 1 && (size_t)errcol <= strlen(text) + 1,
               "error column %d outside '%s' (%s)", errcol, text, errmsg);
    free(errmsg);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 4096)
        return 0;
    char *text = fuzz_cstring(data, size);
    TiTypes *tt = ti_types_new();

    /* A plain type: its canonical name must parse to the same type. */
    const Type *t = NULL;
    char *errmsg = NULL;
    int errcol = 0;
    bool ok = ti_parse_signature(tt, text, &t, NULL, NULL, &errmsg, &errcol);
    check_error(text, ok, errmsg, errcol);
    if (ok) {
        FUZZ_CHECK(t && t->name, "parsed '%s' to no type", text);
        const Type *again = NULL;
        errmsg = NULL;
        bool ok2 = ti_parse_signature(tt, t->name, &again, NULL, NULL, &errmsg, &errcol);
        FUZZ_CHECK(ok2 && again == t, "'%s' -> '%s' does not parse back (%s)", text, t->name,
                   errmsg ? errmsg : "another type");
    }

    /* A signature: every argument type round-trips too. */
    const Type *ret = NULL;
    const Type **args = NULL;
    int nargs = -1;
    errmsg = NULL;
    errcol = 0;
    ok = ti_parse_signature(tt, text, &ret, &args, &nargs, &errmsg, &errcol);
    check_error(text, ok, errmsg, errcol);
    if (ok) {
        FUZZ_CHECK(args != NULL && nargs >= 0, "signature '%s' without an argument list", text);
        for (int i = 0; i < nargs; i++) {
            FUZZ_CHECK(args[i] && args[i]->name, "argument %d of '%s' is NULL", i, text);
            const Type *again = NULL;
            errmsg = NULL;
            bool ok2 = ti_parse_signature(tt, args[i]->name, &again, NULL, NULL, &errmsg, &errcol);
            FUZZ_CHECK(ok2 && again == args[i], "argument '%s' of '%s' does not parse back",
                       args[i]->name, text);
        }
        free(args);
    }
    ti_types_free(tt);

    /* The public entry: an error object or a type, never both or neither. */
    if (!ctx)
        ctx = jit_context_new(NULL);
    FUZZ_CHECK(ctx != NULL, "jit_context_new failed");
    jit_error *err = NULL;
    const jit_type *pt = jit_type_parse(ctx, text, &err);
    FUZZ_CHECK((pt == NULL) != (err == NULL), "jit_type_parse('%s'): type %p, error %p", text,
               (const void *)pt, (void *)err);
    if (err) {
        FUZZ_CHECK(jit_error_message(err) && jit_error_type(err), "error without message/type");
        jit_free(jit_error_render(err));
        jit_error_free(err);
    } else {
        FUZZ_CHECK(jit_type_name(pt) != NULL, "type without a name");
    }
    free(text);
    return 0;
}
