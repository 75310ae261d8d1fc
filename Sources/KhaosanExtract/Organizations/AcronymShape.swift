import KhaosanText

/// What a short name in parentheses or after "หรือ" looks like.
enum AcronymShape: Equatable {
    /// Thai letters with dots, or a few consonants without vowels: "บพท.", "ก.พ.ร.", "สสส.", "กยศ"
    /// ("(ร่าง)", "(ชุมชน)" are words, not acronyms).
    case thaiAcronym
    /// Latin capitals, maybe with digits, "-", "&", lower-case tails: "UNDP", "UN-Habitat", "OPSCD".
    case latinAcronym
    /// Capitalised Latin words: "UNESCO Global Network of Learning Cities", "Learning City Thailand".
    case latinName

    static let latinFunctionWords: Set<String> = ["of", "and", "for", "the", "on", "in", "de", "&", "-"]
    /// Parenthesised words that belong to a name, not acronyms.
    static let notAcronyms: Set<String> = ["มหาชน", "องค์การมหาชน", "ประเทศไทย"]

    /// The shape of `text`, or nil when it is none of these.
    static func of(_ text: String) -> AcronymShape? {
        let scalars = Array(text.unicodeScalars)
        guard !scalars.isEmpty, scalars.count <= 80, !notAcronyms.contains(text) else { return nil }
        if scalars.allSatisfy({ ScalarClass.isThaiLetterOrSign($0) || $0 == "." }) {
            let letters = scalars.filter { $0 != "." }.count
            guard letters >= 2, scalars.count <= 14, ScalarClass.isThaiConsonant(scalars[0]) else { return nil }
            if scalars.contains(".") { return .thaiAcronym }
            return letters <= 5 && scalars.allSatisfy(ScalarClass.isThaiConsonant) ? .thaiAcronym : nil
        }
        let words = text.split(separator: " ")
        if words.count == 1 {
            guard scalars.count <= 16, ScalarClass.isASCIIUppercase(scalars[0]),
                  scalars.allSatisfy({ ScalarClass.isASCIILetter($0) || ("0"..."9").contains($0) || $0 == "-" || $0 == "&" || $0 == "." }),
                  scalars.filter(ScalarClass.isASCIIUppercase).count >= 2 || scalars.contains(where: { ("0"..."9").contains($0) })
            else { return nil }
            return .latinAcronym
        }
        guard words.count <= 10, let first = words.first?.unicodeScalars.first, ScalarClass.isASCIIUppercase(first) else { return nil }
        for word in words {
            let w = String(word)
            if latinFunctionWords.contains(w) { continue }
            guard let initial = w.unicodeScalars.first, ScalarClass.isASCIIUppercase(initial) || ("0"..."9").contains(initial),
                  w.unicodeScalars.allSatisfy({ ScalarClass.isASCIILetter($0) || ("0"..."9").contains($0) || "-&.'+".unicodeScalars.contains($0) })
            else { return nil }
        }
        return .latinName
    }

}
