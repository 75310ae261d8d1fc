/// A fixed list of known entities (tests, or a lexicon already converted).
public struct KnownEntityList: KnownEntitySource {
    public var knownEntities: [KnownEntity]
    public init(_ entities: [KnownEntity] = []) { knownEntities = entities }
}
