import ArgumentParser
import Foundation

/// A size given to `khaosan cache prune --max-size`: bytes, or with a suffix K, M, G
/// (powers of 1000) or KiB, MiB, GiB (powers of 1024), e.g. `500M`, `2GiB`.
struct ByteSizeArgument: ExpressibleByArgument, Hashable {
    let bytes: Int

    init?(argument: String) {
        let units: [(String, Double)] = [("KiB", 1024), ("MiB", 1_048_576), ("GiB", 1_073_741_824),
                                         ("K", 1e3), ("M", 1e6), ("G", 1e9), ("B", 1), ("", 1)]
        let text = argument.trimmingCharacters(in: .whitespaces)
        for (suffix, factor) in units where text.uppercased().hasSuffix(suffix.uppercased()) {
            guard let number = Double(text.dropLast(suffix.count)), number >= 0, number.isFinite else { continue }
            bytes = Int(number * factor)
            return
        }
        return nil
    }

    static var defaultCompletionKind: CompletionKind { .default }
}

/// An age given to `khaosan cache prune --unused-for`: days, or with a suffix d, h or m
/// (days, hours, minutes), e.g. `30d`, `12h`.
struct AgeArgument: ExpressibleByArgument, Hashable {
    let seconds: TimeInterval

    init?(argument: String) {
        let units: [(String, TimeInterval)] = [("d", 86_400), ("h", 3_600), ("m", 60), ("", 86_400)]
        let text = argument.trimmingCharacters(in: .whitespaces).lowercased()
        for (suffix, factor) in units where text.hasSuffix(suffix) {
            guard let number = Double(text.dropLast(suffix.count)), number >= 0, number.isFinite else { continue }
            seconds = number * factor
            return
        }
        return nil
    }
}
