#ifndef CICU_TRANSLIT_H
#define CICU_TRANSLIT_H

#include <stdint.h>

/// Opaque ICU transliterator. Not thread-safe: one per thread, or guard it.
typedef struct cicu_transliterator cicu_transliterator;

/// Opens the transliterator with ICU id `id` (UTF-16, `length` units), e.g.
/// "Any-Latin; Latin-ASCII". Returns NULL on error and stores the ICU error
/// code (> 0) in `*error`. Warnings (< 0) are not errors.
cicu_transliterator *cicu_transliterator_open(const uint16_t *id, int32_t length, int32_t *error);

/// Opens a rule-based transliterator (UTRANS_FORWARD) named `id` from ICU transform `rules`
/// (UTF-16, `rulesLength` units). Returns NULL on error, storing the ICU error code (> 0) in
/// `*error` and ICU's parse position in `*line` and `*offset` (offset in UTF-16 units into the
/// rules; ICU reports line 0 for a rules string).
cicu_transliterator *cicu_transliterator_open_rules(const uint16_t *id, int32_t idLength,
                                                   const uint16_t *rules, int32_t rulesLength,
                                                   int32_t *error, int32_t *line, int32_t *offset);

void cicu_transliterator_close(cicu_transliterator *transliterator);

/// Transliterates `text` (UTF-16, `length` units) into `output` (capacity
/// `capacity` units). Returns the output length in UTF-16 units, or
/// -(needed capacity) when `capacity` is too small, or INT32_MIN on ICU error.
int32_t cicu_transliterate(cicu_transliterator *transliterator,
                           const uint16_t *text, int32_t length,
                           uint16_t *output, int32_t capacity);

#endif
