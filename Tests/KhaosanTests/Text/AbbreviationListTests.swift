import Testing
@testable import Khaosan
@testable import KhaosanText

@Suite struct AbbreviationListTests {
    private func matches(_ list: AbbreviationList, _ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars)
        return list.matches(scalars, start: 0, end: scalars.count)
    }

    @Test func parsesOneEntryALineWithComments() {
        let list = AbbreviationList(lines: "# comment\nพ.ศ.\n\n  ดร.  \nน.\n")
        #expect(list.entries == ["พ.ศ.", "ดร.", "น."])
    }

    @Test func matchesWholeChunksAndLongSuffixesOnly() {
        let list = AbbreviationList(lines: "ครม.\nน.\nพ.ศ.")
        #expect(matches(list, "ครม.") && matches(list, "มติครม.") && matches(list, "น."))
        // A short entry does not match the end of a longer word: "ประชาชน." ends a sentence.
        #expect(!matches(list, "ประชาชน."))
        #expect(!matches(list, "ศ."))
    }
}
