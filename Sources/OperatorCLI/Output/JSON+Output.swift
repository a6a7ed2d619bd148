import EventStore

/// The CLI's side of EventStore's ``JSON``: the text it prints and the decimals it rounds.
extension JSON {
    /// A number rounded to `digits` fraction digits (jury averages: `2.67`).
    static func number(_ value: Double, digits: Int) -> JSON {
        var scale = 1.0
        for _ in 0..<digits { scale *= 10 }
        return .double((value * scale).rounded(.toNearestOrAwayFromZero) / scale)
    }

    /// A list of ids or names as a JSON array of strings.
    static func strings(_ values: [some CustomStringConvertible]) -> JSON {
        .array(values.map { .string($0.description) })
    }

    /// One line, no spaces: a JSON Lines record.
    var compactText: String { String(decoding: encoded(), as: UTF8.self) }

    /// Indented by two spaces, ending without a newline.
    var prettyText: String { String(decoding: encoded(options: .prettyPrinted), as: UTF8.self) }
}
