import KhaosanCore

/// The bundled word lists the person rules use (`BundledList.all(.person)`).
package struct PersonWordLists: Sendable {
    /// Titles, ranks and honorifics (`person-titles.txt`).
    package let titles: ScalarTrie
    /// Words that begin with a title but are not one (`person-title-false-starts.txt`), e.g. นายกรัฐมนตรี.
    let falseStarts: ScalarTrie
    /// Words that end with a title but are not one (`person-title-false-ends.txt`), e.g. เจ้านาย.
    let falseEnds: [[Unicode.Scalar]]
    /// Words that end a name when they follow it (`person-name-stops.txt`), e.g. กล่าว.
    let stops: ScalarTrie
    /// Words that are never a whole given name (`person-not-given-names.txt`), e.g. ทรงคุณวุฒิ, การ.
    let notGivenNames: ScalarTrie
    /// Role nouns (`role-nouns.txt`, shared with `RoleNouns`), e.g. อธิการบดี.
    let roles: ScalarTrie
    /// Organisation heads (`place-org-heads.txt`), e.g. องค์กร: after the role นายก they mean
    /// "president of …", not a name ("นายกองค์กรบริหารส่วนจังหวัด").
    let organisationHeads: ScalarTrie

    package static let bundled = PersonWordLists(
        titles: .bundled(.personTitles),
        falseStarts: .bundled(.personTitleFalseStarts),
        falseEnds: BundledResources.requiredWordList(.personTitleFalseEnds).map { Array($0.unicodeScalars) },
        stops: .bundled(.personNameStops),
        notGivenNames: .bundled(.personNotGivenNames),
        roles: .bundled(.roleNouns),
        organisationHeads: .bundled(.placeOrgHeads))
}
