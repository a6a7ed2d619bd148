/// The limits on a free-text field: not empty, not too long, no control characters.
///
/// Free text reaches the log for ever, so it is checked before any event is written. The
/// CLI may check the same rules first, to answer with a usage error instead of a rejection.
public struct TextRule: Sendable, Hashable {
    /// The field's name in messages (`"title"`, `"motivation"`).
    public let field: String
    /// The most characters (grapheme clusters) allowed.
    public let maximumLength: Int
    /// Whether line feeds and tabs are allowed (long texts such as a summary or a motivation).
    public let allowsLineBreaks: Bool

    public init(field: String, maximumLength: Int, allowsLineBreaks: Bool) {
        self.field = field
        self.maximumLength = maximumLength
        self.allowsLineBreaks = allowsLineBreaks
    }

    public static let title = TextRule(field: "title", maximumLength: 200, allowsLineBreaks: false)
    public static let administration = TextRule(field: "administration", maximumLength: 200, allowsLineBreaks: false)
    public static let town = TextRule(field: "town", maximumLength: 100, allowsLineBreaks: false)
    public static let summary = TextRule(field: "summary", maximumLength: 4_000, allowsLineBreaks: true)
    public static let motivation = TextRule(field: "motivation", maximumLength: 2_000, allowsLineBreaks: true)
    public static let reason = TextRule(field: "reason", maximumLength: 2_000, allowsLineBreaks: true)
    public static let message = TextRule(field: "message", maximumLength: 4_000, allowsLineBreaks: true)
    public static let source = TextRule(field: "source", maximumLength: 200, allowsLineBreaks: false)

    /// Checks `text` against the rule.
    ///
    /// - Throws: `Rejection.invalidText` naming the field and the problem.
    public func check(_ text: String) throws(Rejection) {
        if text.allSatisfy(\.isWhitespace) {
            throw .invalidText(field: field, problem: .empty)
        }
        if text.count > maximumLength {
            throw .invalidText(field: field, problem: .tooLong(maximum: maximumLength))
        }
        for scalar in text.unicodeScalars where Self.isForbidden(scalar, allowsLineBreaks: allowsLineBreaks) {
            throw .invalidText(field: field, problem: .forbiddenCharacter(scalar.value))
        }
    }

    /// Checks `text` when present.
    public func check(_ text: String?) throws(Rejection) {
        if let text { try check(text) }
    }

    private static func isForbidden(_ scalar: Unicode.Scalar, allowsLineBreaks: Bool) -> Bool {
        if allowsLineBreaks, scalar == "\n" || scalar == "\t" { return false }
        switch scalar.properties.generalCategory {
        case .control, .format, .lineSeparator, .paragraphSeparator, .surrogate, .privateUse, .unassigned:
            // Format characters include the bidirectional overrides that can disguise text;
            // the zero-width joiner is the one that real text (emoji, some scripts) needs.
            return scalar != "\u{200D}"
        default:
            return false
        }
    }
}

/// What is wrong with a text field.
public enum TextProblem: Sendable, Hashable {
    case empty
    case tooLong(maximum: Int)
    /// A control or invisible formatting character, by its code point.
    case forbiddenCharacter(UInt32)
}
