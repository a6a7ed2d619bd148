/// A recorded event that cannot be read as a domain event.
///
/// An infrastructure error (the log holds something this build cannot read), not a
/// business rule: `code` tells callers what to do (skip a type they do not own, or stop).
public struct EventDecodingError: Error, Sendable, Hashable, CustomStringConvertible {
    public enum Code: String, Sendable, Hashable {
        /// The type name is not one of the domain's events (it may belong to another part of eig).
        case unknownType
        /// A schema version this build does not know (newer, or never released).
        case unsupportedVersion
        /// The payload is not valid JSON of the type's shape.
        case malformedPayload
    }

    public let code: Code
    public let type: String
    public let schemaVersion: UInt16
    /// A sentence naming the type, the version and what is wrong.
    public let message: String
    /// The underlying decoding error's description, when there was one.
    public let cause: String?

    public init(code: Code, type: String, schemaVersion: UInt16, message: String, cause: String? = nil) {
        self.code = code
        self.type = type
        self.schemaVersion = schemaVersion
        self.message = message
        self.cause = cause
    }

    public var description: String { cause.map { "\(message): \($0)" } ?? message }
}
