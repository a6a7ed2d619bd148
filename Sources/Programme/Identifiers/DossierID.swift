/// A project dossier: `P` + edition + `-` + a three-digit number, e.g. `P5-003`, `Pdig-012`.
public struct DossierID: NumberedIdentifier {
    public let edition: EditionKey
    public let number: Int
    public static let maximumNumber = 999

    public init(parsing text: String) throws(InputError) {
        (edition, number) = try IdentifierSyntax.parse(
            text, prefix: "P", digits: 3, kind: "dossier", example: "P5-003")
    }

    public init(edition: EditionKey, number: Int) {
        precondition((1...Self.maximumNumber).contains(number), "dossier numbers run from 1 to 999")
        self.edition = edition
        self.number = number
    }

    public var rawValue: String { "P\(edition.rawValue)-\(IdentifierSyntax.padded(number, digits: 3))" }

    /// The défi this dossier becomes when accepted: same edition and number, letter `D`.
    public var challenge: ChallengeID { ChallengeID(dossier: self) }
}
