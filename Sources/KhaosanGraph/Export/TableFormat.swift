/// How `khaosan export` writes table rows: CSV (RFC 4180: fields with a comma, quote or line
/// break quoted, quotes doubled) or TSV (tab-separated; a backslash, tab, line feed or carriage
/// return inside a field written as `\\`, `\t`, `\n`, `\r`). Lines end with `\n`, UTF-8, one
/// header row.
public enum TableFormat: String, Sendable, CaseIterable {
    case csv, tsv

    /// The file extension (`csv`, `tsv`).
    public var fileExtension: String { rawValue }

    /// Appends one row of `fields` and its line end to `out`.
    func appendRow(_ fields: [String], to out: inout [UInt8]) {
        for (index, field) in fields.enumerated() {
            if index > 0 { out.append(self == .csv ? 0x2C : 0x09) }
            switch self {
            case .csv:
                let needsQuotes = field.utf8.contains { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }
                guard needsQuotes else { out += Array(field.utf8); continue }
                out.append(0x22)
                for byte in field.utf8 {
                    out.append(byte)
                    if byte == 0x22 { out.append(0x22) }
                }
                out.append(0x22)
            case .tsv:
                for byte in field.utf8 {
                    switch byte {
                    case 0x5C: out += [0x5C, 0x5C]
                    case 0x09: out += [0x5C, UInt8(ascii: "t")]
                    case 0x0A: out += [0x5C, UInt8(ascii: "n")]
                    case 0x0D: out += [0x5C, UInt8(ascii: "r")]
                    default: out.append(byte)
                    }
                }
            }
        }
        out.append(0x0A)
    }
}
