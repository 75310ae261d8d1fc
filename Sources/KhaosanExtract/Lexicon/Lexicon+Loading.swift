extension Lexicon {
    /// The bundled lexicons followed by the user's lexicon files (`--lexicon FILE`,
    /// same TSV format as `LexiconEntry` documents), in the order given.
    /// A missing or malformed file throws a `InputError` naming it (and the line).
    public static func standard(adding userFiles: [String]) throws -> Lexicon {
        var lexicon = try Lexicon.bundled()
        for path in userFiles {
            lexicon.add(try Lexicon(contentsOf: path))
        }
        return lexicon
    }
}
