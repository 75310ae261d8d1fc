import Foundation
import Testing
@testable import Khaosan
@testable import KhaosanCore
@testable import KhaosanText

/// The RTGS romaniser against the official spellings of fixtures/rtgs/official-rtgs.tsv
/// (provinces, Bangkok districts, other districts, public figures; sources in its README).
@Suite struct RTGSRomanizerTests {
    struct Row { let thai: String, rtgs: String, kind: String }

    static func table() throws -> [Row] {
        let text = try String(contentsOfFile: Repository.path("fixtures/rtgs/official-rtgs.tsv"), encoding: .utf8)
        return text.split(separator: "\n").filter { !$0.hasPrefix("#") }.map { line in
            let fields = line.split(separator: "\t").map(String.init)
            return Row(thai: fields[0], rtgs: fields[1], kind: fields[2])
        }
    }

    /// The rows whose romanisation differs from the official spelling, as "thai → got (official)".
    static func failures(_ romanizer: RTGSRomanizer, _ rows: [Row]) -> [String] {
        rows.compactMap { row in
            let got = romanizer.romanize(row.thai, style: row.kind == "person" ? .person : .other)
            return got == row.rtgs ? nil : "\(row.thai) → \(got) (\(row.rtgs))"
        }
    }

    @Test func theTableHoldsAtLeastAHundredOfficialSpellings() throws {
        let rows = try Self.table()
        #expect(rows.count >= 100)
        #expect(rows.filter { $0.kind == "province" }.count == 77)
        #expect(Set(rows.map(\.thai)).count == rows.count)
    }

    /// Measured 2026-12-07: 139 of 158 rows exact (88.0 %), the floor. 10 of the 19 failing rows
    /// differ only in where the words are cut ("Phangnga" for Phang Nga): 149 match once spaces
    /// are ignored (94.3 %), a second floor.
    @Test func officialSpellingsMatchExactly() throws {
        let rows = try Self.table()
        let romanizer = try RTGSRomanizer.bundled()
        let failing = Self.failures(romanizer, rows)
        let exact = rows.count - failing.count
        #expect(exact >= 139, "exact \(exact)/\(rows.count); failing:\n\(failing.joined(separator: "\n"))")
        let squeezed = { (text: String) in text.lowercased().filter { $0 != " " } }
        let lettersRight = rows.filter { row in
            squeezed(romanizer.romanize(row.thai, style: row.kind == "person" ? .person : .other)) == squeezed(row.rtgs)
        }.count
        #expect(lettersRight >= 149, "\(lettersRight)/\(rows.count) right but for spaces")
    }

    /// The rules alone (no exception table): measured 110 of 158 (69.6 %): the exceptions add 29 rows.
    @Test func theRulesAloneGetMostSpellings() throws {
        let rows = try Self.table()
        let rulesOnly = try RTGSRomanizer(rules: BundledResources.text(.rtgsRules), exceptions: .none)
        let failing = Self.failures(rulesOnly, rows)
        #expect(rows.count - failing.count >= 110, "rules only \(rows.count - failing.count); failing:\n\(failing.joined(separator: "\n"))")
    }

    @Test func namesAreCapitalisedPerWordAndToneMarksDropped() throws {
        let r = try RTGSRomanizer.bundled()
        #expect(r.romanize("เศรษฐา ทวีสิน", style: .person) == "Settha Thawisin")
        #expect(r.romanize("แม่ฮ่องสอน", style: .other) == "Mae Hong Son")
        #expect(r.romanize("ชะอำ", style: .other) == "Cha-am")
    }

    @Test func latinPartsStayAsWrittenAndRepetitionRepeats() throws {
        let r = try RTGSRomanizer.bundled()
        #expect(r.romanize("UNDP", style: .other) == "UNDP")
        #expect(r.romanize("ธนาคาร UOB", style: .other) == "Thanakhan UOB")
        #expect(r.romanize("", style: .other) == "")
        #expect(r.romanize("เด็กๆ", style: .other) == "Dek Dek")
        #expect(r.romanize("นาง|สาว", style: .person) == r.romanize("นาง สาว", style: .person))
    }

    @Test func anExceptionWinsOverTheRulesAndHasALinkingForm() throws {
        let rules = try BundledResources.text(.rtgsRules)
        let table = try RTGSExceptions(parsing: "ราช\trat\tratcha\n")
        let r = try RTGSRomanizer(rules: rules, exceptions: table)
        #expect(r.romanize("ราชบุรี", style: .other) == "Ratchaburi")
        #expect(r.romanize("ราช", style: .other) == "Rat")
        #expect(try RTGSRomanizer(rules: rules, exceptions: .none).romanize("ราชบุรี", style: .other) != "Ratchaburi")
    }

    @Test func aMalformedExceptionNamesItsLine() {
        #expect {
            try RTGSExceptions(parsing: "# c\nราช\trat\nเพชร Phet\n", source: "x.tsv")
        } throws: { error in
            "\(error)".contains("x.tsv line 3")
        }
    }

    @Test func aBrokenRuleNamesItsLine() {
        #expect {
            try RTGSRomanizer(rules: "ก > k;\nข > [kh;\n", exceptions: .none)
        } throws: { error in
            "\(error)".contains("rules line 2")
        }
    }
}
