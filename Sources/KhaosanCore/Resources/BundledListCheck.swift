import Foundation

/// Reads and checks the lists of the manifest (`BundledList.all`) in one `Resources` folder.
package struct BundledListCheck: Sendable {
    /// The `Resources` folder checked.
    package let root: URL

    package init(root: URL) {
        self.root = root
    }

    /// The UTF-8 text of `list`.
    /// - Throws: `InputError` naming the list's path and the folder, and where a file of the
    ///   same name was found instead when it was moved to another kind's folder.
    package func text(of list: BundledList) throws -> String {
        guard let data = FileManager.default.contents(atPath: root.appendingPathComponent(list.path).path) else {
            throw InputError(location: list.path, reason: missingReason(list))
        }
        return String(decoding: data, as: UTF8.self)
    }

    /// Throws one `InputError` listing every manifest list that is missing and every file
    /// under `lexicons/` that the manifest does not name (misnamed or misplaced: no code reads it).
    package func validate() throws {
        var problems: [String] = []
        for list in BundledList.all where !FileManager.default.fileExists(atPath: url(list.path).path) {
            problems.append("\(list.path): \(missingReason(list))")
        }
        let listed = Set(BundledList.all.map(\.path))
        for path in filesUnderLexicons() where !listed.contains(path) {
            problems.append("\(path): not in the manifest (BundledList.all); misnamed, or a new list to add there")
        }
        guard problems.isEmpty else {
            throw InputError(location: "resources \(root.path)", reason: problems.joined(separator: "; "))
        }
    }

    /// Paths (relative to `root`) of the regular files under `lexicons/`, hidden files left out, sorted.
    package func filesUnderLexicons() -> [String] {
        let base = url("lexicons")
        guard let walker = FileManager.default.enumerator(atPath: base.path) else { return [] }
        var paths: [String] = []
        while let relative = walker.nextObject() as? String {
            var isDirectory: ObjCBool = false
            let name = (relative as NSString).lastPathComponent
            guard !name.hasPrefix("."),
                  FileManager.default.fileExists(atPath: base.appendingPathComponent(relative).path, isDirectory: &isDirectory),
                  !isDirectory.boolValue else { continue }
            paths.append("lexicons/" + relative)
        }
        return paths.sorted()
    }

    private func url(_ path: String) -> URL { root.appendingPathComponent(path) }

    /// Why `list` cannot be read: absent from the folder, or found under another path.
    private func missingReason(_ list: BundledList) -> String {
        let elsewhere = filesUnderLexicons().filter { $0.hasSuffix("/" + list.file) && $0 != list.path }
        let found = elsewhere.isEmpty ? "" : " (a file of that name is at \(elsewhere.joined(separator: ", ")): move it back or change BundledList)"
        return "bundled \(list.format.rawValue) '\(list.file)' (kind \(list.kind.rawValue)) not found in \(root.path)\(found)"
    }
}
