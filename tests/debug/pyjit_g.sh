#!/bin/sh
# tests/debug/pyjit_g.sh — `pyjit` with -g -O0 (or $PYJIT_G_FLAGS) put after
# the command, so tests/run_cases.py runs the golden cases as debug builds:
# DWARF must never crash a compile or change an answer.
cmd=$1
shift
# shellcheck disable=SC2086
exec "$PYJIT_REAL" "$cmd" ${PYJIT_G_FLAGS:--g -O0} "$@"
