import ArgumentParser
import Khaosan

/// Options shared by the subcommands that run extraction (build, extract, eval).
struct ExtractionOptions: ParsableArguments {
    @OptionGroup var lexicons: LexiconOptions
    @OptionGroup var model: ModelOptions

    @OptionGroup var dates: DateConventionOption

    /// `--date-convention`.
    var dateConvention: DateSpanConvention { dates.dateConvention }

    /// The user's `--lexicon` files.
    var lexiconFiles: [String] { lexicons.files }

    /// The bundled lexicons plus the user's files; a bad file is a clear error.
    func lexicon() throws -> Lexicon { try lexicons.lexicon() }

    /// The standard extractors with these lexicons and this model choice.
    func extractors(dateConvention: DateSpanConvention? = nil) throws -> [any MentionExtractor] {
        try model.apply(to: StandardExtractors.make(lexicon: lexicon(), dateConvention: dateConvention ?? self.dateConvention))
    }

    /// The standard pipeline with these options (`dateConvention`: instead of `--date-convention`).
    func pipeline(dateConvention: DateSpanConvention? = nil) throws -> ExtractionPipeline {
        let pipeline = try ExtractionPipeline(extractors: extractors(dateConvention: dateConvention))
        pipeline.outputExtractors = model.outputExtractors
        return pipeline
    }
}
