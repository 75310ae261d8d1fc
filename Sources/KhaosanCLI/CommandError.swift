/// A failure of a subcommand that is not a usage mistake (unreadable file, bad
/// lexicon line): ArgumentParser prints "Error: <description>" without the usage text.
struct CommandError: Error, CustomStringConvertible {
    let description: String
}
