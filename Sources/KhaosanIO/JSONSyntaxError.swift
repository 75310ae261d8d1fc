/// Why a JSON line could not be parsed; `offset` is the 0-based byte offset in the line.
package struct JSONSyntaxError: Error, Equatable, CustomStringConvertible {
    var offset: Int
    var message: String

    package var description: String { "\(message) (byte \(offset + 1) of the line)" }
}
