import CICU
import Foundation
import KhaosanCore

/// The words dates are made of: Thai and English month names, Thai weekday
/// names and era names, all read from ICU's locale data once; plus the relative
/// and vague words of `lexicons/dates/date-words.txt`, which ICU does not have.
struct DateVocabulary: Sendable {
    let trie: DateWordTrie
    /// The spellings loaded, for inspection and tests: ICU's full Thai month names.
    let thaiMonths: [String]
    /// ICU's abbreviated Thai month names ("ม.ค." …).
    let thaiShortMonths: [String]
    /// ICU's Buddhist era names (abbreviated, full).
    let buddhistEras: [String]

    /// Loaded once; nil only if ICU or the bundled lexicon is unusable.
    static let shared: Result<DateVocabulary, Error> = Result { try DateVocabulary() }

    init() throws {
        let thai = "th_TH@calendar=buddhist"
        let months = try ThaiCalendar.symbols(locale: thai, type: CICU_DATE_SYMBOL_MONTHS)
        let shortMonths = try ThaiCalendar.symbols(locale: thai, type: CICU_DATE_SYMBOL_SHORT_MONTHS)
        let weekdays = try ThaiCalendar.symbols(locale: thai, type: CICU_DATE_SYMBOL_WEEKDAYS)
        let buddhistEras = try ThaiCalendar.symbols(locale: thai, type: CICU_DATE_SYMBOL_ERAS)
            + ThaiCalendar.symbols(locale: thai, type: CICU_DATE_SYMBOL_ERA_NAMES)
        let gregorian = "th_TH@calendar=gregorian"
        // Index 1 is the Christian era (index 0 is BC).
        let christianEras = try [ThaiCalendar.symbols(locale: gregorian, type: CICU_DATE_SYMBOL_ERAS),
                                 ThaiCalendar.symbols(locale: gregorian, type: CICU_DATE_SYMBOL_ERA_NAMES)]
            .compactMap { $0.count > 1 ? $0[1] : nil }
        let englishMonths = try ThaiCalendar.symbols(locale: "en_US", type: CICU_DATE_SYMBOL_MONTHS)
        let englishShortMonths = try ThaiCalendar.symbols(locale: "en_US", type: CICU_DATE_SYMBOL_SHORT_MONTHS)
        guard months.count == 12, shortMonths.count == 12, englishMonths.count == 12 else {
            throw ICUError(code: 1, operation: "udat_getSymbols: expected 12 months")
        }

        var trie = DateWordTrie()
        for (index, name) in months.enumerated() {
            trie.insert(name, .month(index + 1, .full))
            if let short = Self.colloquial(name) { trie.insert(short, .month(index + 1, .loose)) }
        }
        for (index, name) in shortMonths.enumerated() {
            trie.insert(name, .month(index + 1, .abbreviated))
            for variant in Self.looseSpellings(of: name) { trie.insert(variant, .month(index + 1, .loose)) }
        }
        for (index, name) in englishMonths.enumerated() {
            trie.insert(name, .month(index + 1, .english))
            trie.insert(englishShortMonths[index], .month(index + 1, .english))
            trie.insert(englishShortMonths[index] + ".", .month(index + 1, .english))
        }
        trie.insert("Sept", .month(9, .english))
        trie.insert("Sept.", .month(9, .english))
        for era in buddhistEras { trie.insert(era, .era(.buddhist)) }
        for era in christianEras { trie.insert(era, .era(.christian)) }
        for (index, name) in weekdays.enumerated() where !name.isEmpty {
            trie.insert(name, .weekday(index))
        }
        for (phrase, word) in try Self.lexicon() { trie.insert(phrase, word) }

        self.trie = trie
        self.thaiMonths = months
        self.thaiShortMonths = shortMonths
        self.buddhistEras = buddhistEras
    }

    /// "ตุลาคม" → "ตุลา", "กุมภาพันธ์" → "กุมภา", "กันยายน" → "กันยา": the spoken
    /// month names, derived from ICU's full names by dropping the gender suffix.
    static func colloquial(_ month: String) -> String? {
        for suffix in ["คม", "ยน", "พันธ์"] where month.hasSuffix(suffix) {
            return String(month.dropLast(suffix.count))
        }
        return nil
    }

    /// "ส.ค." → "ส.ค" (last dot missing), "สค", "สค." (inner dots missing).
    static func looseSpellings(of abbreviation: String) -> [String] {
        guard abbreviation.hasSuffix(".") else { return [] }
        let withoutLast = String(abbreviation.dropLast())
        let undotted = abbreviation.replacingOccurrences(of: ".", with: "")
        return [withoutLast, undotted, undotted + "."]
    }

    /// The entries of `BundledList.dateWords`.
    static func lexicon() throws -> [(String, DateWord)] {
        let text = try BundledResources.text(.dateWords)
        var entries: [(String, DateWord)] = []
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let fields = line.split(separator: "\t").map(String.init)
            guard fields.count >= 2 else { continue }
            let argument = fields.count > 2 ? fields[2] : ""
            let word: DateWord?
            switch fields[1] {
            case "relative-day": word = Int(argument).map { .relative(RelativeDate(unit: .day, amount: $0)) }
            case "relative-week": word = Int(argument).map { .relative(RelativeDate(unit: .week, amount: $0)) }
            case "relative-month": word = Int(argument).map { .relative(RelativeDate(unit: .month, amount: $0)) }
            case "relative-year": word = Int(argument).map { .relative(RelativeDate(unit: .year, amount: $0)) }
            case "vague": word = .vague(argument)
            case "month": word = Int(argument).map { .month($0, .full) }
            case "year-word": word = .yearWord(qualifier: argument.isEmpty ? nil : argument)
            case "fiscal-year-word": word = .fiscalYearWord
            case "month-word": word = .monthWord
            default: word = nil
            }
            if let word { entries.append((fields[0], word)) }
        }
        return entries
    }
}
