#!/usr/bin/env bash
# scripts/reliability.sh — the reliability checks of CI (issue 4), after the
# normal suite (scripts/test.sh calls this): the whole suite under ASan+UBSan,
# the thread stress test under TSan, and a libFuzzer smoke run of every
# target (PYJIT_FUZZ_SMOKE_SECONDS each, default 30). PYJIT_RELIABILITY=0
# skips all of it.
set -euo pipefail
cd "$(dirname "$0")/.."
[ "${PYJIT_RELIABILITY:-1}" = 0 ] && { echo "reliability: skipped"; exit 0; }
t0=$SECONDS
bash scripts/sanitize.sh asan
bash scripts/sanitize.sh tsan
bash scripts/fuzz.sh smoke "${PYJIT_FUZZ_SMOKE_SECONDS:-30}"
echo "reliability: ok ($((SECONDS - t0)) s)"
