import ArgumentParser
import Foundation
import Khaosan

struct SegmentCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "segment",
        abstract: "Print each document's tokens (for debugging segmentation)."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, jsonl }

    @OptionGroup var input: InputOptions

    @Option(help: "text: one line per document, tokens separated by '|' (with \\n, \\r, \\t, \\| and \\\\ escaped); jsonl: one JSON object per document with offsets and kinds.")
    var format: Format = .text

    /// A token for the text format: line breaks, tabs and the separator made visible, so
    /// each document stays on one line.
    static func escaped(_ token: String) -> String {
        var out = ""
        for scalar in token.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "|": out += "\\|"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    func run() throws {
        let segmenter = try Segmenter()
        let normalizer = TextNormalizer()
        let paths = input.inputs.isEmpty ? ["-"] : input.inputs
        var output = StandardOutput()
        var (read, rejected) = (0, 0)
        try DocumentReader(paths: paths).forEach { item in
            switch item {
            case .rejected(let error):
                rejected += 1
                printError("rejected \(error)")
            case .document(let raw):
                read += 1
                let document = Document(id: raw.id, metadata: raw.metadata, source: raw.source, normalizer: normalizer)
                let tokens = try segmenter.tokens(of: document)
                switch format {
                case .text:
                    output.write(tokens.map { Self.escaped(document.normalizedText($0.range)) }.joined(separator: "|"))
                    output.write("\n")
                case .jsonl:
                    output.write(TokenJSONL.line(document: document, tokens: tokens))
                    output.write("\n")
                }
            }
        }
        output.flush()
        // Like ingest, extract and build: nothing read and something rejected is a failure.
        if read == 0 && rejected > 0 { throw ExitCode(1) }
    }
}
