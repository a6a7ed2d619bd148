/// The payload of one kind of domain event: a Codable struct with camelCase keys, a type
/// name and a schema version that are part of the log's contract.
///
/// Changing a payload's shape means a new `schemaVersion` and an `upcast` from the old one:
/// the log is never rewritten, old records are read into the current shape.
public protocol EventPayload: Codable, Sendable, Hashable {
    /// The type name recorded with the event, stable for ever (`"DossierSubmitted"`).
    static var typeName: String { get }
    /// The version of the payload's shape that this type encodes.
    static var schemaVersion: UInt16 { get }
    /// Decodes a payload recorded at an older `version` into the current shape.
    static func upcast(_ payload: [UInt8], fromVersion version: UInt16) throws(EventDecodingError) -> Self
    /// The stream the event belongs to.
    var stream: ProgrammeStream { get }
}

extension EventPayload {
    public static var schemaVersion: UInt16 { 1 }

    /// No older shape by default: an unknown version is an error, never a guess.
    public static func upcast(_ payload: [UInt8], fromVersion version: UInt16) throws(EventDecodingError) -> Self {
        throw EventDecodingError(
            code: .unsupportedVersion, type: typeName, schemaVersion: version,
            message: "\(typeName) has no schema version \(version) (this build reads 1 to \(schemaVersion))")
    }
}
