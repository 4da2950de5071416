#!/usr/bin/env bash
# examples/demo.sh PYJIT — compiles and runs examples/kernel.py with pyjit,
# times it next to CPython, and shows excerpts of the optimised IR and asm.
set -euo pipefail
# PYJIT is relative to the caller's directory: resolve it before the cd
PYJIT=$(realpath "${1:-$(dirname "$0")/../build/cli/pyjit}")
cd "$(dirname "$0")"
PY=/usr/bin/python3; [ -x "$PY" ] || PY=python3
N=2000000
LIMIT=300000

hr() { printf '\n=== %s ===\n' "$*"; }

hr "kernel (examples/kernel.py)"
sed -n '/^@jit/,/return s \* h/p' kernel.py

hr "pyjit run --bench 5 kernel.py integrate 0.0 10.0 $N"
pj_out=$("$PYJIT" run --bench 5 kernel.py integrate 0.0 10.0 $N 2>/tmp/pyjit-demo.err)
cat /tmp/pyjit-demo.err
echo "result: $pj_out"

hr "CPython ($PY) on the same kernel"
py_ms=$(PYTHONPATH=cpython_shim "$PY" - "$N" <<'PYEOF'
import sys, time, kernel
n = int(sys.argv[1])
t = time.perf_counter(); r = kernel.integrate(0.0, 10.0, n); dt = (time.perf_counter() - t) * 1e3
print(repr(r), file=sys.stderr); print("%.1f" % dt)
PYEOF
)
echo "run_ms: $py_ms"
pj_ms=$(sed -n 's/^run_ms_median: *//p' /tmp/pyjit-demo.err)
pj_c=$(sed -n 's/^compile_ms: *//p' /tmp/pyjit-demo.err)
hr "speed-up"
awk -v p="$py_ms" -v j="$pj_ms" -v c="$pj_c" 'BEGIN {
  printf "CPython %.1f ms, pyjit %.3f ms (+ %.1f ms compile once): %.0fx faster\n", p, j, c, p / j }'

hr "second kernel: collatz_longest($LIMIT) -> tuple"
"$PYJIT" run kernel.py collatz_longest $LIMIT

# (the excerpts read all of their input: an early exit would SIGPIPE the
# dump, which fails the script under pipefail)
hr "optimised LLVM IR (excerpt: the loop body)"
"$PYJIT" dump --emit=llvm-opt kernel.py integrate --sig "float64, float64, int64" \
  | awk '/^define/ {p = 1} p && k < 40 {print; k++}'

hr "host assembly (excerpt)"
"$PYJIT" dump --emit=asm kernel.py integrate --sig "float64, float64, int64" \
  | grep -v '^\s*\.\(cfi\|p2align\|file\)' | awk 'NF && k < 40 {print; k++}'
