extension BusinessInstant {
    /// How a bare date (`2021-04-07`, no time) is read.
    public enum BareDate: Sendable {
        /// 00:00 that day in Paris (a start bound, `--at`).
        case startOfDay
        /// 23:59:59.999999 that day in Paris (an end bound, `--as-of`).
        case endOfDay
    }

    /// The formats ``init(parsing:bareDate:)`` reads, for help texts and messages.
    public static let formats = "YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS][Z|±HH:MM]"

    /// Parses ISO 8601: `YYYY-MM-DD`, or `YYYY-MM-DDTHH:MM[:SS[.ffffff]]` followed by `Z`, an
    /// offset `±HH:MM`, or nothing (then the time is Paris wall-clock time). A space may stand
    /// for the `T`.
    ///
    /// A Paris time is never guessed: one skipped by the change to summer time is refused, and
    /// one that happens twice (the change back) is refused with the two ways to write it.
    ///
    /// - Throws: `InputError` naming the text and the reason (`date.format`, `date.invalid`,
    ///   `date.time`, `date.precision`, `date.offset`, `date.nonexistent`, `date.ambiguous`).
    public init(parsing text: String, bareDate: BareDate) throws(InputError) {
        var reader = DateTimeReader(text, expected: Self.formats)
        let fields = try reader.readDay()
        if reader.isAtEnd {
            let date = try BusinessDate(fields, reader)
            self = bareDate == .startOfDay ? date.startOfDay : date.endOfDay
            return
        }
        guard reader.peek("T") || reader.peek("t") || reader.peek(" ") else { throw reader.malformed() }
        reader.index += 1
        let hour = try reader.readNumber(digits: 2)
        try reader.expect(":")
        let minute = try reader.readNumber(digits: 2)
        var second = 0
        var microsecond = 0
        if reader.peek(":") {
            reader.index += 1
            second = try reader.readNumber(digits: 2)
            if reader.peek(".") || reader.peek(",") {
                reader.index += 1
                microsecond = try reader.readFraction()
            }
        }
        guard hour < 24, minute < 60, second < 60 else {
            throw reader.failure("date.time", "is not a valid time of day")
        }
        let secondOfDay = hour * 3_600 + minute * 60 + second
        let local =
            CivilCalendar.days(year: fields.year, month: fields.month, day: fields.day)
            * CivilCalendar.microsecondsPerDay
            + Int64(secondOfDay) * CivilCalendar.microsecondsPerSecond + Int64(microsecond)
        if reader.isAtEnd {
            self = try Self.paris(local: local, shown: "\(try BusinessDate(fields, reader))T\(Self.clock(secondOfDay))")
        } else {
            let offset = try reader.readOffset()
            self.init(microsecondsSinceEpoch: local - Int64(offset) * CivilCalendar.microsecondsPerSecond)
        }
    }

    /// The one instant Paris clocks show as `local`, or a refusal saying why there is none or
    /// which offset to add.
    private static func paris(local: Int64, shown: String) throws(InputError) -> BusinessInstant {
        let candidates = ParisTime.utcCandidates(fromLocal: local)
        guard let first = candidates.first else {
            throw InputError(
                code: "date.nonexistent",
                message: "\(shown) does not exist in \(ParisTime.name) (the clocks skip it for summer time); "
                    + "give an offset")
        }
        guard candidates.count == 1 else {
            let options = candidates.map { shown + offsetText(local - $0) }
            throw InputError(
                code: "date.ambiguous",
                message: "\(shown) happens twice in \(ParisTime.name) (the clocks go back); write "
                    + options.joined(separator: " or "))
        }
        return BusinessInstant(microsecondsSinceEpoch: first)
    }

    /// `37230` → `10:20:30`.
    private static func clock(_ secondOfDay: Int) -> String {
        "\(IdentifierSyntax.padded(secondOfDay / 3600, digits: 2)):"
            + "\(IdentifierSyntax.padded(secondOfDay / 60 % 60, digits: 2)):"
            + IdentifierSyntax.padded(secondOfDay % 60, digits: 2)
    }

    /// An offset in microseconds east of UTC as `+02:00`.
    private static func offsetText(_ microseconds: Int64) -> String {
        let minutes = Int(abs(microseconds) / (60 * CivilCalendar.microsecondsPerSecond))
        return (microseconds < 0 ? "-" : "+") + IdentifierSyntax.padded(minutes / 60, digits: 2) + ":"
            + IdentifierSyntax.padded(minutes % 60, digits: 2)
    }
}
