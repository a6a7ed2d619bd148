/// A CSV file that cannot be read or imported, with where the first problem is.
///
/// The import refuses a file whole at its first problem: `line` and `column` (1-based,
/// columns counted in Unicode scalars) point at it, `message` says what is wrong.
public struct CSVError: Error, Sendable, Hashable, CustomStringConvertible {
    public enum Code: String, Sendable, Hashable {
        /// Not UTF-8.
        case encoding
        /// A quote where RFC 4180 does not allow one, or a quoted field never closed.
        case quoting
        /// A line break that is neither CRLF nor LF.
        case lineBreak
        /// A row with more or fewer fields than the header.
        case fieldCount
        /// Too many rows, or a field too long.
        case tooLarge
        /// No header, a missing, unknown or repeated column.
        case header
        /// A value that does not fit its column (not a number, an unknown profile…).
        case value
    }

    public let code: Code
    public let line: Int
    public let column: Int
    /// What is wrong, without the position (see `description` for both).
    public let message: String

    public init(code: Code, line: Int, column: Int, message: String) {
        self.code = code
        self.line = line
        self.column = column
        self.message = message
    }

    /// `line 5, column 37: "devops" is not a profile…`
    public var description: String { "line \(line), column \(column): \(message)" }
}
