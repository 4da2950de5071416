#!/usr/bin/env bash
# bench/run.sh [--size small|large] [KERNEL...] — runs the shared benchmark
# kernels through pyjit, next to CPython, Numba and the C references
# (clang-19 -O3 -march=native), in one run, using ../shared/bench/compare.py.
# Needs python3-numba (PYJIT_BENCH_DEPS=1 scripts/deps.sh installs it).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
SHARED=${PYJIT_SHARED:-$ROOT/../shared}
PYJIT_BENCH_DEPS=1 bash scripts/deps.sh
bash scripts/build.sh build >/dev/null
mkdir -p bench/results
export BENCH_BUILD_DIR=$ROOT/bench/build
cd "$SHARED/bench"
exec /usr/bin/python3 compare.py --pyjit "$ROOT/build/cli/pyjit" "$@"
