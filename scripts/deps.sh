#!/usr/bin/env bash
# scripts/deps.sh — installs the Debian 12 packages pyjit needs to build, test
# and benchmark (as root; skipped when everything is already there).
set -euo pipefail
PKGS=(llvm-19-dev clang-19 libclang-rt-19-dev libffi-dev libcriterion-dev meson ninja-build g++ gcc pkg-config
      python3 python3-numpy python3-dev python3-pytest valgrind gdb)
# Extra packages for benchmarks only (Numba comparison): PYJIT_BENCH_DEPS=1.
if [ "${PYJIT_BENCH_DEPS:-0}" = 1 ]; then PKGS+=(python3-numba); fi
missing=()
for p in "${PKGS[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "deps: installing ${missing[*]}"
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
