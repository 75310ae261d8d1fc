import Foundation

/// An estimate of the UTF-8 text size of the inputs, for progress percent and ETA.
///
/// Regular files count by size; a `.gz` file by the uncompressed size its
/// trailer records (ISIZE, modulo 4 GiB); directories by their files; stdin
/// makes the total unknown. JSON syntax around the text makes it an overestimate
/// of a few percent.
public enum InputSize {
    public static func estimate(paths: [String]) -> Int? {
        var total = 0
        let fileManager = FileManager.default
        for path in paths {
            if path == "-" { return nil }
            var isDirectory: ObjCBool = false
            guard fileManager.fileExists(atPath: path, isDirectory: &isDirectory) else { continue }
            if isDirectory.boolValue {
                let files = (fileManager.enumerator(atPath: path)?.allObjects as? [String]) ?? []
                for file in files { total += size(of: (path as NSString).appendingPathComponent(file)) }
            } else {
                total += size(of: path)
            }
        }
        return total
    }

    static func size(of path: String) -> Int {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path),
              (attributes[.type] as? FileAttributeType) == .typeRegular,
              let size = (attributes[.size] as? NSNumber)?.intValue else { return 0 }
        guard path.hasSuffix(".gz"), size >= 18, let handle = FileHandle(forReadingAtPath: path) else { return size }
        defer { try? handle.close() }
        guard (try? handle.seek(toOffset: UInt64(size - 4))) != nil,
              let trailer = try? handle.read(upToCount: 4), trailer.count == 4 else { return size }
        let bytes = Array(trailer)
        return Int(bytes[0]) | Int(bytes[1]) << 8 | Int(bytes[2]) << 16 | Int(bytes[3]) << 24
    }
}
