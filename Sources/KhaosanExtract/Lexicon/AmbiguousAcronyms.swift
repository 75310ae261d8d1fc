import Foundation
import KhaosanCore

/// Acronyms that name more than one thing, so that an acronym alone must never
/// join two names ("ทช." is both กรมทางหลวงชนบท and กรมทรัพยากรทางทะเลและชายฝั่ง;
/// "กก." is a ministry and the kilogram).
///
/// The bundled list (`BundledList.orgAmbiguousAcronyms`) is mined from the
/// thaigov archive's own definitions by `scripts/mine-gov-lexicon.py`; the bundled
/// lexicons never give one of these as an alias. Line format:
/// `ACRONYM<TAB>long form (articles: example ids) | long form (…) | …`; `#` starts a comment.
/// A merge that would rest on an acronym alone (resolution) should ask `contains(_:)` first.
public struct AmbiguousAcronyms: Sendable {
    /// The acronyms as written ("ทช.", "สำนักงาน ก.พ."), with the long forms the archive gives
    /// each (without the article counts), most defined first.
    public let longForms: [String: [String]]

    /// A list of `longForms` (none by default).
    public init(longForms: [String: [String]] = [:]) {
        self.longForms = longForms
    }

    /// The acronyms, sorted.
    public var acronyms: [String] { longForms.keys.sorted() }

    /// Parses the list's text; `origin` names the file in errors.
    /// - Throws: `InputError` for a line without a tab-separated list of long forms.
    public init(parsing text: String, origin: String) throws {
        var longForms: [String: [String]] = [:]
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.trimmingPrefix(while: { $0 == " " })
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            let columns = line.split(separator: "\t", maxSplits: 1)
            guard columns.count == 2, !columns[0].isEmpty else {
                throw InputError(location: "\(origin):\(number + 1)", reason: "expected ACRONYM<TAB>long form | long form …")
            }
            longForms[String(columns[0]), default: []] += columns[1].split(separator: "|").compactMap { part in
                // "กรมทางหลวงชนบท (175: thaigov-849,…)" → "กรมทางหลวงชนบท"; the unit note is no long form.
                let form = (part.split(separator: " (", maxSplits: 1).first ?? part).trimmingCharacters(in: .whitespaces)
                return form.isEmpty || form.hasPrefix(Self.unitNote) ? nil : form
            }
        }
        self.longForms = longForms
    }

    /// How the list notes an acronym also written as a unit after a number ("5 กก.").
    static let unitNote = "a unit after a number"

    /// Whether `acronym` (exactly as written, dots included) is ambiguous.
    public func contains(_ acronym: String) -> Bool { longForms[acronym] != nil }

    /// The bundled list. A missing or malformed file throws a `InputError` naming it.
    public static func bundled() throws -> AmbiguousAcronyms {
        let list = BundledList.orgAmbiguousAcronyms
        return try AmbiguousAcronyms(parsing: try BundledResources.text(list), origin: list.path)
    }
}
