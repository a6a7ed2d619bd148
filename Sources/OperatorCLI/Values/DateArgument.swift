/// A date or a date-time as typed on the command line, resolved to instants but remembering
/// which it was: a bare date means the whole day in Europe/Paris, so a window ending on a bare
/// date includes that day.
struct DateArgument: Hashable, Sendable, CustomStringConvertible {
    enum Kind: Hashable, Sendable {
        /// `2021-04-07`: that day in Europe/Paris.
        case day(CalendarDay)
        /// `2021-04-07T23:59`, `2021-04-07T21:59:00Z`, `…+02:00`: one instant.
        case instant
    }

    var kind: Kind
    /// When it begins: midnight in Paris for a day, the instant itself otherwise.
    var start: Instant
    /// When it ends, exclusive: the next midnight in Paris for a day, one microsecond after the
    /// instant otherwise (so a range `..2021-04-07T23:59` includes 23:59:00 itself).
    var end: Instant

    /// That day in Europe/Paris.
    init(day: CalendarDay) throws(ValueError) {
        kind = .day(day)
        start = try ParisTime.instant(day: day, secondOfDay: 0)
        end = try ParisTime.instant(day: day.next, secondOfDay: 0)
    }

    /// One instant.
    init(instant: Instant) {
        kind = .instant
        start = instant
        end = Instant(microsecondsSinceEpoch: instant.microsecondsSinceEpoch + 1)
    }

    /// The day, if a bare date was given.
    var day: CalendarDay? {
        if case .day(let day) = kind { day } else { nil }
    }

    var description: String {
        switch kind {
        case .day(let day): day.description
        case .instant: start.description
        }
    }
}

/// `FROM..TO` of dates or date-times, both ends included as written: a call window, a
/// promotion's dates, a report's period.
struct DateRange: Hashable, Sendable {
    var lower: DateArgument
    var upper: DateArgument

    /// The first instant inside the range.
    var start: Instant { lower.start }
    /// The first instant after the range (for a bare end date, the next midnight in Paris).
    var end: Instant { upper.end }
}
