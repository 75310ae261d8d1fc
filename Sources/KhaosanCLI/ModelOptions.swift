import ArgumentParser
import Khaosan

/// Options choosing the trained tagger, shared by the subcommands that extract mentions.
struct ModelOptions: ParsableArguments {
    @Flag(name: .customLong("no-model"), help: "Run the rules only, without the trained tagger.")
    var noModel = false

    @Option(name: .customLong("model"), help: "A tagger model file to use instead of the shipped one.")
    var modelPath: String?

    /// `extractors` with the tagger as chosen: removed (`--no-model`), replaced by `--model FILE`, or as given.
    func apply(to extractors: [any MentionExtractor]) throws -> [any MentionExtractor] {
        let rules = extractors.filter { !($0 is TaggerExtractor) }
        if noModel { return rules }
        if let modelPath { return rules + [TaggerExtractor(model: try ModelFileFormat.read(from: modelPath))] }
        return extractors
    }
}
