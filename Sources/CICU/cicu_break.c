#include "cicu_break.h"

#include <limits.h>
#include <stdlib.h>
#include <unicode/ubrk.h>
#include <unicode/utypes.h>

struct cicu_word_breaker {
    UBreakIterator *iterator;
};

cicu_word_breaker *cicu_word_breaker_open(const char *locale, int32_t *error) {
    UErrorCode status = U_ZERO_ERROR;
    UBreakIterator *iterator = ubrk_open(UBRK_WORD, locale, NULL, 0, &status);
    if (U_FAILURE(status)) {
        if (error) *error = (int32_t)status;
        return NULL;
    }
    cicu_word_breaker *breaker = malloc(sizeof(cicu_word_breaker));
    if (!breaker) {
        ubrk_close(iterator);
        if (error) *error = (int32_t)U_MEMORY_ALLOCATION_ERROR;
        return NULL;
    }
    breaker->iterator = iterator;
    if (error) *error = 0;
    return breaker;
}

void cicu_word_breaker_close(cicu_word_breaker *breaker) {
    if (!breaker) return;
    ubrk_close(breaker->iterator);
    free(breaker);
}

int32_t cicu_word_breaker_boundaries(cicu_word_breaker *breaker,
                                     const uint16_t *text, int32_t length,
                                     int32_t *boundaries, int32_t *statuses,
                                     int32_t capacity) {
    UErrorCode status = U_ZERO_ERROR;
    ubrk_setText(breaker->iterator, (const UChar *)text, length, &status);
    if (U_FAILURE(status)) return INT32_MIN;
    int32_t count = 0;
    for (int32_t b = ubrk_first(breaker->iterator); b != UBRK_DONE; b = ubrk_next(breaker->iterator)) {
        if (count < capacity) {
            boundaries[count] = b;
            statuses[count] = count == 0 ? 0 : ubrk_getRuleStatus(breaker->iterator);
        }
        count++;
    }
    return count <= capacity ? count : -count;
}
