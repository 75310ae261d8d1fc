/// A model file that cannot be used, with the file and the reason.
public struct TaggerModelError: Error, CustomStringConvertible, Sendable {
    public var origin: String
    public var reason: String
    public var description: String { "\(origin): \(reason)" }
}
