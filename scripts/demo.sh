#!/usr/bin/env bash
# scripts/demo.sh — sets everything up and runs the demo: installs missing
# packages, builds pyjit, then compiles and runs examples/kernel.py, times it
# next to CPython, and shows an excerpt of the optimised IR and assembly.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/deps.sh
bash scripts/build.sh build
exec bash examples/demo.sh build/cli/pyjit
