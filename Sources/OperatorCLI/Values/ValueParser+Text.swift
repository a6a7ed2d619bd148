import Foundation

/// Free text, identifiers and paths.
extension ValueParser where Value == String {
    /// Text an operator types: a title, a motivation, a name.
    ///
    /// Leading and trailing white space is removed; what remains must be non-empty, at most
    /// `maxLength` characters (grapheme clusters, as a person counts them), and free of control
    /// characters and bidirectional overrides. Newlines and tabs are allowed only when
    /// `allowsNewlines` (a motivation may have paragraphs; a title may not). The result is in
    /// Unicode normalization form C, so that "é" typed two ways is stored one way.
    static func text(maxLength: Int, allowsNewlines: Bool = false) -> ValueParser<String> {
        ValueParser(expecting: "text of 1 to \(maxLength) characters") { (text) throws(ValueError) in
            let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !trimmed.isEmpty else {
                throw ValueError("the text is empty")
            }
            for (offset, character) in trimmed.enumerated() {
                for scalar in character.unicodeScalars where scalar.isControlOrBidiOverride {
                    if allowsNewlines && (scalar == "\n" || scalar == "\t" || scalar == "\r") {
                        continue
                    }
                    throw ValueError(
                        "the text contains a control character (U+\(hex4(scalar.value))) at character \(offset + 1)"
                    )
                }
            }
            let normalized = trimmed.precomposedStringWithCanonicalMapping
            let length = normalized.count
            guard length <= maxLength else {
                throw ValueError("the text is \(length) characters long; the limit is \(maxLength)")
            }
            return normalized
        }
    }

    /// A machine identifier such as a command id: 1 to `maxLength` ASCII letters, digits and
    /// `- _ . :`, so that it reads the same in every shell, file name and log line.
    static func identifier(maxLength: Int = 128) -> ValueParser<String> {
        ValueParser(expecting: "an id of letters, digits, '-', '_', '.', ':'") {
            (text) throws(ValueError) in
            guard !text.isEmpty else {
                throw ValueError("the identifier is empty")
            }
            guard text.utf8.count <= maxLength else {
                throw ValueError("the identifier is \(text.utf8.count) characters long; the limit is \(maxLength)")
            }
            guard let bad = text.unicodeScalars.first(where: { !$0.isIdentifierCharacter }) else {
                return text
            }
            throw ValueError(
                "\(text.quotedForMessage()) is not an identifier: \(String(bad).quotedForMessage()) is not allowed "
                    + "(letters, digits, '-', '_', '.' and ':' are)"
            )
        }
    }

    /// A file or directory path: non-empty, no control characters, at most 4096 bytes (Linux's
    /// PATH_MAX). Relative paths are kept relative; the context resolves them.
    static var path: ValueParser<String> {
        ValueParser(expecting: "a path") { (text) throws(ValueError) in
            guard !text.isEmpty else {
                throw ValueError("the path is empty")
            }
            guard text.utf8.count <= 4096 else {
                throw ValueError("the path is \(text.utf8.count) bytes long; the limit is 4096")
            }
            if let bad = text.unicodeScalars.first(where: \.isControlOrBidiOverride) {
                throw ValueError("the path contains a control character (U+\(hex4(bad.value)))")
            }
            return text
        }
    }

    /// One of `choices`, exactly as written; a near miss is suggested.
    static func choice(_ choices: [String]) -> ValueParser<String> {
        ValueParser(expecting: "one of: \(choices.joined(separator: ", "))") { (text) throws(ValueError) in
            guard choices.contains(text) else {
                throw choiceError(text, choices: choices)
            }
            return text
        }
    }
}

extension ValueParser where Value: CaseIterable & RawRepresentable, Value.RawValue == String {
    /// One case of a string-backed enumeration, by its raw value: `.choice(of: Profile.self)`.
    static func choice(of type: Value.Type) -> ValueParser<Value> {
        let names = Value.allCases.map(\.rawValue)
        return ValueParser<String>.choice(names).map { (name) throws(ValueError) in
            guard let value = Value(rawValue: name) else {
                throw choiceError(name, choices: names)
            }
            return value
        }
    }
}

/// "'Dev' is not one of: dev, design, …; did you mean 'dev'?"
func choiceError(_ text: String, choices: [String]) -> ValueError {
    var message = "\(text.quotedForMessage()) is not one of: \(choices.joined(separator: ", "))"
    if let near = Suggestion.closest(to: text, among: choices) {
        message += "; did you mean '\(near)'?"
    }
    return ValueError(message)
}

/// `0007`, `00E9`, `1F600`: the U+ notation operators can look up.
func hex4(_ value: UInt32) -> String {
    let digits = String(value, radix: 16, uppercase: true)
    return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
}

extension Unicode.Scalar {
    var isIdentifierCharacter: Bool {
        switch value {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: true
        case 0x2D, 0x5F, 0x2E, 0x3A: true
        default: false
        }
    }
}
