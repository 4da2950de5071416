#!/bin/sh
# tests/valgrind/memcheck.sh [--exit=N] CMD [ARG...] — runs CMD under valgrind
# memcheck, following child processes (Criterion runs each test in one):
# fails on any memory error or any definitely / indirectly lost block
# ("still reachable" — LLVM's process-lifetime statics — is allowed), and
# unless CMD exits with N (default 0). Exit 77 (skipped) without valgrind.
# Suppressions: pyjit.supp next to this script.
command -v valgrind >/dev/null 2>&1 || { echo "valgrind not installed: skipped"; exit 77; }
want=0
case ${1:-} in --exit=*) want=${1#--exit=}; shift ;; esac
here=$(dirname "$0")
valgrind --quiet --trace-children=yes --leak-check=full \
    --show-leak-kinds=definite,indirect --errors-for-leak-kinds=definite,indirect \
    --error-exitcode=99 --suppressions="$here/pyjit.supp" "$@"
rc=$?
if [ "$rc" != "$want" ]; then
    echo "memcheck: exit status $rc, expected $want (99 = valgrind found errors or leaks)"
    exit 1
fi
