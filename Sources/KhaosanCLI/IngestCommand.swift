import ArgumentParser
import Foundation
import Khaosan

/// `khaosan ingest`: reads the inputs as every other command does, reports each
/// rejected document and a summary with the throughput; with `--print` it also
/// writes each document as a JSON line (for checking what was read and how it
/// was decoded).
struct IngestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Read the inputs and report documents read and rejected, with throughput (MB/s of decoded text)."
    )

    @OptionGroup var input: InputOptions

    @Flag(name: .customLong("print"), help: "Write each document as a JSON line (id, metadata, text) to stdout.")
    var printDocuments = false

    func run() throws {
        let paths = input.inputs.isEmpty ? ["-"] : input.inputs
        var read = 0
        var rejected = 0
        var textBytes = 0
        var output = StandardOutput()
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let start = Date()
        try DocumentReader(paths: paths).forEach { item in
            switch item {
            case .document(let document):
                read += 1
                textBytes += document.source.utf8.count
                if printDocuments {
                    let line = IngestedDocumentLine(id: document.id, metadata: document.metadata, text: document.source)
                    output.write(String(decoding: try encoder.encode(line), as: UTF8.self))
                    output.write("\n")
                }
            case .rejected(let error):
                rejected += 1
                printError("rejected \(error)")
            }
        }
        output.flush()
        let seconds = Date().timeIntervalSince(start)
        let megabytes = Double(textBytes) / 1_000_000
        printError("documents: \(read + rejected) (\(read) read, \(rejected) rejected)")
        printError(String(format: "text: %.1f MB in %.2f s (%.1f MB/s)", megabytes, seconds, seconds > 0 ? megabytes / seconds : 0))
        if read == 0 && rejected > 0 { throw ExitCode(1) }
    }
}

private struct IngestedDocumentLine: Encodable {
    let id: String
    let metadata: DocumentMetadata
    let text: String
}
