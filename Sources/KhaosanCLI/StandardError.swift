import Foundation

/// Writes a line to stderr (logs and progress never go to stdout).
func printError(_ line: String) {
    writeStandardError(line + "\n")
}

/// Writes text to stderr; a failed write is ignored (there is nowhere left to report it).
func writeStandardError(_ text: String) {
    try? FileHandle.standardError.write(contentsOf: Data(text.utf8))
}
