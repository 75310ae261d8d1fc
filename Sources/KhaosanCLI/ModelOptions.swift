import ArgumentParser
import Khaosan

/// Options choosing the trained tagger, shared by the subcommands that extract mentions.
struct ModelOptions: ParsableArguments {
    @Flag(name: .customLong("no-model"), help: "Run the rules only, without the trained tagger.")
    var noModel = false

    @Flag(name: .customLong("model-only"), help: "Run the trained tagger alone, without the rules (for evaluation).")
    var modelOnly = false

    @Option(name: .customLong("model"), help: "A tagger model file to use instead of the shipped one.")
    var modelPath: String?

    func validate() throws {
        if noModel && (modelOnly || modelPath != nil) {
            throw ValidationError("--no-model cannot be combined with --model-only or --model")
        }
    }

    /// Names of the extractors whose mentions are output (nil: all).
    var outputExtractors: Set<String>? { modelOnly ? ["tagger"] : nil }

    /// `extractors` with the tagger as chosen: removed (`--no-model`), alone (`--model-only`),
    /// replaced by `--model FILE`, or as given. The rule extractors after the tagger (which read
    /// its spans) stay after it.
    func apply(to extractors: [any MentionExtractor]) throws -> [any MentionExtractor] {
        let split = extractors.firstIndex { $0 is TaggerExtractor } ?? extractors.endIndex
        let before = Array(extractors[..<split]), after = extractors[split...].filter { !($0 is TaggerExtractor) }
        if noModel { return before + after }
        var tagger = extractors.filter { $0 is TaggerExtractor }
        if let modelPath { tagger = [TaggerExtractor(model: try ModelFileFormat.read(from: modelPath))] }
        if modelOnly {
            guard let alone = tagger.first as? TaggerExtractor else {
                throw CommandError(description: "no tagger model: the package ships none; give --model FILE")
            }
            // The rules still run: the tagger reads their hits as features; only its own spans are output.
            return before + [alone]
        }
        return before + tagger + after
    }
}
