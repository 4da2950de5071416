/* tests/typeinfer/helpers.h — load Python source with the frontend and infer
 * one function for a signature string; diagnostics as compact text. */
#ifndef TI_TEST_HELPERS_H
#define TI_TEST_HELPERS_H

#include "typeinfer.h"

/* Per-test state (set up by th_setup, freed by th_teardown). */
extern TiTypes *th_tt;
extern DiagList th_dl;

void th_setup(void);
void th_teardown(void);
/* Loads `src` as "t.py" and infers function `name` for the argument list
 * `args` ("(int64, float64)"). NULL on error (see th_diags). The program
 * is freed by th_teardown. */
TiProgram *th_infer(const char *src, const char *name, const char *args);
/* All diagnostics, one per line: "line:col: severity: kind: message". */
const char *th_diags(void);
/* The type name of local `name` in f, or "<unset>" / "<no such local>". */
const char *th_local(const TiFunc *f, const char *name);
/* The specialisation of `name` in p (first one), or NULL. */
const TiFunc *th_func(const TiProgram *p, const char *name);
/* A type from its string. */
const Type *th_type(const char *text);

#endif
