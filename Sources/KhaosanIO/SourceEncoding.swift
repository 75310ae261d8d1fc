/// The encoding a text document was found in.
public enum SourceEncoding: String, Sendable, CaseIterable {
    case utf8 = "UTF-8"
    case utf8WithBOM = "UTF-8 with BOM"
    case utf16LittleEndian = "UTF-16LE"
    case utf16BigEndian = "UTF-16BE"
    /// TIS-620 and its superset windows-874 (ICU converter `windows-874`), the legacy Thai encodings.
    case windows874 = "TIS-620/windows-874"
}
