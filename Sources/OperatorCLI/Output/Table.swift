import EventStore

/// Rows of values with named columns: declared once by a list command and printed as an
/// aligned table for people, as CSV for spreadsheets or as a JSON array for scripts.
struct Table {
    enum Alignment: Sendable {
        case left
        case right
    }

    struct Column: Sendable {
        /// The machine name: the CSV header and the JSON key (`host`, `submittedAt`).
        var key: String
        /// The header people read (`HOST`).
        var title: String
        var alignment: Alignment
        /// The widest a human cell may be, in columns; longer cells are cut and end with "…".
        /// CSV and JSON are never cut.
        var maxWidth: Int?

        init(_ key: String, title: String? = nil, alignment: Alignment = .left, maxWidth: Int? = nil) {
            self.key = key
            self.title = title ?? key.uppercased()
            self.alignment = alignment
            self.maxWidth = maxWidth
        }
    }

    /// One value; its kind decides how JSON shows it and how the human table aligns it.
    enum Cell: Sendable, Equatable, ExpressibleByStringLiteral, ExpressibleByIntegerLiteral {
        case text(String)
        case integer(Int)
        /// A decimal shown with `digits` fraction digits (jury averages).
        case decimal(Double, digits: Int)
        case bool(Bool)
        /// No value: empty in tables and CSV, `null` in JSON.
        case empty

        init(stringLiteral value: String) { self = .text(value) }
        init(integerLiteral value: Int) { self = .integer(value) }

        /// The text in tables and CSV.
        var text: String {
            switch self {
            case .text(let text): text
            case .integer(let value): String(value)
            case .decimal(let value, let digits): formatDecimal(value, digits: digits)
            case .bool(let value): value ? "yes" : "no"
            case .empty: ""
            }
        }

        var json: JSON {
            switch self {
            case .text(let text): .string(text)
            case .integer(let value): .integer(value)
            case .decimal(let value, let digits): .number(value, digits: digits)
            case .bool(let value): .bool(value)
            case .empty: .null
            }
        }
    }

    var columns: [Column]
    var rows: [[Cell]] = []

    init(columns: [Column], rows: [[Cell]] = []) {
        self.columns = columns
        self.rows = rows
    }

    mutating func append(_ row: [Cell]) {
        precondition(row.count == columns.count, "a row of \(row.count) cells in a table of \(columns.count) columns")
        rows.append(row)
    }
}

/// `2.5` with 2 digits → `2.50`; rounded half away from zero, in exponent notation only beyond
/// 10^15, where a `Double` no longer holds the digits anyway.
func formatDecimal(_ value: Double, digits: Int) -> String {
    guard value.isFinite else { return value.isNaN ? "NaN" : (value < 0 ? "-inf" : "inf") }
    guard abs(value) < 1e15, (0...6).contains(digits) else { return value.description }
    var scale = 1.0
    for _ in 0..<digits { scale *= 10 }
    let scaled = (abs(value) * scale).rounded(.toNearestOrAwayFromZero)
    let whole = scaled / scale
    let integerPart = Int(whole.rounded(.towardZero))
    let fraction = Int((scaled - Double(integerPart) * scale).rounded())
    let sign = value < 0 && scaled != 0 ? "-" : ""
    return digits == 0
        ? "\(sign)\(integerPart)"
        : "\(sign)\(integerPart).\(String(repeating: "0", count: max(0, digits - String(fraction).count)))\(fraction)"
}
