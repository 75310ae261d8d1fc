#include "cicu_normalize.h"

#include <limits.h>
#include <stdlib.h>
#include <unicode/unorm2.h>
#include <unicode/utf16.h>
#include <unicode/utypes.h>

static const UNormalizer2 *nfc_instance(UErrorCode *status) {
    return unorm2_getNFCInstance(status);
}

int32_t cicu_nfc_non_inert_bmp(uint8_t *bits) {
    UErrorCode status = U_ZERO_ERROR;
    const UNormalizer2 *nfc = nfc_instance(&status);
    if (U_FAILURE(status)) return (int32_t)status;
    for (int32_t i = 0; i < 8192; i++) bits[i] = 0;
    for (UChar32 c = 0; c < 0x10000; c++) {
        if (!unorm2_isInert(nfc, c)) bits[c >> 3] |= (uint8_t)(1u << (c & 7));
    }
    return 0;
}

int32_t cicu_nfc_is_inert(uint32_t c) {
    UErrorCode status = U_ZERO_ERROR;
    const UNormalizer2 *nfc = nfc_instance(&status);
    if (U_FAILURE(status)) return -(int32_t)status;
    return unorm2_isInert(nfc, (UChar32)c) ? 1 : 0;
}

/// A growable UTF-16 buffer.
typedef struct {
    UChar *units;
    int32_t length;
    int32_t capacity;
} buffer16;

static int reserve16(buffer16 *b, int32_t capacity) {
    if (b->capacity >= capacity) return 1;
    int32_t grown = b->capacity * 2 > capacity ? b->capacity * 2 : capacity;
    UChar *units = realloc(b->units, sizeof(UChar) * (size_t)grown);
    if (!units) return 0;
    b->units = units;
    b->capacity = grown;
    return 1;
}

int32_t cicu_nfc_segments(const uint32_t *text, int32_t length,
                          uint32_t *out, int32_t *out_start, int32_t *out_end,
                          int32_t capacity) {
    UErrorCode status = U_ZERO_ERROR;
    const UNormalizer2 *nfc = nfc_instance(&status);
    if (U_FAILURE(status)) return INT32_MIN;
    buffer16 segment = {0}, normalized = {0};
    int32_t written = 0;
    int32_t failed = 0;
    int32_t start = 0;
    while (start < length && !failed) {
        int32_t end = start + 1;
        while (end < length && !unorm2_hasBoundaryBefore(nfc, (UChar32)text[end])) end++;
        int32_t count = end - start;
        int single_inert = count == 1 && unorm2_isInert(nfc, (UChar32)text[start]);
        if (!single_inert) {
            if (!reserve16(&segment, count * 2)) { failed = 1; break; }
            segment.length = 0;
            for (int32_t i = start; i < end; i++) {
                U16_APPEND_UNSAFE(segment.units, segment.length, (UChar32)text[i]);
            }
            status = U_ZERO_ERROR;
            UBool already = unorm2_isNormalized(nfc, segment.units, segment.length, &status);
            if (U_FAILURE(status)) { failed = 1; break; }
            if (!already) {
                int32_t needed = segment.length * 3 + 8;
                if (!reserve16(&normalized, needed)) { failed = 1; break; }
                status = U_ZERO_ERROR;
                normalized.length = unorm2_normalize(nfc, segment.units, segment.length,
                                                     normalized.units, normalized.capacity, &status);
                if (U_FAILURE(status)) { failed = 1; break; }
                int32_t k = 0;
                while (k < normalized.length) {
                    UChar32 c;
                    U16_NEXT_UNSAFE(normalized.units, k, c);
                    if (written < capacity) {
                        out[written] = (uint32_t)c;
                        out_start[written] = start;
                        out_end[written] = end;
                    }
                    written++;
                }
                start = end;
                continue;
            }
        }
        for (int32_t i = start; i < end; i++) {
            if (written < capacity) {
                out[written] = text[i];
                out_start[written] = i;
                out_end[written] = i + 1;
            }
            written++;
        }
        start = end;
    }
    free(segment.units);
    free(normalized.units);
    if (failed) return INT32_MIN;
    return written <= capacity ? written : -written;
}
