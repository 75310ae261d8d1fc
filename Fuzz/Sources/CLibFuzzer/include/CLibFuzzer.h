// libFuzzer's entry point for programs with their own main (LLVM >= 11). Provided by the
// fuzzer runtime that `-sanitize=fuzzer` links; declared here so Swift can call it.
#ifndef CLIBFUZZER_H
#define CLIBFUZZER_H
#include <stddef.h>
#include <stdint.h>

/// Runs libFuzzer with the command line `argc`/`argv` on `callback`, which gets one input
/// (`size` bytes) per call and returns 0. Returns libFuzzer's exit code.
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));

#endif
