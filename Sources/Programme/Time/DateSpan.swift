/// A span of whole days in Paris, such as a call window (`2021-02-01..2021-04-07`) or a
/// promotion's dates. It opens at 00:00 on `first` and closes at 23:59:59.999999 on `last`.
public struct DateSpan: Hashable, Sendable, Codable, CustomStringConvertible {
    public let first: BusinessDate
    public let last: BusinessDate

    /// - Returns: nil when `last` is before `first`.
    public init?(first: BusinessDate, last: BusinessDate) {
        guard first <= last else { return nil }
        self.first = first
        self.last = last
    }

    /// Parses `FROM..TO`, two `YYYY-MM-DD` dates, the second not before the first.
    public init(parsing text: String) throws(InputError) {
        let parts = text.split(separator: "..", omittingEmptySubsequences: false)
        guard parts.count == 2 else {
            throw InputError(
                code: "date.span",
                message: "\(IdentifierSyntax.quoted(text)) is not a date range: expected YYYY-MM-DD..YYYY-MM-DD")
        }
        let first = try BusinessDate(parsing: String(parts[0]))
        let last = try BusinessDate(parsing: String(parts[1]))
        guard let span = DateSpan(first: first, last: last) else {
            throw InputError(code: "date.span", message: "the date range \(text) ends before it starts")
        }
        self = span
    }

    /// The first instant of the span: 00:00 on `first`, Paris time.
    public var opensAt: BusinessInstant { first.startOfDay }
    /// The last instant of the span: 23:59:59.999999 on `last`, Paris time.
    public var closesAt: BusinessInstant { last.endOfDay }

    public func contains(_ instant: BusinessInstant) -> Bool { (opensAt...closesAt).contains(instant) }

    public var description: String { "\(first)..\(last)" }

    private enum CodingKeys: String, CodingKey { case first, last }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let first = try container.decode(BusinessDate.self, forKey: .first)
        let last = try container.decode(BusinessDate.self, forKey: .last)
        guard let span = DateSpan(first: first, last: last) else {
            throw DecodingError.dataCorruptedError(
                forKey: .last, in: container, debugDescription: "\(last) is before \(first)")
        }
        self = span
    }
}
