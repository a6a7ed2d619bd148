/// A candidature: `C` + edition + `-` + a four-digit number, e.g. `C5-0042`.
public struct CandidatureID: NumberedIdentifier {
    public let edition: EditionKey
    public let number: Int
    public static let maximumNumber = 9999

    public init(parsing text: String) throws(InputError) {
        (edition, number) = try IdentifierSyntax.parse(
            text, prefix: "C", digits: 4, kind: "candidature", example: "C5-0042")
    }

    public init(edition: EditionKey, number: Int) {
        precondition((1...Self.maximumNumber).contains(number), "candidature numbers run from 1 to 9999")
        self.edition = edition
        self.number = number
    }

    public var rawValue: String { "C\(edition.rawValue)-\(IdentifierSyntax.padded(number, digits: 4))" }
}
