import Testing
@testable import Khaosan

@Suite struct ThaiScalarOccurrencesTests {
    /// Each Thai scalar's group lists exactly its offsets, in order; other scalars have no group.
    @Test func groupsOffsetsByThaiScalar() {
        let scalars = Array("นายสมชาย A สมหญิง".unicodeScalars)
        let occurrences = ThaiScalarOccurrences(scalars)
        for scalar in Set(scalars) where scalar.value >= 0x0E00 && scalar.value < 0x0E80 {
            let expected = scalars.indices.filter { scalars[$0] == scalar }.map(Int32.init)
            #expect(occurrences.offsets(of: scalar).map { Array(occurrences.positions[$0]) } == expected)
        }
        #expect(occurrences.offsets(of: "A") == nil)
        #expect(occurrences.offsets(of: "ฮ")?.isEmpty == true)
    }
}
