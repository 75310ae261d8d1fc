/// The kind of a JSON value.
package enum JSONValueKind: String, Sendable {
    case string, number, object, array, bool = "boolean", null
}
