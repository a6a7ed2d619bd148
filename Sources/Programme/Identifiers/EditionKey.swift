/// The key of an edition: its number (`"1"`…`"99"`) or a name for a special promotion
/// (`"dig"`, the 2019 design promotion).
///
/// Keys order numbers first, numerically, then names alphabetically, so `"2" < "10" < "dig"`.
public struct EditionKey: StringIdentifier, Comparable {
    public let rawValue: String

    /// Parses a key: a number 1…99 without leading zeros, or 2 to 12 lowercase ASCII letters.
    public init(parsing text: String) throws(InputError) {
        let isNumber =
            (1...2).contains(text.count) && text.allSatisfy { $0.isASCII && $0.isNumber }
            && text.first != "0"
        let isName =
            (2...12).contains(text.count) && text.allSatisfy { $0.isASCII && $0.isLowercase }
        guard isNumber || isName else {
            throw InputError(
                code: "id.edition",
                message: "\(IdentifierSyntax.quoted(text)) is not an edition: expected a number "
                    + "1 to 99 or a lowercase name such as dig"
            )
        }
        rawValue = text
    }

    /// The edition with this number.
    ///
    /// - Precondition: `number` is in 1...99.
    public init(number: Int) {
        precondition((1...99).contains(number), "edition numbers run from 1 to 99")
        rawValue = String(number)
    }

    /// The edition's number, or nil for a named edition such as `dig`.
    public var number: Int? { Int(rawValue) }

    public static func < (lhs: EditionKey, rhs: EditionKey) -> Bool {
        switch (lhs.number, rhs.number) {
        case let (left?, right?): left < right
        case (.some, nil): true
        case (nil, .some): false
        case (nil, nil): lhs.rawValue < rhs.rawValue
        }
    }
}
