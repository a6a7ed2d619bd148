/// A strict reader of ISO 8601 dates and date-times, shared by ``BusinessDate/init(parsing:)``
/// and ``BusinessInstant/init(parsing:bareDate:)`` so that both refuse the same text with the
/// same sentences ("'2021-02-29' is not a valid date: February 2021 has 28 days").
struct DateTimeReader {
    let text: String
    let bytes: [UInt8]
    var index = 0
    /// What the malformed-text sentence says is expected.
    let expected: String

    init(_ text: String, expected: String) {
        self.text = text
        self.bytes = Array(text.utf8)
        self.expected = expected
    }

    var isAtEnd: Bool { index == bytes.count }

    static let monthNames = [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ]

    /// `YYYY-MM-DD`, a real day of years 1 to 9999: its day number since 1970-01-01.
    mutating func readDay() throws(InputError) -> (year: Int, month: Int, day: Int) {
        let year = try readNumber(digits: 4)
        try expect("-")
        let month = try readNumber(digits: 2)
        try expect("-")
        let day = try readNumber(digits: 2)
        guard (1...9999).contains(year) else { throw invalidDate("the year \(year) is out of range (0001 to 9999)") }
        guard (1...12).contains(month) else { throw invalidDate("there is no month \(month)") }
        let length = CivilCalendar.daysInMonth(year: year, month: month)
        guard (1...length).contains(day) else {
            throw invalidDate("\(Self.monthNames[month - 1]) \(year) has \(length) days")
        }
        return (year, month, day)
    }

    /// `Z` or `±HH:MM`, to the end of the text: seconds east of UTC.
    mutating func readOffset() throws(InputError) -> Int {
        if peek("Z") || peek("z") {
            index += 1
            guard isAtEnd else { throw malformed() }
            return 0
        }
        guard peek("+") || peek("-") else { throw malformed() }
        let sign = peek("-") ? -1 : 1
        index += 1
        let hours = try readNumber(digits: 2)
        try expect(":")
        let minutes = try readNumber(digits: 2)
        guard isAtEnd else { throw malformed() }
        guard hours <= 14, minutes < 60 else { throw failure("date.offset", "has an impossible offset") }
        return sign * (hours * 3600 + minutes * 60)
    }

    /// One to six digits of a second, as microseconds.
    mutating func readFraction() throws(InputError) -> Int {
        let start = index
        while index < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) { index += 1 }
        let digits = index - start
        guard digits > 0 else { throw malformed() }
        guard digits <= 6 else { throw failure("date.precision", "is more precise than a microsecond") }
        let value = bytes[start..<index].reduce(0) { $0 * 10 + Int($1 - UInt8(ascii: "0")) }
        return value * [1, 100_000, 10_000, 1_000, 100, 10, 1][digits]
    }

    mutating func readNumber(digits: Int) throws(InputError) -> Int {
        guard index + digits <= bytes.count else { throw malformed() }
        var value = 0
        for byte in bytes[index..<index + digits] {
            guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { throw malformed() }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        index += digits
        return value
    }

    mutating func expect(_ character: Unicode.Scalar) throws(InputError) {
        guard peek(character) else { throw malformed() }
        index += 1
    }

    func peek(_ character: Unicode.Scalar) -> Bool {
        index < bytes.count && bytes[index] == UInt8(ascii: character)
    }

    /// The text, quoted as the CLI quotes values: `'2021-02-29'`.
    var quoted: String { IdentifierSyntax.quoted(text, mark: "'") }

    func malformed() -> InputError {
        InputError(code: "date.format", message: "\(quoted) is not a date: expected \(expected)")
    }

    func invalidDate(_ reason: String) -> InputError {
        InputError(code: "date.invalid", message: "\(quoted) is not a valid date: \(reason)")
    }

    func failure(_ code: String, _ predicate: String) -> InputError {
        InputError(code: code, message: "\(quoted) \(predicate)")
    }
}
