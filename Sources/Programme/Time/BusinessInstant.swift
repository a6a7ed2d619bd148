/// An instant on the business timeline, in microseconds since 1970-01-01 00:00 UTC.
///
/// The same unit as the store's timestamps, so Operations converts with no rounding:
/// `BusinessInstant(microsecondsSinceEpoch: timestamp.microseconds)`. The domain never reads
/// a clock: every decision receives the instant it happens at.
public struct BusinessInstant: Hashable, Sendable, Comparable, Codable, CustomStringConvertible {
    public let microsecondsSinceEpoch: Int64

    public init(microsecondsSinceEpoch: Int64) {
        self.microsecondsSinceEpoch = microsecondsSinceEpoch
    }

    /// A Paris wall-clock time; nil when it does not exist (the skipped hour in March) or the
    /// fields are out of range. In the repeated October hour, the first occurrence.
    public init?(paris date: BusinessDate, hour: Int, minute: Int, second: Int = 0, microsecond: Int = 0) {
        guard (0...23).contains(hour), (0...59).contains(minute), (0...59).contains(second),
            (0...999_999).contains(microsecond)
        else { return nil }
        let seconds = Int64(hour * 3_600 + minute * 60 + second)
        let local =
            date.dayNumber * CivilCalendar.microsecondsPerDay + seconds * CivilCalendar.microsecondsPerSecond
            + Int64(microsecond)
        guard let utc = ParisTime.utc(fromLocal: local) else { return nil }
        microsecondsSinceEpoch = utc
    }

    /// The day this instant falls on in Paris.
    public var parisDate: BusinessDate { parisFields.date }

    /// `2021-04-07 23:59 Europe/Paris`: how rejections and reports show an instant.
    public var parisDescription: String {
        let fields = parisFields
        return "\(fields.date) \(IdentifierSyntax.padded(fields.hour, digits: 2)):"
            + "\(IdentifierSyntax.padded(fields.minute, digits: 2)) \(ParisTime.name)"
    }

    /// ISO 8601 in UTC with microseconds: `2021-04-07T21:59:59.999999Z`.
    public var description: String {
        let (day, inDay) = CivilCalendar.floorDivide(microsecondsSinceEpoch, CivilCalendar.microsecondsPerDay)
        let date = BusinessDate(dayNumber: day)
        let seconds = Int(inDay / CivilCalendar.microsecondsPerSecond)
        let micros = Int(inDay % CivilCalendar.microsecondsPerSecond)
        return "\(date)T\(IdentifierSyntax.padded(seconds / 3_600, digits: 2)):"
            + "\(IdentifierSyntax.padded(seconds / 60 % 60, digits: 2)):"
            + "\(IdentifierSyntax.padded(seconds % 60, digits: 2)).\(IdentifierSyntax.padded(micros, digits: 6))Z"
    }

    private var parisFields: (date: BusinessDate, hour: Int, minute: Int) {
        let local = ParisTime.local(fromUTC: microsecondsSinceEpoch)
        let (day, inDay) = CivilCalendar.floorDivide(local, CivilCalendar.microsecondsPerDay)
        let minutes = Int(inDay / (60 * CivilCalendar.microsecondsPerSecond))
        return (BusinessDate(dayNumber: day), minutes / 60, minutes % 60)
    }

    /// The instant `microseconds` later.
    public func adding(microseconds: Int64) -> BusinessInstant {
        BusinessInstant(microsecondsSinceEpoch: microsecondsSinceEpoch + microseconds)
    }

    public static func < (lhs: BusinessInstant, rhs: BusinessInstant) -> Bool {
        lhs.microsecondsSinceEpoch < rhs.microsecondsSinceEpoch
    }

    public init(from decoder: any Decoder) throws {
        microsecondsSinceEpoch = try decoder.singleValueContainer().decode(Int64.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(microsecondsSinceEpoch)
    }
}
