import CICU
import Foundation

/// ICU's Buddhist and Gregorian calendars: the one place where Buddhist-era
/// (BE) dates become Christian-era (CE) dates, and where date arithmetic happens.
///
/// Thread-safe: the ICU calendars are guarded by a lock. Calls are rare (one per
/// date found), so the lock is never contended in practice.
public final class ThaiCalendar: @unchecked Sendable {
    /// Calendar units for `adding(_:_:to:)`.
    public enum Unit: Int32, Sendable {
        case day = 0, week = 1, month = 2, year = 3
    }

    /// A calendar shared by all extractors (nil only if ICU lacks the Buddhist calendar).
    public static let shared: ThaiCalendar? = try? ThaiCalendar()

    private let handle: OpaquePointer
    private let lock = NSLock()

    public init() throws {
        var error: Int32 = 0
        guard let handle = cicu_calendar_open(&error) else {
            throw ICUError(code: error, operation: "ucal_open(th_TH@calendar=buddhist)")
        }
        self.handle = handle
    }

    deinit { cicu_calendar_close(handle) }

    /// The Gregorian date of BE `year`, `month` (1-12), `day`, or nil when that
    /// day does not exist (e.g. 31 February 2565).
    public func gregorian(buddhistYear year: Int, month: Int, day: Int) -> CivilDate? {
        guard let y = Int32(exactly: year) else { return nil }
        var gy: Int32 = 0, gm: Int32 = 0, gd: Int32 = 0
        let error = lock.withLock {
            cicu_calendar_buddhist_to_gregorian(handle, y, Int32(month), Int32(day), &gy, &gm, &gd)
        }
        return error == 0 ? CivilDate(year: Int(gy), month: Int(gm), day: Int(gd)) : nil
    }

    /// The CE year in which most of BE `year` falls (ICU's Buddhist calendar
    /// starts its years on 1 January, as Thailand has since BE 2484).
    public func gregorianYear(buddhistYear year: Int) -> Int? {
        gregorian(buddhistYear: year, month: 6, day: 1)?.year
    }

    /// `date` if it exists in the Gregorian calendar, else nil.
    public func checked(_ date: CivilDate) -> CivilDate? {
        guard let y = Int32(exactly: date.year) else { return nil }
        let error = lock.withLock {
            cicu_calendar_check_gregorian(handle, y, Int32(date.month), Int32(date.day))
        }
        return error == 0 ? date : nil
    }

    /// `date` moved by `amount` `unit`s with ICU's calendar arithmetic.
    public func adding(_ amount: Int, _ unit: Unit, to date: CivilDate) -> CivilDate? {
        guard let y = Int32(exactly: date.year), let a = Int32(exactly: amount) else { return nil }
        var year = y, month = Int32(date.month), day = Int32(date.day)
        let error = lock.withLock {
            cicu_calendar_add_gregorian(handle, unit.rawValue, a, &year, &month, &day)
        }
        return error == 0 ? CivilDate(year: Int(year), month: Int(month), day: Int(day)) : nil
    }

    /// The weekday of `date` through ICU: 1 = Sunday … 7 = Saturday (ICU's and
    /// `udat_getSymbols`' numbering); nil if the date does not exist.
    public func weekday(of date: CivilDate) -> Int? {
        guard let y = Int32(exactly: date.year) else { return nil }
        let weekday = lock.withLock { cicu_calendar_day_of_week(handle, y, Int32(date.month), Int32(date.day)) }
        return weekday > 0 ? Int(weekday) : nil
    }

    /// Date symbols of `locale` from ICU (`udat_getSymbols`), e.g. the Thai month names.
    public static func symbols(locale: String, type: Int32) throws -> [String] {
        var buffer = [UInt16](repeating: 0, count: 1024)
        var lengths = [Int32](repeating: 0, count: 64)
        while true {
            let count = cicu_date_symbols(locale, type, &buffer, Int32(buffer.count), &lengths, Int32(lengths.count))
            if count == Int32.min { throw ICUError(code: 1, operation: "udat_getSymbols(\(locale))") }
            if count < 0 {
                buffer = [UInt16](repeating: 0, count: Int(-count) * 2)
                lengths = [Int32](repeating: 0, count: lengths.count * 2)
                continue
            }
            var result: [String] = []
            var offset = 0
            for i in 0..<Int(count) {
                let length = Int(lengths[i])
                result.append(String(decoding: buffer[offset..<offset + length], as: UTF16.self))
                offset += length
            }
            return result
        }
    }
}
