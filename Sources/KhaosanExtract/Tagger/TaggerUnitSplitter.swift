import KhaosanCore
import KhaosanText

/// Cuts ICU tokens into tagger units where ThaiNER entity boundaries fall inside
/// ICU tokens (measured on the train part: 6.2% of gold boundaries):
/// - after a full stop inside a token (`ด.ช.กิตติพงษ์` → `ด.` `ช.` `กิตติพงษ์`);
/// - at zero-width and other invisible format characters, which become units of their own;
/// - where the script changes between digits, Thai and Latin (`31สิงหาคม` → `31` `สิงหาคม`);
/// - after a known prefix (a title) that starts a longer Thai token, and after a
///   function word (`ใน`, `ที่`…) that starts a Thai token holding an abbreviation (`ในจ.`).
///
/// All offsets are Unicode scalar offsets of the normalised text.
public struct TaggerUnitSplitter: Sendable {
    /// Prefixes split off the front of a Thai token (matched longest first).
    private let prefixes: ScalarTrie
    private let functionWords: ScalarTrie

    /// Function words split off a Thai token that goes on with an abbreviation.
    public static let functionWords = BundledResources.requiredWordList(.unitFunctionWords)

    /// - Parameter prefixes: words split off when a Thai token starts with them and goes on.
    public init(prefixes: [String] = []) {
        self.prefixes = ScalarTrie(words: prefixes)
        self.functionWords = ScalarTrie(words: TaggerUnitSplitter.functionWords)
    }

    /// The units of `tokens` over `scalars`, in order, covering the same text.
    public func units(of tokens: [Token], in scalars: [Unicode.Scalar]) -> [TaggerUnit] {
        var units: [TaggerUnit] = []
        units.reserveCapacity(tokens.count + tokens.count / 4)
        for token in tokens {
            if token.range.count == 1 || token.kind == .space || token.kind == .number && !containsCut(token.range, scalars) {
                units.append(TaggerUnit(range: token.range, kind: token.kind))
                continue
            }
            var start = token.range.start
            let end = token.range.end
            if token.kind == .thai { start = splitPrefix(from: start, to: end, in: scalars, into: &units) }
            var i = start
            var previousClass = TaggerUnitSplitter.scriptClass(scalars[i])
            while i < end {
                let c = TaggerUnitSplitter.scriptClass(scalars[i])
                if c == 3 {  // an invisible format character: a unit of its own
                    if i > start { units.append(unit(start, i, scalars)) }
                    units.append(TaggerUnit(range: ScalarRange(i, i + 1), kind: .space))
                    start = i + 1
                } else if i > start && c != previousClass && c != 4 && previousClass != 4 {
                    units.append(unit(start, i, scalars))
                    start = i
                } else if scalars[i] == "." && i + 1 < end {
                    units.append(unit(start, i + 1, scalars))
                    start = i + 1
                }
                previousClass = c
                i += 1
            }
            if start < end { units.append(unit(start, end, scalars)) }
        }
        return units
    }

    private func unit(_ start: Int, _ end: Int, _ scalars: [Unicode.Scalar]) -> TaggerUnit {
        TaggerUnit(range: ScalarRange(start, end), kind: TokenClassifier.kind(of: scalars[start]))
    }

    /// Splits a title, or a function word before an abbreviation, off the front of a
    /// Thai token; returns where the rest starts.
    private func splitPrefix(from start: Int, to end: Int, in scalars: [Unicode.Scalar], into units: inout [TaggerUnit]) -> Int {
        var cut: Int?
        if let match = prefixes.longestMatchEnd(in: scalars, at: start), match < end,
           TaggerUnitSplitter.canStartUnit(scalars[match]) {
            cut = match
        } else if (start..<end).contains(where: { scalars[$0] == "." }),   // (cheaper than the walk)
                  let match = functionWords.longestMatchEnd(in: scalars, at: start), match < end,
                  TaggerUnitSplitter.canStartUnit(scalars[match]),
                  (match..<end).contains(where: { scalars[$0] == "." }) {
            cut = match
        }
        guard let cut else { return start }
        units.append(TaggerUnit(range: ScalarRange(start, cut), kind: .thai))
        return cut
    }

    private func containsCut(_ range: ScalarRange, _ scalars: [Unicode.Scalar]) -> Bool {
        (range.start..<range.end).contains { TaggerUnitSplitter.scriptClass(scalars[$0]) != 0 }
    }

    /// 0 digit, 1 Thai letter, 2 Latin letter, 3 invisible format character, 4 anything else.
    static func scriptClass(_ scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        switch v {
        case 0x30...0x39, 0x0E50...0x0E59: return 0
        case 0x0E01...0x0E4E: return 1
        case 0x41...0x5A, 0x61...0x7A, 0xC0...0x24F: return 2
        case 0x200B...0x200D, 0x2060, 0xFEFF, 0xAD: return 3
        default: return 4
        }
    }

    /// Whether a Thai unit may start with `scalar`: not a combining vowel, tone
    /// mark or other sign that only follows a consonant.
    static func canStartUnit(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        switch v {
        case 0x0E30...0x0E3A, 0x0E45, 0x0E47...0x0E4E: return false
        default: return true
        }
    }
}
