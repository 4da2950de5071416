#!/usr/bin/env bash
# scripts/fuzz.sh — builds and runs the libFuzzer targets of fuzz/ (a separate
# clang-19 build, ASan+UBSan+coverage; the gcc build is untouched).
#   scripts/fuzz.sh build                  configure + build build-fuzz/
#   scripts/fuzz.sh smoke [SECONDS]        every target SECONDS (default 40), two at a
#                                          time; fails on any crash, hang (> 10 s), leak
#   scripts/fuzz.sh run TARGET SECONDS     a long run (fork mode: keeps going after a
#                                          crash); corpus build-fuzz/corpus/TARGET,
#                                          crashes build-fuzz/artifacts/TARGET/
#   scripts/fuzz.sh list                   the targets
# TARGET is frontend, pipeline, signature or cli_args. See fuzz/README.md.
set -euo pipefail
cd "$(dirname "$0")/.."
B=${PYJIT_FUZZ_BUILD:-build-fuzz}
TARGETS=(frontend pipeline signature cli_args)

seeds() { # the read-only seed directories of a target
    case $1 in
    frontend) echo "fuzz/corpus/pipeline tests/errors fuzz/regress/frontend" ;;
    pipeline) echo "fuzz/corpus/pipeline fuzz/regress/pipeline" ;;
    signature) echo "fuzz/corpus/signature fuzz/regress/signature" ;;
    cli_args) echo "fuzz/corpus/cli_args fuzz/regress/cli_args" ;;
    *) echo "fuzz.sh: unknown target $1" >&2; exit 64 ;;
    esac
}
flags() { # target-specific libFuzzer flags
    case $1 in
    frontend | pipeline) echo "-dict=fuzz/python.dict -max_len=4000" ;;
    *) echo "-max_len=256" ;;
    esac
}

build() {
    if [ ! -f "$B/build.ninja" ]; then
        CC=clang-19 CXX=clang++-19 meson setup "$B" -Dfuzz=true -Dtests=false \
            -Db_sanitize=address,undefined -Db_lundef=false \
            -Dc_args="-fsanitize=fuzzer-no-link -fno-sanitize-recover=all" >/dev/null
    fi
    ninja -C "$B" $(for t in "${TARGETS[@]}"; do echo "fuzz/fuzz_$t"; done) >/dev/null
}

# run TARGET SECONDS MODE(smoke|long)
run_one() {
    local t=$1 secs=$2 mode=$3
    local work="$B/corpus/$t" art="$B/artifacts/$t"
    mkdir -p "$work" "$art"
    local extra=(-timeout=10 -rss_limit_mb=4096 -malloc_limit_mb=4096 -max_total_time="$secs"
                 -artifact_prefix="$art/" -print_final_stats=1)
    if [ "$mode" = long ]; then
        extra+=(-fork=1 -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1)
    else
        work=$(mktemp -d) # smoke: do not grow the long-run corpus
    fi
    # shellcheck disable=SC2046
    "$B/fuzz/fuzz_$t" $(flags "$t") "${extra[@]}" "$work" $(seeds "$t")
}

case ${1:-} in
build) build ;;
list) printf '%s\n' "${TARGETS[@]}" ;;
run)
    [ $# = 3 ] || { echo "usage: scripts/fuzz.sh run TARGET SECONDS" >&2; exit 64; }
    build
    run_one "$2" "$3" long
    ;;
smoke)
    secs=${2:-40}
    if ! command -v clang-19 >/dev/null; then echo "fuzz.sh: clang-19 missing: skipped"; exit 0; fi
    build
    logs=$(mktemp -d)
    fail=0
    # Two targets at a time (CI machines have 2 cores).
    for pair in "frontend pipeline" "signature cli_args"; do
        pids=()
        for t in $pair; do
            run_one "$t" "$secs" smoke >"$logs/$t.log" 2>&1 &
            pids+=($!)
        done
        i=0
        for t in $pair; do
            if wait "${pids[$i]}"; then
                echo "fuzz smoke $t: ok ($(grep -o 'stat::number_of_executed_units: *[0-9]*' "$logs/$t.log" | grep -o '[0-9]*$') execs)"
            else
                echo "fuzz smoke $t: FAILED"; tail -60 "$logs/$t.log"; fail=1
            fi
            i=$((i + 1))
        done
    done
    rm -rf "$logs"
    exit $fail
    ;;
*) sed -n '2,11p' "$0" | sed 's/^# \{0,1\}//'; exit 64 ;;
esac
