#!/usr/bin/env bash
# scripts/build.sh [BUILDDIR] [meson options...] — configures (once) and builds.
set -euo pipefail
cd "$(dirname "$0")/.."
B=${1:-build}; shift || true
if [ ! -f "$B/build.ninja" ]; then
  meson setup "$B" "$@" >/dev/null
fi
ninja -C "$B" >/dev/null
echo "build: $B ok"
