/// A value typed by a person or read from a file that does not have the expected shape.
///
/// Parsing errors are not business rules: the operator typed a malformed id, date or
/// profile. The CLI maps them to exit code 65 (bad data) and shows `message` as is.
public struct InputError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A stable, machine-readable code such as `"id.dossier"` or `"date.format"`.
    public let code: String
    /// A sentence an operator understands, naming the value and the expected shape.
    public let message: String

    public init(code: String, message: String) {
        self.code = code
        self.message = message
    }

    public var description: String { message }
}
