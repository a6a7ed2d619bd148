/// ISO 8601 dates and date-times, read strictly (DESIGN §7).
///
/// Accepted: `YYYY-MM-DD` (that day in Europe/Paris) and `YYYY-MM-DDTHH:MM[:SS[.ffffff]]`
/// followed by `Z`, `±HH:MM` or nothing (then Europe/Paris time). A space may replace the `T`.
/// Anything else, including impossible days and times, is refused with the reason.
extension ValueParser where Value == DateArgument {
    static let dateFormats = "YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS][Z|±HH:MM]"

    /// A date or a date-time.
    static var dateOrDateTime: ValueParser<DateArgument> {
        ValueParser(expecting: "a date or date-time: \(dateFormats)") {
            (text) throws(ValueError) in try ISO8601Reader.parse(text)
        }
    }
}

extension ValueParser where Value == DateRange {
    /// `FROM..TO` of dates or date-times, FROM not after TO: `2021-02-01..2021-04-07`.
    static var dateRange: ValueParser<DateRange> {
        ValueParser(expecting: "FROM..TO, each \(ValueParser<DateArgument>.dateFormats)") {
            (text) throws(ValueError) in
            let (low, high) = try splitRange(text)
            let range = DateRange(
                lower: try ISO8601Reader.parse(low),
                upper: try ISO8601Reader.parse(high)
            )
            guard range.start < range.end else {
                throw ValueError("\(text.quotedForMessage()) is an empty range: \(low) is after \(high)")
            }
            return range
        }
    }
}

/// A cursor over the bytes of one ISO 8601 value.
struct ISO8601Reader {
    let text: String
    let bytes: [UInt8]
    var index = 0

    init(_ text: String) {
        self.text = text
        bytes = Array(text.utf8)
    }

    /// The whole of `text` as a date or date-time.
    static func parse(_ text: String) throws(ValueError) -> DateArgument {
        var reader = ISO8601Reader(text)
        return try reader.readDateArgument()
    }

    mutating func readDateArgument() throws(ValueError) -> DateArgument {
        let day = try readDay()
        if index == bytes.count {
            return try DateArgument(day: day)
        }
        guard [UInt8(ascii: "T"), UInt8(ascii: "t"), UInt8(ascii: " ")].contains(bytes[index]) else {
            throw malformed()
        }
        index += 1
        let hour = try readNumber(digits: 2)
        try expect(":")
        let minute = try readNumber(digits: 2)
        var second = 0
        var microseconds = 0
        if peek(":") {
            index += 1
            second = try readNumber(digits: 2)
            if peek(".") || peek(",") {
                index += 1
                microseconds = try readFraction()
            }
        }
        guard hour < 24, minute < 60, second < 60 else {
            throw ValueError("\(text.quotedForMessage()) is not a valid time of day")
        }
        let secondOfDay = hour * 3600 + minute * 60 + second
        if index == bytes.count {
            return DateArgument(
                instant: try ParisTime.instant(day: day, secondOfDay: secondOfDay, microseconds: microseconds))
        }
        let offset = try readOffset()
        let wall = Int64(day.daysSinceEpoch) * 86_400 + Int64(secondOfDay) - Int64(offset)
        return DateArgument(instant: Instant(microsecondsSinceEpoch: wall * 1_000_000 + Int64(microseconds)))
    }

    mutating func readDay() throws(ValueError) -> CalendarDay {
        let year = try readNumber(digits: 4)
        try expect("-")
        let month = try readNumber(digits: 2)
        try expect("-")
        let day = try readNumber(digits: 2)
        do throws(ValueError) {
            return try CalendarDay(year: year, month: month, day: day)
        } catch {
            throw ValueError("\(text.quotedForMessage()) is not a valid date: \(error.message)")
        }
    }

    /// `Z` or `±HH:MM`, to the end of the text; seconds east of UTC.
    mutating func readOffset() throws(ValueError) -> Int {
        if peek("Z") || peek("z") {
            index += 1
            guard index == bytes.count else { throw malformed() }
            return 0
        }
        guard peek("+") || peek("-") else { throw malformed() }
        let sign = peek("-") ? -1 : 1
        index += 1
        let hours = try readNumber(digits: 2)
        try expect(":")
        let minutes = try readNumber(digits: 2)
        guard index == bytes.count else { throw malformed() }
        guard hours <= 14, minutes < 60 else {
            throw ValueError("\(text.quotedForMessage()) has an impossible offset")
        }
        return sign * (hours * 3600 + minutes * 60)
    }

    /// Up to six digits of a second, as microseconds.
    mutating func readFraction() throws(ValueError) -> Int {
        let start = index
        while index < bytes.count, bytes[index].isASCIIDigit {
            index += 1
        }
        let digits = index - start
        guard digits > 0 else { throw malformed() }
        guard digits <= 6 else {
            throw ValueError("\(text.quotedForMessage()) is more precise than a microsecond")
        }
        let value = bytes[start..<index].reduce(0) { $0 * 10 + Int($1 - UInt8(ascii: "0")) }
        return value * [1, 100_000, 10_000, 1_000, 100, 10, 1][digits]
    }

    mutating func readNumber(digits: Int) throws(ValueError) -> Int {
        guard index + digits <= bytes.count else { throw malformed() }
        var value = 0
        for byte in bytes[index..<index + digits] {
            guard byte.isASCIIDigit else { throw malformed() }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        index += digits
        return value
    }

    mutating func expect(_ character: Unicode.Scalar) throws(ValueError) {
        guard peek(character) else { throw malformed() }
        index += 1
    }

    func peek(_ character: Unicode.Scalar) -> Bool {
        index < bytes.count && bytes[index] == UInt8(ascii: character)
    }

    func malformed() -> ValueError {
        ValueError(
            "\(text.quotedForMessage()) is not a date: expected \(ValueParser<DateArgument>.dateFormats)"
        )
    }
}

extension UInt8 {
    var isASCIIDigit: Bool { self >= UInt8(ascii: "0") && self <= UInt8(ascii: "9") }
}
