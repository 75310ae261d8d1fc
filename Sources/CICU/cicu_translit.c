#include "cicu_translit.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <unicode/utrans.h>
#include <unicode/utypes.h>

struct cicu_transliterator {
    UTransliterator *trans;
};

/// Wraps an opened ICU transliterator (or reports `status`): NULL with *error set on failure.
static cicu_transliterator *wrap(UTransliterator *trans, UErrorCode status, int32_t *error) {
    if (U_FAILURE(status)) {
        if (error) *error = (int32_t)status;
        return NULL;
    }
    cicu_transliterator *result = malloc(sizeof(cicu_transliterator));
    if (!result) {
        utrans_close(trans);
        if (error) *error = (int32_t)U_MEMORY_ALLOCATION_ERROR;
        return NULL;
    }
    result->trans = trans;
    if (error) *error = 0;
    return result;
}

cicu_transliterator *cicu_transliterator_open(const uint16_t *id, int32_t length, int32_t *error) {
    UErrorCode status = U_ZERO_ERROR;
    UTransliterator *trans = utrans_openU((const UChar *)id, length, UTRANS_FORWARD, NULL, 0, NULL, &status);
    return wrap(trans, status, error);
}

cicu_transliterator *cicu_transliterator_open_rules(const uint16_t *id, int32_t idLength,
                                                   const uint16_t *rules, int32_t rulesLength,
                                                   int32_t *error, int32_t *line, int32_t *offset) {
    UErrorCode status = U_ZERO_ERROR;
    UParseError parseError;
    memset(&parseError, 0, sizeof parseError);
    UTransliterator *trans = utrans_openU((const UChar *)id, idLength, UTRANS_FORWARD,
                                          (const UChar *)rules, rulesLength, &parseError, &status);
    if (line) *line = parseError.line;
    if (offset) *offset = parseError.offset;
    return wrap(trans, status, error);
}

void cicu_transliterator_close(cicu_transliterator *transliterator) {
    if (!transliterator) return;
    utrans_close(transliterator->trans);
    free(transliterator);
}

int32_t cicu_transliterate(cicu_transliterator *transliterator,
                           const uint16_t *text, int32_t length,
                           uint16_t *output, int32_t capacity) {
    /* utrans_transUChars works in place: copy into a buffer large enough. */
    int32_t bufferCapacity = length * 4 + 16;
    UChar *buffer = malloc(sizeof(UChar) * (size_t)bufferCapacity);
    if (!buffer) return INT32_MIN;
    memcpy(buffer, text, sizeof(UChar) * (size_t)length);
    int32_t textLength = length;
    int32_t limit = length;
    UErrorCode status = U_ZERO_ERROR;
    utrans_transUChars(transliterator->trans, buffer, &textLength, bufferCapacity, 0, &limit, &status);
    if (status == U_BUFFER_OVERFLOW_ERROR) {
        free(buffer);
        bufferCapacity = textLength + 16;
        buffer = malloc(sizeof(UChar) * (size_t)bufferCapacity);
        if (!buffer) return INT32_MIN;
        memcpy(buffer, text, sizeof(UChar) * (size_t)length);
        textLength = length;
        limit = length;
        status = U_ZERO_ERROR;
        utrans_transUChars(transliterator->trans, buffer, &textLength, bufferCapacity, 0, &limit, &status);
    }
    if (U_FAILURE(status)) {
        free(buffer);
        return INT32_MIN;
    }
    if (textLength > capacity) {
        free(buffer);
        return -textLength;
    }
    memcpy(output, buffer, sizeof(UChar) * (size_t)textLength);
    free(buffer);
    return textLength;
}
