import ArgumentParser
import Khaosan

/// Options shared by the subcommands that run extraction (build, extract, eval).
struct ExtractionOptions: ParsableArguments {
    @Option(name: .customLong("lexicon"),
            help: ArgumentHelp("A lexicon file to add to the bundled ones (TSV: LABEL<TAB>name<TAB>aliases<TAB>key=value;…). Repeatable.",
                               valueName: "file"))
    var lexiconFiles: [String] = []

    @OptionGroup var model: ModelOptions

    /// The bundled lexicons plus the user's files; a bad file is a clear error.
    func lexicon() throws -> Lexicon {
        do {
            return try Lexicon.standard(adding: lexiconFiles)
        } catch let error as LexiconError {
            throw CommandError(description: "lexicon \(error)")
        }
    }

    /// The standard pipeline with these options.
    func pipeline() throws -> ExtractionPipeline {
        let pipeline = try ExtractionPipeline(extractors: model.apply(to: StandardExtractors.make(lexicon: lexicon())))
        pipeline.outputExtractors = model.outputExtractors
        return pipeline
    }
}
