/// An error reported by ICU, with its `UErrorCode` value (> 0).
public struct ICUError: Error, CustomStringConvertible, Sendable {
    /// ICU's `UErrorCode` (positive values are failures).
    public let code: Int32
    /// What khaosan was doing when ICU failed.
    public let operation: String

    public init(code: Int32, operation: String) {
        self.code = code
        self.operation = operation
    }

    public var description: String { "ICU error \(code) in \(operation)" }
}
