import Programme

/// Parsers for the domain's values, reusing the domain's own parsing so the CLI and the log
/// agree on what an id or a date range is. A malformed value is a usage error (exit 64)
/// naming the option, with the domain's sentence.
extension ValueParser {
    /// Wraps a domain parser that throws `InputError`.
    static func domain(
        expecting expectation: String, _ parse: @escaping @Sendable (String) throws(InputError) -> Value
    ) -> ValueParser<Value> {
        ValueParser(expecting: expectation) { (text) throws(ValueError) in
            do throws(InputError) {
                return try parse(text)
            } catch {
                throw ValueError(error.message)
            }
        }
    }
}

extension ValueParser where Value == EditionKey {
    static let edition = ValueParser.domain(expecting: "an edition: a number such as 5, or a name such as dig") {
        (text) throws(InputError) in try EditionKey(parsing: text)
    }
}

extension ValueParser where Value == DossierID {
    static let dossier = ValueParser.domain(expecting: "a dossier id such as P5-003") {
        (text) throws(InputError) in try DossierID(parsing: text)
    }
}

extension ValueParser where Value == CandidatureID {
    static let candidature = ValueParser.domain(expecting: "a candidature id such as C5-0042") {
        (text) throws(InputError) in try CandidatureID(parsing: text)
    }
}

extension ValueParser where Value == ChallengeID {
    static let challenge = ValueParser.domain(expecting: "a défi id such as D5-003") {
        (text) throws(InputError) in try ChallengeID(parsing: text)
    }
}

extension ValueParser where Value == DateSpan {
    /// `FROM..TO`, two days: a window from 00:00 on FROM to 23:59 on TO, Europe/Paris.
    static let days = ValueParser.domain(expecting: "FROM..TO, two dates YYYY-MM-DD") {
        (text) throws(InputError) in try DateSpan(parsing: text)
    }
}

extension ValueParser where Value == ClosedRange<Int> {
    /// `N` or `MIN..MAX` inside `bounds` (`--months 10`, `--months 6..12`).
    static func countOrRange(within bounds: ClosedRange<Int>) -> ValueParser<ClosedRange<Int>> {
        let range = ValueParser<ClosedRange<Int>>.integerRange(within: bounds)
        let single = ValueParser<Int>.integer(in: bounds)
        return ValueParser(expecting: "N or MIN..MAX, within \(bounds.lowerBound)..\(bounds.upperBound)") {
            (text) throws(ValueError) in
            if text.contains("..") { return try range.parse(text) }
            let value = try single.parse(text)
            return value...value
        }
    }
}

/// The free-text limits of the domain (`TextRule`), so the CLI refuses first with a usage
/// error and the domain's check never has to.
extension ValueParser where Value == String {
    static func text(_ rule: TextRule) -> ValueParser<String> {
        .text(maxLength: rule.maximumLength, allowsNewlines: rule.allowsLineBreaks)
    }

    /// A person's name, for the vault.
    static let personName = ValueParser.text(maxLength: 200)
    static let email = ValueParser.text(maxLength: 254)
    static let phone = ValueParser.text(maxLength: 32)
}
