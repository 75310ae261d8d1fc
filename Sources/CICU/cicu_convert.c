#include "cicu_convert.h"

#include <stdlib.h>
#include <unicode/ucnv.h>
#include <unicode/ucnv_err.h>
#include <unicode/ustring.h>
#include <unicode/utypes.h>

uint8_t *cicu_convert_to_utf8(const char *charset, const uint8_t *input, int32_t length,
                              int32_t *output_length, int32_t *error, int32_t *error_offset) {
    *output_length = 0;
    *error = 0;
    *error_offset = -1;
    UErrorCode status = U_ZERO_ERROR;
    UConverter *converter = ucnv_open(charset, &status);
    if (U_FAILURE(status)) {
        *error = (int32_t)status;
        return NULL;
    }
    ucnv_setToUCallBack(converter, UCNV_TO_U_CALLBACK_STOP, NULL, NULL, NULL, &status);
    // At most two UTF-16 units per input byte, whatever the charset.
    int64_t units_capacity = (int64_t)length * 2 + 16;
    UChar *units = malloc((size_t)units_capacity * sizeof(UChar));
    if (!units) {
        ucnv_close(converter);
        *error = (int32_t)U_MEMORY_ALLOCATION_ERROR;
        return NULL;
    }
    const char *source = (const char *)input;
    const char *source_limit = source + length;
    UChar *target = units;
    ucnv_toUnicode(converter, &target, units + units_capacity, &source, source_limit, NULL, 1, &status);
    if (U_FAILURE(status)) {
        char invalid[32];
        int8_t invalid_length = sizeof(invalid);
        UErrorCode ignored = U_ZERO_ERROR;
        ucnv_getInvalidChars(converter, invalid, &invalid_length, &ignored);
        if (U_FAILURE(ignored)) invalid_length = 0;
        *error = (int32_t)status;
        *error_offset = (int32_t)(source - (const char *)input) - invalid_length;
        free(units);
        ucnv_close(converter);
        return NULL;
    }
    ucnv_close(converter);
    int32_t unit_count = (int32_t)(target - units);
    int64_t capacity = (int64_t)unit_count * 3 + 1;
    uint8_t *utf8 = malloc((size_t)capacity);
    if (!utf8) {
        free(units);
        *error = (int32_t)U_MEMORY_ALLOCATION_ERROR;
        return NULL;
    }
    status = U_ZERO_ERROR;
    int32_t written = 0;
    u_strToUTF8((char *)utf8, (int32_t)capacity, &written, units, unit_count, &status);
    free(units);
    if (U_FAILURE(status)) {
        free(utf8);
        *error = (int32_t)status;
        return NULL;
    }
    *output_length = written;
    return utf8;
}

void cicu_convert_free(uint8_t *buffer) {
    free(buffer);
}
