#include "cicu_date.h"

#include <limits.h>
#include <stdlib.h>
#include <unicode/ucal.h>
#include <unicode/udat.h>
#include <unicode/utypes.h>

static UDateFormatSymbolType symbol_type(int32_t type) {
    switch (type) {
    case CICU_DATE_SYMBOL_ERAS: return UDAT_ERAS;
    case CICU_DATE_SYMBOL_ERA_NAMES: return UDAT_ERA_NAMES;
    case CICU_DATE_SYMBOL_MONTHS: return UDAT_MONTHS;
    case CICU_DATE_SYMBOL_SHORT_MONTHS: return UDAT_SHORT_MONTHS;
    case CICU_DATE_SYMBOL_WEEKDAYS: return UDAT_WEEKDAYS;
    default: return UDAT_SHORT_WEEKDAYS;
    }
}

int32_t cicu_date_symbols(const char *locale, int32_t type,
                          uint16_t *buffer, int32_t capacity,
                          int32_t *lengths, int32_t maxCount) {
    UErrorCode status = U_ZERO_ERROR;
    UDateFormat *format = udat_open(UDAT_LONG, UDAT_NONE, locale, NULL, 0, NULL, 0, &status);
    if (U_FAILURE(status)) return INT32_MIN;
    UDateFormatSymbolType kind = symbol_type(type);
    int32_t count = udat_countSymbols(format, kind);
    int32_t used = 0;
    int32_t fits = count <= maxCount;
    for (int32_t i = 0; i < count; i++) {
        UChar scratch[256];
        status = U_ZERO_ERROR;
        int32_t length = udat_getSymbols(format, kind, i, scratch, 256, &status);
        if (U_FAILURE(status)) { udat_close(format); return INT32_MIN; }
        if (fits && used + length <= capacity) {
            for (int32_t k = 0; k < length; k++) buffer[used + k] = scratch[k];
            lengths[i] = length;
        } else {
            fits = 0;
        }
        used += length;
    }
    udat_close(format);
    if (!fits) return -(used > 0 ? used : 1);
    return count;
}

struct cicu_calendar {
    UCalendar *buddhist;
    UCalendar *gregorian;
};

static UCalendar *open_calendar(const char *locale, UErrorCode *status) {
    static const UChar utc[] = {'U', 'T', 'C', 0};
    UCalendar *calendar = ucal_open(utc, -1, locale, UCAL_DEFAULT, status);
    if (U_FAILURE(*status)) return NULL;
    ucal_setAttribute(calendar, UCAL_LENIENT, 0);
    /* Proleptic Gregorian rules for all years (no Julian switch in 1582). ICU
       supports this only on the plain Gregorian calendar (U_UNSUPPORTED_ERROR on
       the Buddhist one, whose dates before BE 2125 therefore stay Julian). */
    UErrorCode change = U_ZERO_ERROR;
    ucal_setGregorianChange(calendar, -8.64e15, &change);
    return calendar;
}

cicu_calendar *cicu_calendar_open(int32_t *error) {
    UErrorCode status = U_ZERO_ERROR;
    UCalendar *buddhist = open_calendar("th_TH@calendar=buddhist", &status);
    if (!buddhist) { if (error) *error = (int32_t)status; return NULL; }
    UCalendar *gregorian = open_calendar("en_US@calendar=gregorian", &status);
    if (!gregorian) { ucal_close(buddhist); if (error) *error = (int32_t)status; return NULL; }
    cicu_calendar *calendar = malloc(sizeof(cicu_calendar));
    if (!calendar) {
        ucal_close(buddhist);
        ucal_close(gregorian);
        if (error) *error = (int32_t)U_MEMORY_ALLOCATION_ERROR;
        return NULL;
    }
    calendar->buddhist = buddhist;
    calendar->gregorian = gregorian;
    if (error) *error = 0;
    return calendar;
}

void cicu_calendar_close(cicu_calendar *calendar) {
    if (!calendar) return;
    ucal_close(calendar->buddhist);
    ucal_close(calendar->gregorian);
    free(calendar);
}

static void read_gregorian(UCalendar *calendar, int32_t *year, int32_t *month, int32_t *day,
                           UErrorCode *status) {
    int32_t era = ucal_get(calendar, UCAL_ERA, status);
    int32_t y = ucal_get(calendar, UCAL_YEAR, status);
    *year = era == 0 ? 1 - y : y; /* astronomical numbering for BC */
    *month = ucal_get(calendar, UCAL_MONTH, status) + 1;
    *day = ucal_get(calendar, UCAL_DATE, status);
}

static void set_fields(UCalendar *calendar, int32_t era, int32_t year, int32_t month, int32_t day) {
    ucal_clear(calendar);
    ucal_set(calendar, UCAL_ERA, era);
    ucal_set(calendar, UCAL_YEAR, year);
    ucal_set(calendar, UCAL_MONTH, month - 1);
    ucal_set(calendar, UCAL_DATE, day);
}

int32_t cicu_calendar_buddhist_to_gregorian(cicu_calendar *calendar,
                                            int32_t year, int32_t month, int32_t day,
                                            int32_t *gregorianYear, int32_t *gregorianMonth,
                                            int32_t *gregorianDay) {
    if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1) return U_ILLEGAL_ARGUMENT_ERROR;
    UErrorCode status = U_ZERO_ERROR;
    set_fields(calendar->buddhist, 0 /* BE */, year, month, day);
    UDate millis = ucal_getMillis(calendar->buddhist, &status);
    if (U_FAILURE(status)) return (int32_t)status;
    ucal_setMillis(calendar->gregorian, millis, &status);
    if (U_FAILURE(status)) return (int32_t)status;
    read_gregorian(calendar->gregorian, gregorianYear, gregorianMonth, gregorianDay, &status);
    return U_FAILURE(status) ? (int32_t)status : 0;
}

int32_t cicu_calendar_check_gregorian(cicu_calendar *calendar,
                                      int32_t year, int32_t month, int32_t day) {
    if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1) return U_ILLEGAL_ARGUMENT_ERROR;
    UErrorCode status = U_ZERO_ERROR;
    set_fields(calendar->gregorian, 1 /* AD */, year, month, day);
    ucal_getMillis(calendar->gregorian, &status);
    return U_FAILURE(status) ? (int32_t)status : 0;
}

int32_t cicu_calendar_day_of_week(cicu_calendar *calendar, int32_t year, int32_t month, int32_t day) {
    int32_t error = cicu_calendar_check_gregorian(calendar, year, month, day);
    if (error) return -error;
    UErrorCode status = U_ZERO_ERROR;
    int32_t weekday = ucal_get(calendar->gregorian, UCAL_DAY_OF_WEEK, &status);
    return U_FAILURE(status) ? -(int32_t)status : weekday;
}

int32_t cicu_calendar_add_gregorian(cicu_calendar *calendar, int32_t unit, int32_t amount,
                                    int32_t *year, int32_t *month, int32_t *day) {
    int32_t error = cicu_calendar_check_gregorian(calendar, *year, *month, *day);
    if (error) return error;
    UErrorCode status = U_ZERO_ERROR;
    UCalendarDateFields field = unit == CICU_CALENDAR_DAY ? UCAL_DATE
        : unit == CICU_CALENDAR_WEEK ? UCAL_WEEK_OF_YEAR
        : unit == CICU_CALENDAR_MONTH ? UCAL_MONTH : UCAL_YEAR;
    ucal_add(calendar->gregorian, field, amount, &status);
    if (U_FAILURE(status)) return (int32_t)status;
    read_gregorian(calendar->gregorian, year, month, day, &status);
    return U_FAILURE(status) ? (int32_t)status : 0;
}
