import CICU
import Foundation
import KhaosanCore

/// The words dates are made of: Thai and English month names, Thai weekday
/// names and era names, all read from ICU's locale data once; plus the relative
/// and vague words of `lexicons/dates/date-words.txt`, which ICU does not have.
struct DateVocabulary: Sendable {
    /// Every spelling, ASCII case folded; a key's first payload indexes `meanings` (the first
    /// inserted meaning of a spelling wins: ICU names before variants).
    private let trie: ScalarTrie
    private let meanings: [DateWord]
    /// The first two scalars of every spelling.
    private let starts: ScalarPrefilter
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

        var trie = ScalarTrie(foldingASCIICase: true)
        var meanings: [DateWord] = []
        func add(_ spelling: String, _ meaning: DateWord) {
            trie.insert(spelling, payload: meanings.count)
            meanings.append(meaning)
        }
        for (index, name) in months.enumerated() {
            add(name, .month(index + 1, .full))
            if let short = Self.colloquial(name) { add(short, .month(index + 1, .loose)) }
        }
        for (index, name) in shortMonths.enumerated() {
            add(name, .month(index + 1, .abbreviated))
            for variant in Self.looseSpellings(of: name) { add(variant, .month(index + 1, .loose)) }
        }
        for (index, name) in englishMonths.enumerated() {
            add(name, .month(index + 1, .english))
            add(englishShortMonths[index], .month(index + 1, .english))
            add(englishShortMonths[index] + ".", .month(index + 1, .english))
        }
        add("Sept", .month(9, .english))
        add("Sept.", .month(9, .english))
        for era in buddhistEras { add(era, .era(.buddhist)) }
        for era in christianEras { add(era, .era(.christian)) }
        for (index, name) in weekdays.enumerated() where !name.isEmpty {
            add(name, .weekday(index))
        }
        for (phrase, word) in try Self.lexicon() { add(phrase, word) }

        self.trie = trie.compacted()
        self.meanings = meanings
        self.starts = ScalarPrefilter(tries: [self.trie])
        self.thaiMonths = months
        self.thaiShortMonths = shortMonths
        self.buddhistEras = buddhistEras
    }

    /// Whether some date word may start at `i` (a cheap gate before `longest`: table lookups
    /// on the first two scalars).
    @inline(__always)
    func mayStart(_ text: [Unicode.Scalar], _ i: Int) -> Bool {
        starts.mayStart(in: text, at: i)
    }

    /// The longest date word at `start` whose meaning `accept` takes, with its end offset
    /// (scalar offsets of `text`).
    func longest(in text: [Unicode.Scalar], at start: Int,
                 where accept: (DateWord) -> Bool = { _ in true }) -> (word: DateWord, end: Int)? {
        var best: (DateWord, Int)?
        trie.forEachMatch(in: text, at: start) { end, payloads in
            if let first = payloads.first, accept(meanings[first]) { best = (meanings[first], end) }
            return true
        }
        return best
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
