/// A défi (challenge) of a promotion: `D` + the edition and number of the dossier it was
/// accepted from, e.g. `D5-003` for dossier `P5-003`.
///
/// Deriving the défi id from its dossier keeps one name per project across its life and
/// lets a caller find the dossier stream of any défi without a lookup table. Imported
/// défis get dossier ids too (`P1-001` → `D1-001`), so the rule has no exception.
public struct ChallengeID: StringIdentifier, Comparable {
    /// The dossier this défi was accepted from.
    public let dossier: DossierID

    public init(parsing text: String) throws(InputError) {
        let (edition, number) = try IdentifierSyntax.parse(
            text, prefix: "D", digits: 3, kind: "challenge", example: "D5-003")
        dossier = DossierID(edition: edition, number: number)
    }

    public init(dossier: DossierID) {
        self.dossier = dossier
    }

    public var edition: EditionKey { dossier.edition }
    public var rawValue: String { "D" + dossier.rawValue.dropFirst() }

    public static func < (lhs: ChallengeID, rhs: ChallengeID) -> Bool { lhs.dossier < rhs.dossier }
}
