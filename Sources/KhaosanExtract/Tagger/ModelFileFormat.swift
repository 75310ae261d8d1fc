import Foundation
import KhaosanCore
import KhaosanIO

/// Reads and writes `PerceptronModel`s as a small binary file, little-endian:
///
/// ```
/// "KHSNTAG\0"  magic (8 bytes)      UInt32 version (1 or 2)
/// UInt8 scheme kind, UInt8 label count, labels (strings)
/// UInt8 row bits, UInt8 uses hints
/// UInt8 feature set                                                 (version 2 only)
/// UInt32 list count, per list: name, UInt32 entry count, entries   (gazetteer)
/// UInt32 prefix count, prefixes                                     (unit splitting)
/// Float32 scale, Int16 × rows·tags (weight = value · scale)
/// Float32 × (tags+1)·tags transitions
/// UInt64 FNV-1a of all preceding bytes
/// ```
/// Strings are a UInt32 byte count then UTF-8. A model with the `.standard` feature set
/// is written as version 1 (the bytes of models from before feature sets), any other as 2.
public enum ModelFileFormat {
    public static let magic: [UInt8] = Array("KHSNTAG".utf8) + [0]
    /// The newest version written and read (version 1 files are read too).
    public static let version: UInt32 = 2

    /// The bytes of `model`. Weights are quantised to 16 bits: `quantized(model)` is
    /// the model these bytes load as.
    public static func encode(_ model: PerceptronModel) -> [UInt8] {
        var out = ByteWriter()
        out.bytes(magic)
        out.uint32(model.featureSet == .standard ? 1 : version)
        out.uint8(model.scheme.kind.rawValue)
        out.uint8(UInt8(model.scheme.labels.count))
        for label in model.scheme.labels { out.string(label.rawValue) }
        out.uint8(UInt8(model.rowBits))
        out.uint8(model.usesHints ? 1 : 0)
        if model.featureSet != .standard { out.uint8(model.featureSet.rawValue) }
        out.uint32(UInt32(model.gazetteer.lists.count))
        for list in model.gazetteer.lists {
            out.string(list.name)
            out.uint32(UInt32(list.entries.count))
            for entry in list.entries { out.string(entry) }
        }
        out.uint32(UInt32(model.splitPrefixes.count))
        for prefix in model.splitPrefixes { out.string(prefix) }
        let weights = model.weights
        let scale = scaleFor(weights)
        out.float32(scale)
        for w in weights { out.int16(quantize(w, scale)) }
        for t in model.transitions { out.float32(t) }
        out.uint64(checksum(out.data))
        return out.data
    }

    /// The model as it is after a save and load (weights rounded to 16 bits).
    public static func quantized(_ model: PerceptronModel) -> PerceptronModel {
        let weights = model.weights
        let scale = scaleFor(weights)
        return PerceptronModel(scheme: model.scheme, rowBits: model.rowBits, usesHints: model.usesHints,
                               gazetteer: model.gazetteer, splitPrefixes: model.splitPrefixes,
                               weights: weights.map { Float(quantize($0, scale)) * scale },
                               transitions: model.transitions, featureSet: model.featureSet)
    }

    /// Parses model bytes; `origin` names the file in errors.
    public static func decode(_ bytes: [UInt8], origin: String) throws -> PerceptronModel {
        func fail(_ reason: String) -> InputError { InputError(location: origin, reason: reason) }
        guard bytes.count >= magic.count + 12, Array(bytes[0..<magic.count]) == magic else {
            throw fail("not a khaosan tagger model (bad magic)")
        }
        let bodyEnd = bytes.count - 8
        var reader = ByteReader(bytes: bytes, position: bodyEnd)
        guard try reader.uint64() == checksum(bytes[0..<bodyEnd]) else {
            throw fail("checksum mismatch (truncated or corrupt file)")
        }
        reader = ByteReader(bytes: bytes, position: magic.count, end: bodyEnd)
        let version = try reader.uint32()
        guard version == 1 || version == self.version else {
            throw fail("model format version \(version), expected 1 or \(self.version)")
        }
        guard let kind = TagScheme.Kind(rawValue: try reader.uint8()) else { throw fail("unknown tag scheme") }
        var labels: [MentionLabel] = []
        for _ in 0..<Int(try reader.uint8()) {
            let name = try reader.string()
            guard let label = MentionLabel(rawValue: name) else { throw fail("unknown label \(name)") }
            labels.append(label)
        }
        let scheme = TagScheme(kind: kind, labels: labels)
        let rowBits = Int(try reader.uint8())
        guard (8...24).contains(rowBits) else { throw fail("row bits \(rowBits) out of range") }
        let usesHints = try reader.uint8() == 1
        var featureSet = TaggerFeatureSet.standard
        if version >= 2 {
            let code = try reader.uint8()
            guard let set = TaggerFeatureSet(rawValue: code), set != .standard else {
                throw fail("unknown feature set \(code)")
            }
            featureSet = set
        }
        var lists: [(name: String, entries: [String])] = []
        for _ in 0..<Int(try reader.uint32()) {
            let name = try reader.string()
            var entries: [String] = []
            for _ in 0..<Int(try reader.uint32()) { entries.append(try reader.string()) }
            lists.append((name, entries))
        }
        var prefixes: [String] = []
        for _ in 0..<Int(try reader.uint32()) { prefixes.append(try reader.string()) }
        let scale = try reader.float32()
        let weightCount = (1 << rowBits) * scheme.count
        let table = try reader.withBytes(count: weightCount * 2) { quantized in
            TaggerWeightTable(quantized: quantized, scale: scale, tagCount: scheme.count, rowCount: 1 << rowBits)
        }
        let transitions = try reader.float32Array(count: (scheme.count + 1) * scheme.count)
        guard reader.position == bodyEnd else { throw fail("\(bodyEnd - reader.position) trailing bytes") }
        return PerceptronModel(scheme: scheme, rowBits: rowBits, usesHints: usesHints,
                               gazetteer: TaggerGazetteer(lists: lists), splitPrefixes: prefixes,
                               table: table, transitions: transitions, featureSet: featureSet)
    }

    /// Writes `model` to `path` atomically, creating its directory; a failure is a
    /// `FileWriteError` naming the file and the reason.
    public static func write(_ model: PerceptronModel, to path: String) throws {
        try AtomicFile.write(Data(encode(model)), to: path)
    }

    /// Reads a model file.
    public static func read(from path: String) throws -> PerceptronModel {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw InputError(location: path, reason: "cannot read model file")
        }
        return try decode([UInt8](data), origin: path)
    }

    static func scaleFor(_ weights: [Float]) -> Float {
        let maxAbs = weights.reduce(Float(0)) { max($0, abs($1)) }
        return maxAbs == 0 ? 1 : maxAbs / 32767
    }

    static func quantize(_ w: Float, _ scale: Float) -> Int16 {
        Int16(max(-32767, min(32767, (w / scale).rounded())))
    }

    static func checksum<Bytes: Sequence>(_ bytes: Bytes) -> UInt64 where Bytes.Element == UInt8 { FNV1a.hash(bytes) }
}
