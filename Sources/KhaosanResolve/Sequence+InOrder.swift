extension Sequence where Element: Equatable {
    /// Whether every element of `needle` occurs in this sequence in the same order, not
    /// necessarily adjacent ("ABC" in "AxBxC"); one pass, no copies. An empty needle is always
    /// contained. The test of an acronym against the letters of the name it may stand for
    /// (`MergeEvidence.mayAbbreviate`, `LatinAcronymCheck`).
    func containsInOrder(_ needle: [Element]) -> Bool {
        guard !needle.isEmpty else { return true }
        var matched = 0
        for element in self where element == needle[matched] {
            matched += 1
            if matched == needle.count { return true }
        }
        return false
    }
}
