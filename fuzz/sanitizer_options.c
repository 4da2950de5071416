/* fuzz/sanitizer_options.c — default ASan/UBSan options of the libFuzzer
 * targets: a huge allocation fails (the kernel gets MemoryError) instead of
 * aborting the fuzzer, and any UB stops the run. */
const char *__asan_default_options(void);
const char *__ubsan_default_options(void);

const char *__asan_default_options(void)
{
    return "allocator_may_return_null=1:max_allocation_size_mb=1024:detect_leaks=1";
}

const char *__ubsan_default_options(void)
{
    return "halt_on_error=1:print_stacktrace=1";
}
