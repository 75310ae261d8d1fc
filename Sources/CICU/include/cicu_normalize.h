#ifndef CICU_NORMALIZE_H
#define CICU_NORMALIZE_H

#include <stdint.h>

/// Fills `bits` (8192 bytes, one bit per BMP code point, bit `c & 7` of byte
/// `c >> 3`) with 1 where the code point is NOT inert under NFC (ICU's
/// `unorm2_isInert`), i.e. where NFC may change it or its neighbours.
/// Returns 0, or the ICU error code (> 0).
int32_t cicu_nfc_non_inert_bmp(uint8_t *bits);

/// 1 if code point `c` is inert under NFC, 0 if not, or -(ICU error code).
int32_t cicu_nfc_is_inert(uint32_t c);

/// NFC of `text` (`length` code points, UTF-32), segment by segment: the text
/// is cut before every code point that has an NFC boundary before it
/// (`unorm2_hasBoundaryBefore`), and each segment is normalised on its own.
/// Writes the result code points to `out`; for each of them, `out_start` and
/// `out_end` receive the code point offsets in `text` of the segment it came
/// from — or of the code point itself when the segment was already normalised.
/// Returns the number of code points written, -(needed capacity) when
/// `capacity` is too small, or INT32_MIN on ICU error.
int32_t cicu_nfc_segments(const uint32_t *text, int32_t length,
                          uint32_t *out, int32_t *out_start, int32_t *out_end,
                          int32_t capacity);

#endif
