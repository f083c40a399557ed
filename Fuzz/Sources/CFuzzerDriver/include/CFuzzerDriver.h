#ifndef GEO_AI_FUZZER_DRIVER_H
#define GEO_AI_FUZZER_DRIVER_H

#include <stddef.h>
#include <stdint.h>

/// libFuzzer's driver (compiler-rt, linked by -sanitize=fuzzer): parses the libFuzzer flags in
/// argv and runs `callback` on each input. Each harness's main.swift calls it, because SwiftPM
/// renames an executable's `main` on Linux and libFuzzer's own `main` is then never linked.
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));

#endif
