/// A project dossier: `P` + edition + `-` + a three-digit number, e.g. `P5-003`, `Pdig-012`.
///
/// Numbers are allocated by the caller (Operations), one after the other in an edition;
/// the decider only checks that the dossier does not exist yet.
public struct DossierID: StringIdentifier, Comparable {
    public let edition: EditionKey
    public let number: Int

    public init(parsing text: String) throws(InputError) {
        (edition, number) = try IdentifierSyntax.parse(
            text, prefix: "P", digits: 3, kind: "dossier", example: "P5-003")
    }

    /// - Precondition: `number` is in 1...999.
    public init(edition: EditionKey, number: Int) {
        precondition((1...999).contains(number), "dossier numbers run from 1 to 999")
        self.edition = edition
        self.number = number
    }

    public var rawValue: String { "P\(edition.rawValue)-\(IdentifierSyntax.padded(number, digits: 3))" }

    /// The défi this dossier becomes when accepted: same edition and number, letter `D`.
    public var challenge: ChallengeID { ChallengeID(dossier: self) }

    /// The first free dossier number of `edition` after `existing`, or nil when all 999 are used.
    public static func next(in edition: EditionKey, after existing: some Sequence<DossierID>) -> DossierID? {
        let highest = existing.filter { $0.edition == edition }.map(\.number).max() ?? 0
        return highest < 999 ? DossierID(edition: edition, number: highest + 1) : nil
    }

    public static func < (lhs: DossierID, rhs: DossierID) -> Bool {
        (lhs.edition, lhs.number) < (rhs.edition, rhs.number)
    }
}
