import Testing
@testable import Khaosan
@testable import KhaosanResolve

@Suite struct TypoMatcherTests {
    @Test func findsInsertionDeletionAndSubstitutionPairsOnly() {
        let keys = ["องค์การยูเนสโก", "กองค์การยูเนสโก", "องค์การยูเนสก", "องค์การยูเนสไก", "สำนักงานสถิติแห่งชาติ"]
        let pairs = Set(TypoMatcher().pairs(keys, protected: []).map { [$0.0, $0.1] })
        // 0–1 insertion, 0–2 deletion, 0–3 substitution, 2–3 one edit too; nothing with the unrelated key.
        #expect(pairs == [[0, 1], [0, 2], [0, 3], [2, 3]])
    }

    @Test func shortKeysAreNeverTypos() {
        #expect(TypoMatcher().pairs(["ระนอง", "ระยอง"], protected: []).isEmpty)
    }
}
