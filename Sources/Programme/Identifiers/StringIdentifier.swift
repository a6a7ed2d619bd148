/// An identifier that is written and read as one string (`"P5-003"`, `"C5-0042"`).
///
/// Conforming types encode as a single JSON string, never as `{"rawValue": …}`, and
/// validate on decoding, so a malformed id in a payload is a decoding error, not a
/// silently wrong value.
public protocol StringIdentifier: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The canonical text of the identifier.
    var rawValue: String { get }
    /// Parses and validates `text`.
    ///
    /// - Throws: `InputError` naming the value and the expected shape.
    init(parsing text: String) throws(InputError)
}

extension StringIdentifier {
    public var description: String { rawValue }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        do {
            try self.init(parsing: text)
        } catch {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: error.message)
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}

/// Shared helpers for the `<letter><edition>-<digits>` identifiers.
enum IdentifierSyntax {
    /// Splits `"P5-003"` into the edition and the number, checking the prefix letter and
    /// the exact count of digits.
    ///
    /// The error's message is built only when the text is refused: quoting and interpolating
    /// it cost several times the parse itself, and ids are parsed for every event decoded.
    static func parse(
        _ text: String,
        prefix: Character,
        digits: Int,
        kind: String,
        example: String
    ) throws(InputError) -> (edition: EditionKey, number: Int) {
        func problem() -> InputError {
            InputError(
                code: "id.\(kind)",
                message: "\(quoted(text)) is not a \(kind) id: expected \(prefix)<edition>-"
                    + "\(String(repeating: "N", count: digits)), e.g. \(example)"
            )
        }
        guard text.first == prefix, let dash = text.lastIndex(of: "-") else { throw problem() }
        let editionText = text[text.index(after: text.startIndex)..<dash]
        let numberText = text[text.index(after: dash)...]
        guard numberText.count == digits, numberText.allSatisfy({ $0.isASCII && $0.isNumber }),
            let number = Int(numberText), number > 0,
            let edition = try? EditionKey(parsing: String(editionText))
        else { throw problem() }
        return (edition, number)
    }

    /// Formats a number with leading zeros to `digits` places.
    static func padded(_ number: Int, digits: Int) -> String {
        let text = String(number)
        return String(repeating: "0", count: max(0, digits - text.count)) + text
    }

    /// Quotes a value for an error message, escaping what would hide in a terminal; `mark`
    /// is the quotation mark (`"` for ids, `'` for dates and times, as the CLI writes them).
    static func quoted(_ text: String, mark: Unicode.Scalar = "\"") -> String {
        var out = String(mark)
        for scalar in text.unicodeScalars.prefix(80) {
            switch scalar {
            case mark: out += "\\" + String(mark)
            case "\\": out += "\\\\"
            default:
                if scalar.properties.generalCategory == .control {
                    out += "\\u{\(String(scalar.value, radix: 16))}"
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + (text.unicodeScalars.count > 80 ? "…" : "") + String(mark)
    }
}
