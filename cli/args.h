/* cli/args.h — Python-literal command-line arguments → jit_value. */
#ifndef PYJIT_CLI_ARGS_H
#define PYJIT_CLI_ARGS_H

#include "pyjit.h"

/* Parses `text` (an int, float incl. inf/nan, True/False/None, or a tuple of
 * these) into *out (tuples malloc'd: free with jit_value_clear). On error
 * returns false with a malloc'd message in *errmsg. */
bool cli_parse_value(const char *text, jit_value *out, char **errmsg);

#endif
