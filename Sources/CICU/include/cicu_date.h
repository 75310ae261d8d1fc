#ifndef CICU_DATE_H
#define CICU_DATE_H

#include <stdint.h>

/// Kinds of date symbols (mirrors ICU's UDateFormatSymbolType without including ICU).
#define CICU_DATE_SYMBOL_ERAS 0           /* abbreviated era names, e.g. "พ.ศ." */
#define CICU_DATE_SYMBOL_ERA_NAMES 1      /* full era names, e.g. "พุทธศักราช" */
#define CICU_DATE_SYMBOL_MONTHS 2         /* full month names, January first */
#define CICU_DATE_SYMBOL_SHORT_MONTHS 3   /* abbreviated month names, January first */
#define CICU_DATE_SYMBOL_WEEKDAYS 4       /* full weekday names; index 0 is empty, 1 = Sunday */
#define CICU_DATE_SYMBOL_SHORT_WEEKDAYS 5 /* abbreviated weekday names; index 0 is empty */

/// Date symbols of `locale` (e.g. "th_TH@calendar=buddhist") of kind `type`,
/// written one after another (UTF-16, no terminators) into `buffer`; the UTF-16
/// length of symbol i goes to `lengths[i]`. Returns the number of symbols,
/// -(needed buffer capacity) when `capacity` or `maxCount` is too small, or
/// INT32_MIN on ICU error.
int32_t cicu_date_symbols(const char *locale, int32_t type,
                          uint16_t *buffer, int32_t capacity,
                          int32_t *lengths, int32_t maxCount);

/// Opaque pair of ICU calendars (Buddhist and Gregorian, UTC, strict, proleptic).
/// Not thread-safe: guard it or use one per thread.
typedef struct cicu_calendar cicu_calendar;

/// Opens the calendars. Returns NULL and sets `*error` (> 0) on failure.
cicu_calendar *cicu_calendar_open(int32_t *error);
void cicu_calendar_close(cicu_calendar *calendar);

/// Converts a Buddhist-era date (era BE; month 1-12; day 1-31) to the
/// proleptic Gregorian calendar through ICU. Returns 0, or an ICU error code
/// (> 0) when the date does not exist (strict calendar, e.g. 31 February).
int32_t cicu_calendar_buddhist_to_gregorian(cicu_calendar *calendar,
                                            int32_t year, int32_t month, int32_t day,
                                            int32_t *gregorianYear, int32_t *gregorianMonth,
                                            int32_t *gregorianDay);

/// Checks a Gregorian (CE) date and normalises it through ICU's calendar.
/// Returns 0, or an ICU error code (> 0) when the date does not exist.
int32_t cicu_calendar_check_gregorian(cicu_calendar *calendar,
                                      int32_t year, int32_t month, int32_t day);

/// Field units for `cicu_calendar_add_gregorian`.
#define CICU_CALENDAR_DAY 0
#define CICU_CALENDAR_WEEK 1
#define CICU_CALENDAR_MONTH 2
#define CICU_CALENDAR_YEAR 3

/// Adds `amount` `unit`s to the Gregorian date in `*year`, `*month` (1-12),
/// `*day` (ICU calendar arithmetic), in place. Returns 0 or an ICU error code (> 0).
int32_t cicu_calendar_add_gregorian(cicu_calendar *calendar, int32_t unit, int32_t amount,
                                    int32_t *year, int32_t *month, int32_t *day);

/// The day of the week of a Gregorian date through ICU: 1 = Sunday … 7 = Saturday,
/// or -(ICU error code) when the date does not exist.
int32_t cicu_calendar_day_of_week(cicu_calendar *calendar, int32_t year, int32_t month, int32_t day);

#endif
