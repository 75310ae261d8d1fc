import Testing
@testable import Khaosan
@testable import KhaosanExtract

@Suite struct DateVocabularyTests {
    let vocabulary = try! DateVocabulary.shared.get()

    private func word(_ text: String) -> DateWord? {
        let scalars = Array(text.unicodeScalars)
        guard let (word, end) = vocabulary.longest(in: scalars, at: 0), end == scalars.count else { return nil }
        return word
    }

    @Test func thaiMonthsFromICU() {
        #expect(vocabulary.thaiMonths.first == "มกราคม")
        #expect(vocabulary.thaiShortMonths.last == "ธ.ค.")
        #expect(word("พฤศจิกายน") == .month(11, .full))
        #expect(word("ส.ค.") == .month(8, .abbreviated))
    }

    @Test func derivedSpellings() {
        #expect(word("สค") == .month(8, .loose))
        #expect(word("ส.ค") == .month(8, .loose))
        #expect(word("ตุลา") == .month(10, .loose))
        #expect(word("กรกฏาคม") == .month(7, .full))
        #expect(DateVocabulary.colloquial("กุมภาพันธ์") == "กุมภา")
    }

    @Test func englishMonthsFoldCase() {
        #expect(word("November") == .month(11, .english))
        #expect(word("NOV") == .month(11, .english))
        #expect(word("Sept.") == .month(9, .english))
    }

    @Test func erasWeekdaysAndLexiconWords() {
        #expect(word("พ.ศ.") == .era(.buddhist))
        #expect(word("พุทธศักราช") == .era(.buddhist))
        #expect(word("ค.ศ.") == .era(.christian))
        #expect(word("วันอังคาร") == .weekday(3))
        #expect(word("วานนี้") == .relative(RelativeDate(unit: .day, amount: -1)))
        #expect(word("ปลาย") == .vague("late"))
        #expect(word("ปีงบประมาณ") == .fiscalYearWord)
    }
}
