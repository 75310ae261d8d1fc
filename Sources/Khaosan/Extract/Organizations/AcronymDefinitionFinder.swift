/// Finds acronyms and other names defined right after an organisation name,
/// the ThaiNER way — two ORG spans:
/// "หน่วยบริหารจัดการทุนเพื่อการพัฒนาเชิงพื้นที่ (บพท.)", "… หรือ บพท.",
/// "โครงการตั้งถิ่นฐานของมนุษย์แห่งสหประชาชาติ (UN-Habitat)",
/// "เครือข่าย…ของยูเนสโก (UNESCO Global Network of Learning Cities)".
///
/// Sets `OrganizationAttribute.acronym` on the long form and `longForm` on the
/// acronym; a Latin name in parentheses is an `alternateName` of both sides.
enum AcronymDefinitionFinder {
    /// The definition following `longForm` (a range of the normalised text), if any.
    /// Returns the long form with its new attributes and the defined span.
    static func definition(after longForm: OrganizationCandidate, in index: TokenIndex)
        -> (longForm: OrganizationCandidate, defined: OrganizationCandidate)? {
        let scalars = index.scalars
        var i = longForm.range.end
        while i < scalars.count, scalars[i] == " " { i += 1 }
        guard i < scalars.count, i - longForm.range.end <= 2 else { return nil }
        var range: ScalarRange? = nil
        if scalars[i] == "(" {
            var k = i + 1
            while k < scalars.count, k - i <= 81, scalars[k] != ")", scalars[k] != "(", scalars[k] != "\n" { k += 1 }
            if k < scalars.count, scalars[k] == ")", k > i + 1 { range = ScalarRange(i + 1, k) }
        } else if index.hasPrefix("หรือ", at: i), i > longForm.range.end {
            var start = i + "หรือ".unicodeScalars.count
            guard start < scalars.count, scalars[start] == " " else { return nil }
            while start < scalars.count, scalars[start] == " " { start += 1 }
            var k = start
            while k < scalars.count, scalars[k] != " ", scalars[k] != "\n", scalars[k] != ",", scalars[k] != ")" { k += 1 }
            if k > start { range = ScalarRange(start, k) }
        }
        guard let definedRange = range, let shape = AcronymShape.of(index.text(definedRange)),
              scalars[i] == "(" || shape != .latinName else { return nil }
        let definedText = index.text(definedRange)
        let longText = index.text(longForm.range)
        var long = longForm
        var defined = OrganizationCandidate(range: definedRange, source: "org.acronym-definition")
        if shape == .latinName {
            long.attributes[OrganizationAttribute.alternateName] = definedText
            defined.attributes[OrganizationAttribute.alternateName] = longText
        } else {
            long.attributes[OrganizationAttribute.acronym] = definedText
            defined.attributes[OrganizationAttribute.longForm] = longText
        }
        return (long, defined)
    }
}
