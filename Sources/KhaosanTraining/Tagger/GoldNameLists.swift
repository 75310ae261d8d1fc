import KhaosanCore

/// Word lists of the entity names annotated in gold documents (`gold-PERSON`,
/// `gold-ORG`, `gold-PLACE`), used as tagger gazetteer features.
///
/// To keep the tagger from trusting them blindly, training uses them
/// jackknifed: the examples of fold k see only the names of the other folds.
public enum GoldNameLists {
    /// The labels whose names are listed.
    public static let labels: [MentionLabel] = [.person, .organization, .place]

    /// One list per label in `labels` (always all of them, so list indices stay
    /// fixed), entries unique and sorted; names shorter than 2 scalars are left out.
    public static func lists(from documents: [GoldDocument]) -> [(name: String, entries: [String])] {
        labels.map { label in
            var names = Set<String>()
            for document in documents {
                let scalars = Array(document.text.unicodeScalars)
                for span in document.spans where span.label == label.rawValue && span.end - span.start >= 2
                    && span.end <= scalars.count {
                    var view = String.UnicodeScalarView()
                    view.append(contentsOf: scalars[span.start..<span.end])
                    names.insert(String(view))
                }
            }
            return ("gold-\(label.rawValue)", names.sorted())
        }
    }

    /// The fold of the document at `index` among `folds` folds.
    public static func fold(of index: Int, folds: Int) -> Int { index % folds }
}
