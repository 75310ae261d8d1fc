#ifndef CICU_CONVERT_H
#define CICU_CONVERT_H

#include <stdint.h>

/// Converts `length` bytes in the charset named `charset` (an ICU converter
/// name, e.g. "windows-874") to UTF-8 with ICU's ucnv, stopping at the first
/// byte sequence the charset does not map.
///
/// Returns a malloc'd buffer (free it with `cicu_convert_free`) holding
/// `*output_length` UTF-8 bytes, or NULL on failure. On failure `*error` is the
/// ICU error code (> 0; U_INVALID_CHAR_FOUND = 10, U_ILLEGAL_CHAR_FOUND = 12 for
/// unmapped or illegal input) and `*error_offset` the byte offset in the input
/// of the offending sequence (-1 when unknown).
uint8_t *cicu_convert_to_utf8(const char *charset, const uint8_t *input, int32_t length,
                              int32_t *output_length, int32_t *error, int32_t *error_offset);

void cicu_convert_free(uint8_t *buffer);

#endif
