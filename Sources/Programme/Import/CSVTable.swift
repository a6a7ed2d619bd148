/// A parsed CSV file: its header and its rows, each field with where it started.
public struct CSVTable: Sendable, Hashable {
    public let header: [CSVField]
    public let rows: [CSVRow]
}

/// One row of a CSV file.
public struct CSVRow: Sendable, Hashable {
    /// The line the row starts on (1-based).
    public let line: Int
    public let fields: [CSVField]
}

/// One field, with its position for error messages.
public struct CSVField: Sendable, Hashable {
    public let value: String
    public let line: Int
    public let column: Int
}
