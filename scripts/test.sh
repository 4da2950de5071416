#!/usr/bin/env bash
# scripts/test.sh — the whole test suite from a fresh Debian 12 machine:
# installs missing packages, configures, builds (warnings are errors) and runs
# every suite (Criterion per stage, golden CPython cases, API host tests).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/deps.sh
bash scripts/build.sh build-test -Dwerror=true
meson test -C build-test --print-errorlogs --num-processes 2 "$@"
bash scripts/reliability.sh # ASan+UBSan suite, TSan stress test, fuzz smoke (issue 4); PYJIT_RELIABILITY=0 skips
