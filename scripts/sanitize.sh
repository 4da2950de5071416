#!/usr/bin/env bash
# scripts/sanitize.sh — the test suite under sanitizers (gcc builds next to
# the normal one):
#   scripts/sanitize.sh [asan] [MESON TEST ARGS]   ASan+UBSan build of the whole
#       suite in build-asan/ (meson setup -Db_sanitize=address,undefined), every
#       test; any error report, leak or UB fails the test (halt_on_error).
#   scripts/sanitize.sh tsan [MESON TEST ARGS]     ThreadSanitizer build in
#       build-tsan/ running the thread stress test (tests/stress).
# The valgrind tests are not registered in sanitizer builds.
set -euo pipefail
cd "$(dirname "$0")/.."
mode=asan
case ${1:-} in asan | tsan) mode=$1; shift ;; esac
export ASAN_OPTIONS=${ASAN_OPTIONS:-halt_on_error=1:abort_on_error=1:detect_leaks=1:print_summary=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:abort_on_error=1:print_stacktrace=1:print_summary=1}
export TSAN_OPTIONS=${TSAN_OPTIONS:-halt_on_error=1:abort_on_error=1:second_deadlock_stack=1}
if [ "$mode" = asan ]; then
    [ -f build-asan/build.ninja ] || meson setup build-asan -Db_sanitize=address,undefined >/dev/null
    ninja -C build-asan
    if [ $# -gt 0 ]; then
        meson test -C build-asan --no-rebuild --print-errorlogs --num-processes 2 "$@"
        exit
    fi
    # Tests that run outside an instrumented executable get a second pass:
    # python* load the instrumented extension into /usr/bin/python3 (the ASan
    # runtime must be preloaded; CPython's exit-time allocations are not
    # leaks), debug-gdb runs under ptrace (LeakSanitizer cannot).
    all=$(meson test -C build-asan --list 2>/dev/null | sed -n 's|^[^ ]* / ||p')
    main=() py=() nolsan=()
    for t in $all; do
        case $t in
        python | python-*) py+=("$t") ;;
        debug-gdb*) nolsan+=("$t") ;;
        *) main+=("$t") ;;
        esac
    done
    meson test -C build-asan --no-rebuild --print-errorlogs --num-processes 2 "${main[@]}"
    if [ ${#py[@]} -gt 0 ]; then
        LD_PRELOAD=$(gcc -print-file-name=libasan.so) ASAN_OPTIONS=$ASAN_OPTIONS:detect_leaks=0 \
            meson test -C build-asan --no-rebuild --print-errorlogs "${py[@]}"
    fi
    if [ ${#nolsan[@]} -gt 0 ]; then
        ASAN_OPTIONS=$ASAN_OPTIONS:detect_leaks=0 \
            meson test -C build-asan --no-rebuild --print-errorlogs "${nolsan[@]}"
    fi
else
    [ -f build-tsan/build.ninja ] || meson setup build-tsan -Db_sanitize=thread >/dev/null
    ninja -C build-tsan tests/stress/stress
    # setarch -R: gcc 12's TSan cannot map its shadow under high ASLR entropy.
    setarch "$(uname -m)" -R meson test -C build-tsan --no-rebuild --print-errorlogs stress-threads "$@"
fi
