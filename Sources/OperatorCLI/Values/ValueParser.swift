/// Why a value given on the command line was refused, as a sentence about the value alone
/// (the parser adds which option or argument it was given to).
struct ValueError: Error, Equatable {
    var message: String

    init(_ message: String) {
        self.message = message
    }
}

/// Turns the text of one option value or argument into a typed value, or explains why it can't.
///
/// Parsers are values, so a command declares `Option("limit", parser: .integer(in: 1...10_000))`
/// and reads back an `Int`; every refusal is a ``ValueError`` the kit turns into a usage error
/// naming the option (exit 64). Commands with types of their own (dossier ids) build a parser
/// with ``init(expecting:parse:)``.
struct ValueParser<Value: Sendable>: Sendable {
    /// What is expected, for help and error messages: "an integer from 1 to 10000".
    var expectation: String
    /// The conversion itself.
    var parse: @Sendable (String) throws(ValueError) -> Value

    init(expecting expectation: String, parse: @escaping @Sendable (String) throws(ValueError) -> Value) {
        self.expectation = expectation
        self.parse = parse
    }

    /// Applies `transform` to every parsed value; `transform` may refuse the value too.
    func map<Other: Sendable>(
        expecting expectation: String? = nil,
        _ transform: @escaping @Sendable (Value) throws(ValueError) -> Other
    ) -> ValueParser<Other> {
        let parse = self.parse
        return ValueParser<Other>(expecting: expectation ?? self.expectation) { (text) throws(ValueError) in
            try transform(try parse(text))
        }
    }
}

extension String {
    /// The value as an operator should see it in a message: quoted, with control and invisible
    /// characters escaped, and cut after `limit` characters so a huge value can't flood the
    /// terminal.
    func quotedForMessage(limit: Int = 60) -> String {
        var result = "'"
        var count = 0
        for character in self {
            if count == limit {
                result += "…"
                break
            }
            count += 1
            for scalar in character.unicodeScalars {
                if scalar.isShownEscaped {
                    result += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "'"
    }
}

extension Unicode.Scalar {
    /// Control characters (C0, DEL, C1) and the bidirectional overrides and isolates that can
    /// make text display differently from what it is.
    var isControlOrBidiOverride: Bool {
        switch value {
        case 0x00...0x1F, 0x7F...0x9F: true
        case 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }

    /// Characters escaped when a value is echoed back in a message.
    var isShownEscaped: Bool {
        isControlOrBidiOverride || value == 0x200B || value == 0xFEFF
    }
}
