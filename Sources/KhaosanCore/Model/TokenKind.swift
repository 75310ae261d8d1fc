/// The script or class of a token, decided by its scalars.
public enum TokenKind: String, Codable, Sendable, CaseIterable {
    case thai, latin, number, punctuation, space, other
}
