import ArgumentParser
import Khaosan

/// `--lexicon FILE…`: lexicons added to the bundled ones (extraction and graph commands).
struct LexiconOptions: ParsableArguments {
    @Option(name: .customLong("lexicon"),
            help: ArgumentHelp("A lexicon file to add to the bundled ones (TSV: LABEL<TAB>name<TAB>aliases<TAB>key=value;…). Repeatable.",
                               valueName: "file"))
    var files: [String] = []

    /// The bundled lexicons plus the user's files; a bad file is a clear error.
    func lexicon() throws -> Lexicon {
        do {
            return try Lexicon.standard(adding: files)
        } catch let error as InputError {
            throw CommandError(description: "lexicon \(error)")
        }
    }
}
