import KhaosanCore

/// Reads JSON Lines from a `LineReader`: one document or rejection per
/// non-blank line, then a rejection if the stream broke off, or if it held no
/// record at all (an empty file).
struct JSONLinesReader {
    var decoder: JSONLRecordDecoder
    /// The path (or `<stdin>`) that rejections name, as `location:line`.
    var location: String

    func read(_ lines: LineReader, _ body: (IngestItem) throws -> Void) throws {
        var records = 0
        var stoppedEarly: InputError?
        let end = try lines.forEachLine { number, rawLine in
            guard stoppedEarly == nil else { return }
            var line = rawLine
            if number == 1 {
                if line.starts(with: [0xEF, 0xBB, 0xBF]) {
                    line = UnsafeBufferPointer(rebasing: line[3...])
                } else if line.starts(with: [0xFF, 0xFE]) || line.starts(with: [0xFE, 0xFF]) {
                    stoppedEarly = InputError(location: location, reason: "JSON Lines must be UTF-8; this input is UTF-16 (byte-order mark)")
                    return
                }
            }
            guard line.contains(where: { ![0x20, 0x09, 0x0D].contains($0) }) else { return }
            records += 1
            switch decoder.decode(line, lineNumber: number) {
            case .success(let document): try body(.document(document))
            case .failure(let reason): try body(.rejected(InputError(location: "\(location):\(number)", reason: reason.text)))
            }
        }
        if let stoppedEarly {
            try body(.rejected(stoppedEarly))
            return
        }
        switch end {
        case .complete:
            if records == 0 {
                let reason = lines.bytesRead == 0 ? "empty file" : "no JSON records (only blank lines)"
                try body(.rejected(InputError(location: location, reason: reason)))
            }
        case .failed(let reason, _, _, 0):
            try body(.rejected(InputError(location: location, reason: reason)))
        case .failed(let reason, let lineNumber, let partialLength, let bytesRead):
            let lost = partialLength > 0
                ? "line \(lineNumber) is incomplete (\(partialLength) bytes); it and anything after it are lost"
                : "nothing after line \(lineNumber - 1) could be read"
            try body(.rejected(InputError(location: "\(location):\(lineNumber)",
                                           reason: "\(reason) after \(bytesRead) bytes of content; \(lost)")))
        }
    }
}
