extension BusinessInstant {
    /// How a bare date (`2021-04-07`, no time) is read.
    public enum BareDate: Sendable {
        /// 00:00 that day in Paris (a start bound, `--at`).
        case startOfDay
        /// 23:59:59.999999 that day in Paris (an end bound).
        case endOfDay
    }

    /// Parses ISO 8601: `YYYY-MM-DD`, or `YYYY-MM-DDTHH:MM[:SS[.ffffff]]` followed by `Z`, an
    /// offset `±HH:MM`, or nothing (then the time is Paris wall-clock time). A space may stand
    /// for the `T`.
    ///
    /// - Throws: `InputError` (`date.format`) naming the text; a Paris time skipped by the
    ///   change to summer time is refused rather than guessed.
    public init(parsing text: String, bareDate: BareDate) throws(InputError) {
        let problem = InputError(
            code: "date.format",
            message: "\(IdentifierSyntax.quoted(text)) is not a date or date-time: expected YYYY-MM-DD or "
                + "YYYY-MM-DDTHH:MM[:SS[.ffffff]][Z|+HH:MM] (no offset: Europe/Paris)")
        let chars = Array(text)
        guard chars.count >= 10 else { throw problem }
        let date = try BusinessDate(parsing: String(chars[0..<10]))
        if chars.count == 10 {
            self = bareDate == .startOfDay ? date.startOfDay : date.endOfDay
            return
        }
        guard chars[10] == "T" || chars[10] == " " else { throw problem }
        var scanner = DigitScanner(chars: chars, index: 11)
        guard let hour = scanner.number(2), scanner.skip(":"), let minute = scanner.number(2) else { throw problem }
        var second = 0
        var micro = 0
        if scanner.skip(":") {
            guard let value = scanner.number(2) else { throw problem }
            second = value
            if scanner.skip(".") {
                guard let fraction = scanner.fraction() else { throw problem }
                micro = fraction
            }
        }
        let offsetMinutes: Int?
        if scanner.isAtEnd {
            offsetMinutes = nil
        } else if scanner.skip("Z") {
            offsetMinutes = 0
        } else if let sign = scanner.sign(), let offsetHour = scanner.number(2), scanner.skip(":"),
            let offsetMinute = scanner.number(2), offsetHour <= 14, offsetMinute <= 59
        {
            offsetMinutes = sign * (offsetHour * 60 + offsetMinute)
        } else {
            throw problem
        }
        guard scanner.isAtEnd, hour <= 23, minute <= 59, second <= 59 else { throw problem }
        if let offsetMinutes {
            let seconds = Int64(hour * 3_600 + minute * 60 + second - offsetMinutes * 60)
            self.init(
                microsecondsSinceEpoch: date.dayNumber * CivilCalendar.microsecondsPerDay
                    + seconds * CivilCalendar.microsecondsPerSecond + Int64(micro))
        } else {
            guard
                let instant = BusinessInstant(
                    paris: date, hour: hour, minute: minute, second: second, microsecond: micro)
            else {
                throw InputError(
                    code: "date.nonexistent",
                    message: "\(IdentifierSyntax.quoted(text)) does not exist in Europe/Paris: "
                        + "clocks skip that hour when summer time begins")
            }
            self = instant
        }
    }
}

/// Reads fixed-width ASCII digits and punctuation from a date-time.
private struct DigitScanner {
    let chars: [Character]
    var index: Int

    var isAtEnd: Bool { index == chars.count }

    mutating func skip(_ character: Character) -> Bool {
        guard index < chars.count, chars[index] == character else { return false }
        index += 1
        return true
    }

    mutating func number(_ width: Int) -> Int? {
        guard index + width <= chars.count else { return nil }
        var value = 0
        for character in chars[index..<index + width] {
            guard character.isASCII, let digit = character.wholeNumberValue else { return nil }
            value = value * 10 + digit
        }
        index += width
        return value
    }

    /// 1 to 6 fractional digits, as microseconds.
    mutating func fraction() -> Int? {
        var digits = 0
        var value = 0
        while index < chars.count, chars[index].isASCII, let digit = chars[index].wholeNumberValue {
            guard digits < 6 else { return nil }
            value = value * 10 + digit
            digits += 1
            index += 1
        }
        guard digits > 0 else { return nil }
        for _ in digits..<6 { value *= 10 }
        return value
    }

    mutating func sign() -> Int? {
        if skip("+") { return 1 }
        if skip("-") { return -1 }
        return nil
    }
}
