#ifndef CICU_BREAK_H
#define CICU_BREAK_H

#include <stdint.h>

/// Opaque ICU word break iterator. Not thread-safe: one per thread.
typedef struct cicu_word_breaker cicu_word_breaker;

/// Opens a word break iterator for `locale` (e.g. "th"). Returns NULL on error
/// and stores the ICU error code (> 0) in `*error`. Warnings (< 0) are not errors.
cicu_word_breaker *cicu_word_breaker_open(const char *locale, int32_t *error);

void cicu_word_breaker_close(cicu_word_breaker *breaker);

/// Word boundaries of `text` (UTF-16, `length` code units), written to
/// `boundaries` as UTF-16 offsets, ascending, starting with 0 and ending with
/// `length`. `statuses[i]` receives ICU's rule status of the segment ending at
/// `boundaries[i]` (0 for i == 0). Returns the number of boundaries, or
/// -(needed capacity) when `capacity` is too small, or INT32_MIN on ICU error.
int32_t cicu_word_breaker_boundaries(cicu_word_breaker *breaker,
                                     const uint16_t *text, int32_t length,
                                     int32_t *boundaries, int32_t *statuses,
                                     int32_t capacity);

#endif
