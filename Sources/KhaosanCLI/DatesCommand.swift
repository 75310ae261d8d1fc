import ArgumentParser
import Foundation
import Khaosan

struct DatesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dates",
        abstract: "Print each document's DATE mentions with their ISO 8601 values."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, jsonl }

    @OptionGroup var input: InputOptions

    @Option(help: "text: one tab-separated line per date (start, end, surface, value, qualifier, rule); jsonl: one JSON object per document.")
    var format: Format = .text

    @OptionGroup var dates: DateConventionOption

    /// The old name of `--date-convention`, kept (hidden) so existing commands still work.
    @Option(name: .customLong("convention"), help: .hidden)
    var legacyConvention: DateSpanConvention?

    /// `--convention` if given, else `--date-convention`.
    var convention: DateSpanConvention { legacyConvention ?? dates.dateConvention }

    @Option(help: "Publication date (yyyy-MM-dd) for documents whose metadata has none; anchors 'วานนี้', '16 พ.ย.'.")
    var published: String?

    func validate() throws {
        if let published, CivilDate(iso: published) == nil {
            throw ValidationError("--published must be a date yyyy-MM-dd, not '\(published)'")
        }
    }

    func run() throws {
        let extractor = try DateExtractor(convention: convention)
        let pipeline = try ExtractionPipeline(extractors: [extractor])
        let paths = input.inputs.isEmpty ? ["-"] : input.inputs
        var output = StandardOutput()
        var (read, rejected) = (0, 0)
        try DocumentReader(paths: paths).forEach { item in
            switch item {
            case .rejected(let error):
                rejected += 1
                printError("rejected \(error)")
            case .document(var raw):
                read += 1
                if raw.metadata.datePublished == nil { raw.metadata.datePublished = published }
                let analyzed = try pipeline.analyze(raw)
                let mentions = pipeline.mentions(in: analyzed)
                switch format {
                case .text:
                    output.write("# \(raw.id)\n")
                    for mention in mentions {
                        let fields = [String(mention.range.start), String(mention.range.end), mention.text,
                                      mention.value ?? "-", mention.qualifier ?? "-", mention.source]
                        output.write(fields.joined(separator: "\t") + "\n")
                    }
                case .jsonl:
                    output.write(DateMentionJSONL.line(id: raw.id, mentions: mentions) + "\n")
                }
            }
        }
        output.flush()
        // Like ingest, extract and build: nothing read and something rejected is a failure.
        if read == 0 && rejected > 0 { throw ExitCode(1) }
    }
}

extension DateSpanConvention: ExpressibleByArgument {}
