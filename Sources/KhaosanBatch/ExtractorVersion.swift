import Crypto
import Foundation
import KhaosanCore
import KhaosanExtract
/// What the cached extraction results depend on besides the document: the
/// khaosan version, the pipeline's components (extractors, validators, overlap
/// resolution, relations) in order, and the contents of every lexicon they read.
/// Any change gives a different `key`, so cached results of an older lexicon are never used.
public struct ExtractorVersion: Hashable, Sendable, CustomStringConvertible {
    /// Bump when extraction code changes its output without a new `KhaosanCore.version`.
    public static let codeRevision = 1

    /// Hex SHA-256 over everything below; part of every cache key.
    public let key: String
    /// A readable summary, e.g. `khaosan 0.1.0 r1; components dates,people,relations; 12 lexicon files`.
    public let description: String

    /// - Parameters:
    ///   - components: the pipeline's components, in order (`PipelineComponent.identity` counts).
    ///   - lexiconFiles: lexicon files whose bytes the extractors read (bundled and `--lexicon`).
    ///   - salt: anything else the results depend on (e.g. options that change extraction).
    ///   - digests: where file digests are remembered between runs (nil: every file is hashed).
    public init(components: [PipelineComponent], lexiconFiles: [URL] = [], salt: String = "",
                digests: FileDigestMemo? = nil) {
        var hash = SHA256()
        hash.update("khaosan \(KhaosanCore.version) r\(Self.codeRevision)\n")
        for component in components {
            hash.update("component \(component.identity)\n")
        }
        var readable = 0
        for file in lexiconFiles.sorted(by: { $0.path < $1.path }) {
            let contents = (digests ?? FileDigestMemo(memoFile: nil)).hex(of: file.path) ?? "unreadable"
            if contents != "unreadable" { readable += 1 }
            hash.update("lexicon \(file.lastPathComponent) \(contents)\n")
        }
        hash.update("salt \(salt)\n")
        key = hash.hexDigest()
        description = "khaosan \(KhaosanCore.version) r\(Self.codeRevision); components "
            + (components.isEmpty ? "none" : components.map(\.name).joined(separator: ","))
            + "; \(readable) lexicon file(s)"
    }

    /// Every regular file shipped in the package's `Resources/` (lexicons, word
    /// lists, models), sorted by path: what the bundled extractors may read.
    /// (A POSIX walk: Foundation's enumerator with resource values cost ~3 ms a run, which a
    /// warm cache of tiny documents pays on top of extraction.)
    public static func bundledResourceFiles() -> [URL] {
        var paths: [String] = []
        func walk(_ directory: String) {
            guard let stream = opendir(directory) else { return }
            defer { closedir(stream) }
            while let entry = readdir(stream) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
                guard name != ".", name != ".." else { continue }
                let path = directory + "/" + name
                var info = stat()
                guard stat(path, &info) == 0 else { continue }
                if info.st_mode & S_IFMT == S_IFDIR { walk(path) } else if info.st_mode & S_IFMT == S_IFREG { paths.append(path) }
            }
        }
        walk(BundledResources.root.path)
        return paths.sorted().map { URL(fileURLWithPath: $0) }
    }

    /// The version of `components` reading the bundled resources and `userLexicons` (paths;
    /// also any other file the results depend on, e.g. a `--model` file).
    public static func standard(components: [PipelineComponent], userLexicons: [String] = [],
                                salt: String = "", digests: FileDigestMemo? = nil) -> ExtractorVersion {
        ExtractorVersion(components: components,
                         lexiconFiles: bundledResourceFiles() + userLexicons.map { URL(fileURLWithPath: $0) }, salt: salt,
                         digests: digests)
    }
}
