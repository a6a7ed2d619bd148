/// A calendar day in Europe/Paris, written `2021-04-07`.
///
/// The programme's rules speak in days ("the call closes on 7 April"): as the start of a
/// window a day means 00:00 that day in Paris, as its end 23:59:59.999999 that day in Paris.
public struct BusinessDate: Hashable, Sendable, Comparable, Codable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// The years a business date may fall in: the programme's era, with the EU summer-time
    /// rule that `ParisTime` implements.
    public static let years: ClosedRange<Int> = 1996...2199

    /// - Returns: nil when the day does not exist or the year is outside `years`.
    public init?(year: Int, month: Int, day: Int) {
        guard Self.years.contains(year), (1...12).contains(month),
            (1...CivilCalendar.daysInMonth(year: year, month: month)).contains(day)
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses exactly `YYYY-MM-DD`, a real day of ``years``.
    ///
    /// - Throws: `InputError` with the reason: `'2021-02-29' is not a valid date: February 2021
    ///   has 28 days`.
    public init(parsing text: String) throws(InputError) {
        var reader = DateTimeReader(text, expected: "YYYY-MM-DD")
        let fields = try reader.readDay()
        guard reader.isAtEnd else { throw reader.malformed() }
        self = try BusinessDate(fields, reader)
    }

    /// A day read by `reader`, refused with a sentence when outside ``years``.
    init(_ fields: (year: Int, month: Int, day: Int), _ reader: DateTimeReader) throws(InputError) {
        guard let date = BusinessDate(year: fields.year, month: fields.month, day: fields.day) else {
            throw reader.invalidDate(
                "business dates are in the years \(Self.years.lowerBound) to \(Self.years.upperBound)")
        }
        self = date
    }

    init(dayNumber: Int64) {
        let civil = CivilCalendar.civil(days: dayNumber)
        (year, month, day) = (civil.year, civil.month, civil.day)
    }

    /// Days since 1970-01-01.
    var dayNumber: Int64 { CivilCalendar.days(year: year, month: month, day: day) }

    /// 00:00 that day in Paris: the instant a window starting on this day opens.
    public var startOfDay: BusinessInstant {
        BusinessInstant(microsecondsSinceEpoch: ParisTime.utc(fromLocal: dayNumber * CivilCalendar.microsecondsPerDay)!)
    }

    /// 23:59:59.999999 that day in Paris: the last instant of a window ending on this day.
    public var endOfDay: BusinessInstant {
        let local = (dayNumber + 1) * CivilCalendar.microsecondsPerDay - 1
        return BusinessInstant(microsecondsSinceEpoch: ParisTime.utc(fromLocal: local)!)
    }

    /// The day `days` later (or earlier when negative).
    public func adding(days: Int) -> BusinessDate { BusinessDate(dayNumber: dayNumber + Int64(days)) }

    /// The same day `months` later, clamped to the month's last day (31 Jan + 1 month = 28/29 Feb).
    public func adding(months: Int) -> BusinessDate {
        let index = year * 12 + (month - 1) + months
        let (newYear, newMonth) = (index / 12, index % 12 + 1)
        let newDay = min(day, CivilCalendar.daysInMonth(year: newYear, month: newMonth))
        return BusinessDate(dayNumber: CivilCalendar.days(year: newYear, month: newMonth, day: newDay))
    }

    public var description: String {
        "\(year)-\(IdentifierSyntax.padded(month, digits: 2))-\(IdentifierSyntax.padded(day, digits: 2))"
    }

    public static func < (lhs: BusinessDate, rhs: BusinessDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        do {
            self = try BusinessDate(parsing: try container.decode(String.self))
        } catch let error as InputError {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: error.message)
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
