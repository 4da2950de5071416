#!/usr/bin/env python3
"""Runs a test program under a memory checker; exit 77 (skipped) when the
checker is not installed.

usage: memcheck.py lsan [--asan] PROGRAM ARGS...
       memcheck.py valgrind PROGRAM ARGS...

lsan: LeakSanitizer. In an ASan build (--asan) the program already carries
it; otherwise gcc's standalone liblsan is preloaded. Any leak fails (exit 23).
valgrind: memcheck with --error-exitcode; invalid reads/writes, uses of
uninitialised values and definite/indirect leaks fail (exit 99).
"""
import os
import shutil
import subprocess
import sys


def main():
    if len(sys.argv) < 3 or sys.argv[1] not in ("lsan", "valgrind"):
        sys.exit(__doc__)
    mode, argv = sys.argv[1], sys.argv[2:]
    env = dict(os.environ)
    if mode == "lsan":
        if argv[0] == "--asan":
            argv = argv[1:]
            env["ASAN_OPTIONS"] = "detect_leaks=1:exitcode=23:" + env.get("ASAN_OPTIONS", "")
        else:
            cc = shutil.which("gcc") or shutil.which("cc")
            lib = ""
            if cc:
                lib = subprocess.run([cc, "-print-file-name=liblsan.so"], capture_output=True,
                                     text=True).stdout.strip()
            if not lib or not os.path.isabs(lib) or not os.path.exists(lib):
                print("liblsan.so not found: skipped")
                sys.exit(77)
            env["LD_PRELOAD"] = lib
            env["LSAN_OPTIONS"] = "exitcode=23:" + env.get("LSAN_OPTIONS", "")
        cmd = argv
    else:
        vg = shutil.which("valgrind")
        if not vg:
            print("valgrind not found: skipped")
            sys.exit(77)
        # The flags (and suppressions) of tests/valgrind/memcheck.sh; Criterion
        # runs each test in a child process, CPython (expected values) is not
        # checked.
        cmd = [vg, "-q", "--error-exitcode=99", "--leak-check=full",
               "--errors-for-leak-kinds=definite,indirect",
               "--show-leak-kinds=definite,indirect", "--num-callers=30",
               "--trace-children=yes", "--trace-children-skip=*python*,*/sh"]
        supp = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "valgrind",
                            "pyjit.supp")
        if os.path.exists(supp):
            cmd.append("--suppressions=" + supp)
        cmd += argv
    print(" ".join(cmd), flush=True)
    sys.exit(subprocess.run(cmd, env=env).returncode)


if __name__ == "__main__":
    main()
