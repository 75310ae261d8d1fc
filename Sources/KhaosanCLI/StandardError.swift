import Foundation

/// Writes a line to stderr (logs and progress never go to stdout).
func printError(_ line: String) {
    FileHandle.standardError.write(Data((line + "\n").utf8))
}
