import CICU

/// Where this executable's code came from, for `khaosan --version`.
public enum BuildCommit {
    /// The git commit the executable was built from (`git describe --always --dirty`
    /// form, e.g. `57d5e76` or `57d5e76-dirty`), recorded by `scripts/package.sh`; nil for
    /// a build that did not record one (a plain `swift build`, or a tree without git).
    public static let recorded: String? = cicu_build_commit().map { String(cString: $0) }.flatMap { $0.isEmpty ? nil : $0 }

    /// `recorded`, or `unknown`.
    public static var description: String { recorded ?? "unknown" }
}
