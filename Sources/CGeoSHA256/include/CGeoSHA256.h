#ifndef CGEOSHA256_H
#define CGEOSHA256_H

#include <stddef.h>
#include <stdint.h>

/// Whether this processor has the x86 SHA extensions (and the SSSE3 and SSE4.1 they are used
/// with): 1 or 0. Always 0 on other architectures.
int geo_sha256_has_hardware(void);

/// Compresses `blocks` consecutive 64-byte blocks at `data` into `state` (a, b, ..., h) with the
/// SHA extensions. Call only when geo_sha256_has_hardware() returned 1.
void geo_sha256_compress_hardware(uint32_t state[8], const uint8_t *data, size_t blocks);

#endif
